// OrbitCamera: a perspective camera orbiting a target (yaw, pitch, distance), with eased
// transitions driven by injected time, and picking rays. Pure math: no GL, no window, no clock.
#pragma once

#include <optional>
#include <string_view>

#include <glm/glm.hpp>

#include "core/geometry/model.h"
#include "core/geometry/ray.h"

namespace myo {

// Standard views of a body that faces +Z with +Y up and +X on the subject's left.
// ThreeQuarter: from the front left and a little above, the view that shows depth best.
enum class ViewPreset { Front, Back, Left, Right, Top, Bottom, ThreeQuarter };

// "front", "back", "left", "right", "top", "bottom" (any case); nullopt for anything else.
[[nodiscard]] std::optional<ViewPreset> parseViewPreset(std::string_view name);

// Lower-case name of a preset, the inverse of parseViewPreset.
[[nodiscard]] std::string_view viewPresetName(ViewPreset preset);

// Usage:
//   OrbitCamera camera;
//   camera.frame(modelBounds(model));  camera.snap();      // start fitted, no animation
//   camera.setPreset(ViewPreset::Left);                    // then, every frame:
//   camera.update(dtSeconds);  renderer.draw(camera, width, height);
// Goal setters (frame, setPreset, centreOn, zoomTowards) ease the camera there in about 0.3 s;
// rotate and pan follow the mouse at once. Yaw 0 / pitch 0 looks at the front (from +Z).
class OrbitCamera {
 public:
  struct Pose {
    glm::vec3 target{0.0f};
    float yaw = 0.0f;       // radians about +Y; +pi/2 puts the eye on +X
    float pitch = 0.0f;     // radians, in [-pi/2, pi/2]; +pi/2 puts the eye above the target
    float distance = 3.0f;  // metres (model units) from the eye to the target, > 0
    bool operator==(const Pose&) const = default;
  };

  // The pose drawn now, and the pose the camera eases towards.
  [[nodiscard]] const Pose& pose() const { return current_; }
  [[nodiscard]] const Pose& goal() const { return goal_; }
  [[nodiscard]] float verticalFov() const { return fovY_; }  // radians
  // Sets the vertical field of view; radians in (0, pi). O(1).
  void setVerticalFov(float radians);

  // World-to-view matrix of the current pose. O(1).
  [[nodiscard]] glm::mat4 view() const;
  // Perspective matrix with near/far planes enclosing the scene sphere; aspect = width / height.
  [[nodiscard]] glm::mat4 projection(float aspect) const;
  // Eye position and unit basis vectors (world) of the current pose. O(1).
  [[nodiscard]] glm::vec3 eye() const;
  [[nodiscard]] glm::vec3 forward() const;
  [[nodiscard]] glm::vec3 right() const;
  [[nodiscard]] glm::vec3 up() const;

  // Orbits by a mouse drag in pixels: dragging right spins the body to the right on screen,
  // dragging down tilts its top towards the viewer. Immediate; pitch clamps to +-pi/2. O(1).
  void rotate(float dxPixels, float dyPixels);
  // Moves the target in the view plane so the point at target depth follows the cursor. O(1).
  void pan(float dxPixels, float dyPixels, int viewportHeightPixels);
  // Eases the distance by 0.85^wheelSteps (positive = closer), keeping `anchor` (a world point
  // under the cursor) fixed on screen; without one it zooms towards the target. O(1).
  void zoomTowards(float wheelSteps, std::optional<glm::vec3> anchor = std::nullopt);
  // Eases to a pose whose view cone contains the bounds' sphere for any aspect >= `aspect`,
  // keeping the direction, and adopts the bounds as the scene (for clip planes and zoom limits).
  void frame(const Bounds& bounds, float aspect = 1.0f);
  // Eases to a pose from the goal's direction in which the bounds' box fills a view of width /
  // height `aspect`, `margin` (a share of the view) left free on each side, and adopts the
  // bounds as the scene. Tighter than frame(): it fits the box's corners, not its sphere. O(1).
  void fitView(const Bounds& bounds, float aspect, float margin = 0.05f);
  // Fits the last fitView's bounds again for a view now of width / height `aspect` (the window
  // or a panel was resized), unless a gesture (rotate, pan, zoom, centre, fly) moved the camera
  // since; nothing when the aspect is within 1 % of the last fit's. O(1).
  void refit(float aspect);
  // Eases yaw and pitch so that the eye looks back along `direction` (world, any length; the
  // pitch kept within +-`maxPitch` radians); keeps target and distance. Nothing for a zero
  // direction. O(1).
  void lookAlong(const glm::vec3& direction, float maxPitch);
  // Eases yaw and pitch to a standard view; keeps target and distance. O(1).
  void setPreset(ViewPreset preset);
  // Eases the target to `point`, keeping direction and distance. O(1).
  void centreOn(const glm::vec3& point);
  // Eases to `pose` (pitch and distance clamped to their limits), as a lesson step asks. O(1).
  void easeTo(const Pose& pose);
  // Eases to look at `point` on `body` from outside it: the eye level with the point on the side
  // where it lies (seen from the front when it is on the body's axis), `distance` m away
  // (clamped to the zoom limits). O(1).
  void flyTo(const glm::vec3& point, const Bounds& body, float distance);
  // Sets the scene sphere used for clip planes and zoom limits without moving the camera.
  void setScene(const glm::vec3& centre, float radius);

  // Advances the easing by dtSeconds (>= 0); exponential, 95 % of the way in 0.3 s times the
  // slowness. O(1).
  void update(float dtSeconds);
  // How many times slower than 0.3 s eased moves take (1 normal; presenter mode uses more),
  // clamped to 1–10. O(1).
  void setEaseSlowness(float slowness);
  // Jumps to the goal at once. O(1).
  void snap() { current_ = goal_; }
  // True while the current pose has not reached the goal.
  [[nodiscard]] bool animating() const;

  // World ray from the eye through pixel (x, y), measured from the top-left corner of a
  // width x height viewport (pixel centres at +0.5); direction is unit length. O(1).
  [[nodiscard]] Ray rayThroughPixel(float x, float y, int width, int height) const;
  // The pixel (from the top-left corner of a width x height viewport) where `world` appears;
  // the inverse of rayThroughPixel for points in front of the eye. O(1).
  [[nodiscard]] glm::vec2 pixelOf(const glm::vec3& world, int width, int height) const;

 private:
  void clampDistance(Pose& pose) const;

  struct Fit {
    Bounds bounds;
    float aspect = 1.0f;
    float margin = 0.05f;
  };
  std::optional<Fit> fit_;  // the last fitView, while no gesture has moved the camera since

  Pose current_;
  Pose goal_;
  float fovY_ = glm::radians(30.0f);
  float easeSlowness_ = 1.0f;
  glm::vec3 sceneCentre_{0.0f};
  float sceneRadius_ = 1.0f;
};

// A camera at rest that frames `bounds` from `preset` for a width / height `aspect`. O(1).
[[nodiscard]] OrbitCamera framedCamera(const Bounds& bounds, ViewPreset preset, float aspect);

// World size of one pixel at the target's depth in a viewport `heightPixels` tall. O(1).
[[nodiscard]] float pixelSizeAtTarget(const OrbitCamera& camera, int heightPixels);

}  // namespace myo
