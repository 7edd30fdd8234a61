// The background thread filling every placed point's compact field.
#include "app/precomputed_fields.h"

#include <sys/resource.h>
#include <unistd.h>

#include <limits>

namespace myo {
namespace {

// The surface's distance solver, answering nothing (+infinity everywhere) once `stop` is set: a
// stop waits for one query at most, not a whole field.
class StoppableDistance final : public SurfaceDistance {
 public:
  StoppableDistance(const SurfaceDistance& distance, const std::atomic<bool>& stop,
                    std::size_t vertices)
      : distance_(distance), stop_(stop), vertices_(vertices) {}
  [[nodiscard]] std::vector<float> distances(
      const std::vector<std::uint32_t>& sources) const override {
    if (stop_) return std::vector<float>(vertices_, std::numeric_limits<float>::infinity());
    return distance_.distances(sources);
  }

 private:
  const SurfaceDistance& distance_;
  const std::atomic<bool>& stop_;
  std::size_t vertices_;
};

}  // namespace

PrecomputedFields::PrecomputedFields(const PlacedAtlas::Surface& surface,
                                     const std::vector<PlacedTriggerPoint>& placed,
                                     const BodyLandmarks& landmarks)
    : surface_(surface),
      placed_(placed),
      landmarks_(landmarks),
      fields_(placed.size()),
      thread_([this] { run(); }) {}

PrecomputedFields::~PrecomputedFields() {
  stop_ = true;
  thread_.join();
}

const CompactField* PrecomputedFields::find(int index) const {
  const std::lock_guard lock(mutex_);
  if (index < 0 || static_cast<std::size_t>(index) >= fields_.size()) return nullptr;
  return fields_[static_cast<std::size_t>(index)].get();
}

void PrecomputedFields::keep(int index, CompactField field) {
  const std::lock_guard lock(mutex_);
  if (index < 0 || static_cast<std::size_t>(index) >= fields_.size()) return;
  auto& slot = fields_[static_cast<std::size_t>(index)];
  if (slot) return;
  bytes_ += field.bytes();
  ++count_;
  slot = std::make_unique<const CompactField>(std::move(field));
}

std::size_t PrecomputedFields::count() const {
  const std::lock_guard lock(mutex_);
  return count_;
}

std::size_t PrecomputedFields::bytes() const {
  const std::lock_guard lock(mutex_);
  return bytes_;
}

void PrecomputedFields::run() {
  // The lowest priority (Linux sets it per thread): the thread takes the CPU time the window,
  // the on-demand field and other programs leave. Failing that, it runs at the normal priority.
  setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 19);
  const ZonePainting painting = surface_.paint.zonePainting();
  const StoppableDistance distance(*surface_.distance, stop_, surface_.paint.mesh.positions.size());
  for (std::size_t i = 0; i < placed_.size() && !stop_; ++i) {
    if (find(static_cast<int>(i)) != nullptr) continue;
    ReferralField field =
        referralField(surface_.paint.mesh, distance, placed_[i], landmarks_, painting);
    if (!stop_) keep(static_cast<int>(i), compactField(field));
  }
}

}  // namespace myo
