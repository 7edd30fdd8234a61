// PlacedAtlas: the bundled atlas placed on the loaded body — each trigger point's knot and side,
// the body's landmarks, and the surface referral fields are painted on (its topology mesh and
// distance solver), all prepared on a worker thread when a body opens. The card, the pain
// finder, the search, the scripts and the referral playback read it. No GL, no UI.
#pragma once

#include <atomic>
#include <cstdint>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/progress_estimate.h"
#include "core/atlas/atlas.h"
#include "core/atlas/atlas_anchoring.h"
#include "core/geometry/geodesics.h"
#include "core/referral/drawing_match.h"
#include "core/referral/paint_surface.h"

namespace myo {

class PlacedAtlas {
 public:
  // A surface ready for fields: the painted parts, their topology mesh and its distance solver,
  // its shape (normals, areas) for pain drawings, and the placed points laid on it for ranking
  // a drawing.
  struct Surface {
    PaintSurface paint;
    std::unique_ptr<SurfaceDistance> distance;
    SurfaceShape shape;
    std::unique_ptr<DrawingMatcher> matcher;
  };

  PlacedAtlas();
  ~PlacedAtlas();
  PlacedAtlas(const PlacedAtlas&) = delete;
  PlacedAtlas& operator=(const PlacedAtlas&) = delete;

  // Stops the preparation in progress at its next stage and waits for it (before the model it
  // reads is replaced; what it had done is dropped). Blocking: at most one stage.
  void wait();
  // Starts placing the atlas and preparing the surface of `model` on a worker thread, or with
  // `startNow` false holds it until start(); `model` must stay alive and unchanged until the next
  // call. O(1) here.
  void setBody(const Model& model, bool startNow = true);
  // Starts the held preparation; nothing when none is held. O(1).
  void start();
  // Adopts the finished preparation; call every frame. True on the frame it arrives. O(1).
  bool update();

  [[nodiscard]] bool ready() const { return prepared_ != nullptr; }
  // Raised whenever the placement changes (a new body, a finished preparation): what was read
  // from an older generation is stale. O(1).
  [[nodiscard]] std::uint64_t generation() const { return generation_; }
  [[nodiscard]] bool busy() const { return preparing_.valid() || held_ != nullptr; }
  [[nodiscard]] const Atlas* atlas() const { return atlas_; }
  // The placed points (both sides of each), by the indices selections use; empty until ready.
  [[nodiscard]] const std::vector<PlacedTriggerPoint>& placed() const;
  // The body's landmarks (its own, or moved from the bundled body); null until ready.
  [[nodiscard]] const BodyLandmarks* landmarks() const;
  // The surface fields are painted on; null until ready or when the body has neither skin nor
  // muscles. With `muscles`, the muscles' surface even when the body has a skin (for when the
  // skin cannot be seen); the skin's own otherwise.
  [[nodiscard]] const Surface* surface(bool muscles = false) const;
  // Why there is nothing to place or paint, or the work in progress; "" when ready to paint.
  [[nodiscard]] std::string status() const;
  // How far the preparation has got (0–1, estimated from stage costs measured on the bundled
  // body); nothing when idle. O(1).
  [[nodiscard]] std::optional<float> progress() const;

 private:
  struct Prepared {
    std::vector<PlacedTriggerPoint> placed;
    BodyLandmarks landmarks;
    std::unique_ptr<Surface> surface;  // null when the body has neither skin nor muscles
    std::unique_ptr<Surface> muscles;  // under a skin: the muscles' surface; else null
    std::string problem;               // why the atlas could not be placed, "" when it was
  };

  const Atlas* atlas_ = nullptr;  // the bundled atlas, loaded once
  std::unique_ptr<Prepared> prepared_;
  std::future<std::unique_ptr<Prepared>> preparing_;
  const Model* held_ = nullptr;    // the body whose preparation waits for start()
  std::atomic<bool> stop_{false};  // the preparation in progress is no longer wanted
  std::string problem_;
  ProgressEstimate progress_;
  std::uint64_t generation_ = 0;
};

}  // namespace myo
