// Off-screen pictures of a model for `myoscope render` and tests: an MSAA target plus a scene
// renderer, prepared before the model arrives so GL set-up can overlap loading. Uses the current
// GL context; knows nothing of windows or UI.
#pragma once

#include <string>
#include <vector>

#include "core/geometry/model.h"
#include "core/geometry/orbit_camera.h"
#include "core/io/image.h"
#include "core/referral/referral_field.h"
#include "core/result.h"
#include "render/offscreen_target.h"
#include "render/scene_renderer.h"

namespace myo {

// Referral heatmaps to paint on the snapshot: per painted part, per field and render vertex
// (distance from its knot m, essential, spillover), and the animation frame to show.
struct ReferralPaint {
  std::vector<PaintedPart> parts;  // up to kMaxReferralFields fields on each
  std::vector<glm::vec3> knots;    // world positions of the knots, for markers
  float seconds = 0.0f;
  ReferralAnimation animation;
  Colormap colormap = Colormap::Warm;
  float isolines = 0.0f;  // m between distance isolines, 0 for none
};

// Usage (with a current GL 3.3 core context):
//   SnapshotRenderer snapshot;
//   if (!snapshot.prepare(1280, 800, 4, error)) ...;        // target + shaders, no model yet
//   Result<Image> image = snapshot.render(model, camera);    // upload, draw, read back
class SnapshotRenderer {
 public:
  // Creates the width x height target with `samples` MSAA samples (1 = none) and compiles the
  // shaders. Returns false with `error` when GL refuses. O(pixels).
  [[nodiscard]] bool prepare(int width, int height, int samples, std::string& error);
  // Uploads `model`, draws it through `camera` with default background and colours (and the
  // referral heatmaps in `paints`) and reads the image back (rows top to bottom). Needs
  // prepare(). O(model size) + one frame.
  [[nodiscard]] Result<Image> render(const Model& model, const OrbitCamera& camera,
                                     const std::vector<ReferralPaint>& paints = {});
  // The background gradient of later renders, display (sRGB) colours 0-1. O(1).
  void setBackground(const glm::vec3& topSrgb, const glm::vec3& bottomSrgb) {
    renderer_.setBackground(topSrgb, bottomSrgb);
  }

 private:
  OffscreenTarget target_;
  SceneRenderer renderer_;
};

// Renders `model` framed whole from `preset` into a width x height image. O(model size) upload
// + one frame; fails with the GL or geometry error.
[[nodiscard]] Result<Image> renderSnapshot(const Model& model, ViewPreset preset, int width,
                                           int height, int samples);

}  // namespace myo
