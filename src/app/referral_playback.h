// ReferralPlayback: the referred-pain animation of the chosen trigger points on the placed atlas
// — the selection (up to kMaxReferralFields points, their fields combined by max), each point's
// field (every placed point's computed in the background once the body is prepared; a chosen one
// not computed yet is computed at once on a worker thread) and the playback clock.
// No GL, no UI; the renderer sync hands the fields to the renderer.
#pragma once

#include <array>
#include <cstdint>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "app/placed_atlas.h"
#include "app/precomputed_fields.h"
#include "app/progress_estimate.h"
#include "core/referral/colormap.h"
#include "core/referral/referral_animation.h"
#include "core/referral/referral_field.h"

namespace myo {

class ReferralPlayback {
 public:
  // Plays referrals of the points `atlas` places; `atlas` must outlive the playback.
  explicit ReferralPlayback(const PlacedAtlas& atlas) : atlas_(atlas) {}
  ~ReferralPlayback();
  ReferralPlayback(const ReferralPlayback&) = delete;
  ReferralPlayback& operator=(const ReferralPlayback&) = delete;

  // Waits for a field in progress and stops the background fields (before the surface they read
  // is replaced). Blocking: at most one distance query of the background's.
  void wait();
  // Forgets the selection, the cached fields and the clock (a new body). Waits first.
  void reset();
  // Selects placed trigger point `index` alone (-1: none) and restarts the clock; a field the
  // background has not reached yet is computed on a worker thread, one at a time.
  void select(int index);
  // Adds `index` to the selection, or removes it when present (at most kMaxReferralFields).
  // Restarts the clock.
  void toggle(int index);
  // Selects the placed points "id.L" / "id.R" (right when no side) once the atlas is placed.
  void selectWhenReady(std::vector<std::string> idsWithSide) {
    pendingIds_ = std::move(idsWithSide);
  }
  // Advances the clock by `dt` s when playing (wrapping at the loop when looping), collects
  // finished work and starts the background fields once the atlas is placed. Call every frame,
  // after the atlas's update. O(1) unless a field just finished.
  void update(float dt);
  // The fields of the selection, once, when all are ready: per painted part, one field per
  // selected point; parts with no fields when the selection was cleared.
  [[nodiscard]] std::optional<std::vector<PaintedPart>> takeFields();
  // The fields takeFields would hand over, without taking them; null when there are none. O(1).
  [[nodiscard]] const std::vector<PaintedPart>* readyFields() const {
    return ready_ ? &*ready_ : nullptr;
  }

  // Paints on the muscles instead of the skin (the skin hidden or clear), or back: the fields are
  // computed again on that surface. Nothing when unchanged. O(1) here.
  void paintOnMuscles(bool muscles);
  [[nodiscard]] bool onMuscles() const { return onMuscles_; }

  // The distance (m) along the painted surface from placed point `index`'s knot to the surface
  // vertex of `model` nearest `at` (world, m), when that point's field is computed and such a
  // vertex lies within `reach` m of `at`; nothing otherwise. O(painted vertices).
  [[nodiscard]] std::optional<float> distanceAlongSurface(int index, const glm::vec3& at,
                                                          const Model& model, float reach) const;

  // Where the selected knots are (world, m), for markers. O(selection).
  [[nodiscard]] std::vector<glm::vec3> knots() const;
  [[nodiscard]] bool busy() const { return computing_.valid(); }  // computing a chosen field
  // Every placed point's field on the surface painted now, filling in the background; null until
  // the atlas is placed (or with no surface to paint). O(1).
  [[nodiscard]] const PrecomputedFields* precomputed() const {
    return precomputed_[onMuscles_ ? 1 : 0].get();
  }
  [[nodiscard]] std::string status() const;  // the field in progress; "" when idle
  // How far the field in progress has got (0–1, estimated); nothing when idle. O(1).
  [[nodiscard]] std::optional<float> progress() const;

  std::vector<int> selection;  // placed point indices, in the order chosen
  bool playing = true;
  bool loop = true;
  float seconds = 0.0f;
  float speed = 1.0f;
  Colormap colormap = Colormap::Warm;
  bool isolines = false;  // distance isolines every kIsolineSpacing
  ReferralAnimation animation;

 private:
  void startNextField();  // computes the first selected field not cached yet
  void publishIfComplete();
  void waitForField();  // the chosen field in progress, if any
  // The background fields of the surface painted now, started when the atlas is placed. O(1).
  PrecomputedFields* startPrecomputing();

  const PlacedAtlas& atlas_;
  using RenderFields = std::vector<std::vector<glm::vec3>>;  // per painted part, per vertex
  std::future<ReferralField> computing_;
  int computingIndex_ = -1;
  std::map<int, RenderFields> cache_;  // the selection's fields, laid out for the renderer
  // The background fields: of the skin (or the only surface), and of the muscles under a skin.
  std::array<std::unique_ptr<PrecomputedFields>, 2> precomputed_;
  std::uint64_t precomputedGeneration_ = 0;  // the atlas's generation they were started for
  std::optional<std::vector<PaintedPart>> ready_;
  ProgressEstimate progress_;
  std::vector<std::string> pendingIds_;
  bool onMuscles_ = false;
};

}  // namespace myo
