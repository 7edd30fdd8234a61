// PrecomputedFields: the referral field of every placed trigger point on one painted surface,
// computed one after another on a background thread at the lowest priority (nice 19: it takes
// the CPU time the rest leaves) once the body is prepared, and kept compact
// (core/referral/compact_field), so choosing a point needs no distance query. No GL, no UI.
#pragma once

#include <atomic>
#include <cstddef>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "app/placed_atlas.h"
#include "core/referral/compact_field.h"

namespace myo {

class PrecomputedFields {
 public:
  // Starts computing the fields of `placed` on `surface` with `landmarks`, in the placed order;
  // all three must outlive this object. O(1) here; the thread takes (zones + 1) distance queries
  // a point.
  PrecomputedFields(const PlacedAtlas::Surface& surface,
                    const std::vector<PlacedTriggerPoint>& placed, const BodyLandmarks& landmarks);
  // Stops after the field in progress (at most one point's queries) and joins.
  ~PrecomputedFields();
  PrecomputedFields(const PrecomputedFields&) = delete;
  PrecomputedFields& operator=(const PrecomputedFields&) = delete;

  // Placed point `index`'s field when computed (by the thread or given by keep); null otherwise.
  // The field stays valid and unchanged for this object's life. Any thread; O(1).
  [[nodiscard]] const CompactField* find(int index) const;
  // Keeps a field computed elsewhere, so the thread skips it; nothing when one is kept already.
  // Any thread; O(1).
  void keep(int index, CompactField field);
  // How many points' fields are kept, and the bytes they hold. Any thread; O(1).
  [[nodiscard]] std::size_t count() const;
  [[nodiscard]] std::size_t bytes() const;

 private:
  void run();  // the thread: each point not kept yet, in order, until stopped

  const PlacedAtlas::Surface& surface_;
  const std::vector<PlacedTriggerPoint>& placed_;
  const BodyLandmarks& landmarks_;
  mutable std::mutex mutex_;
  std::vector<std::unique_ptr<const CompactField>> fields_;  // per placed point; null: not yet
  std::size_t count_ = 0;
  std::size_t bytes_ = 0;
  std::atomic<bool> stop_{false};
  std::thread thread_;  // last: started once the rest is in place
};

}  // namespace myo
