// ReferralState: the referred-pain animation of the running app — the bundled atlas placed on the
// loaded body, the heat-method factorization of its skin or muscles (built on a worker thread when
// a body opens), the selected trigger point's field (computed on a worker thread) and the playback
// clock. Up to four points at once; their fields combine by max. No GL, no UI; the window loop
// hands the fields to the renderer.
#pragma once

#include <future>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "app/progress_estimate.h"
#include "core/atlas/atlas.h"
#include "core/atlas/atlas_anchoring.h"
#include "core/geometry/geodesics.h"
#include "core/referral/colormap.h"
#include "core/referral/paint_surface.h"
#include "core/referral/referral_animation.h"
#include "core/referral/referral_field.h"

namespace myo {

class ReferralState {
 public:
  // A surface ready for fields: the painted parts, their topology mesh and its distance solver.
  struct Surface {
    PaintSurface paint;
    std::unique_ptr<SurfaceDistance> distance;
  };
  struct Prepared {
    std::vector<PlacedTriggerPoint> placed;
    BodyLandmarks landmarks;
    std::unique_ptr<Surface> surface;  // null when the body has neither skin nor muscles
    std::string problem;               // why the atlas could not be placed, "" when it was
  };

  ReferralState();
  ~ReferralState();

  // Waits for any work in progress (before the model it reads is replaced). Blocking.
  void wait();
  // Starts placing the atlas and factorizing the skin of `model` on a worker thread; `model`
  // must stay alive and unchanged until the next call. Clears the selection. O(1) here.
  void setBody(const Model& model);
  // Selects placed trigger point `index` alone (-1: none) and restarts the clock; fields not yet
  // computed are computed on a worker thread, one at a time.
  void select(int index);
  // Adds `index` to the selection, or removes it when present (at most four). Restarts the clock.
  void toggle(int index);
  // Selects the placed points "id.L" / "id.R" (right when no side) once the body is prepared.
  void selectWhenReady(std::vector<std::string> idsWithSide) {
    pendingIds_ = std::move(idsWithSide);
  }
  // Advances the clock by `dt` s when playing (wrapping at the loop when looping) and collects
  // finished work. Call every frame. O(1) unless a field just finished.
  void update(float dt);
  // The fields of the selection, once, when all are ready: per painted part, one field per
  // selected point; parts with no fields when the selection was cleared.
  [[nodiscard]] std::optional<std::vector<PaintedPart>> takeFields();

  // Where the selected knots are (world, m), for markers. O(selection).
  [[nodiscard]] std::vector<glm::vec3> knots() const;
  [[nodiscard]] bool ready() const { return prepared_ != nullptr; }
  // The atlas placed on this body, by the indices the selection uses; empty until ready. O(1).
  [[nodiscard]] const std::vector<PlacedTriggerPoint>& placed() const;
  [[nodiscard]] const Atlas* atlas() const { return atlas_; }
  // The body's landmarks (from it or moved from the bundled body); null until ready. O(1).
  [[nodiscard]] const BodyLandmarks* landmarks() const;
  [[nodiscard]] bool busy() const;  // preparing the body or computing a field
  [[nodiscard]] std::string status() const;
  // How far the work in progress has got (0–1, estimated from stage costs measured on the
  // bundled body); nothing when idle. O(1).
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
  const Atlas* atlas_ = nullptr;  // the bundled atlas, loaded once
  std::unique_ptr<Prepared> prepared_;
  std::future<std::unique_ptr<Prepared>> preparing_;
  void startNextField();  // computes the first selected field not cached yet
  void publishIfComplete();

  using RenderFields = std::vector<std::vector<glm::vec3>>;  // per painted part, per vertex
  std::future<RenderFields> computing_;
  int computingIndex_ = -1;
  std::map<int, RenderFields> cache_;  // field per placed point, this body
  std::optional<std::vector<PaintedPart>> ready_;
  std::string problem_;
  ProgressEstimate progress_;  // of whichever worker runs (never two at once)
  std::vector<std::string> pendingIds_;
};

}  // namespace myo
