// CameraInput: turns pointer events (already stripped of any window-system types) into orbit
// camera moves — drag to rotate or pan, wheel zoom towards the cursor, double-click to centre —
// queued as intents for the apply step. Time is injected; no GL, no GLFW.
#pragma once

#include <functional>
#include <optional>
#include <utility>
#include <vector>

#include <glm/glm.hpp>

#include "ui/ui_intents.h"

namespace myo {

enum class PointerButton { Left, Right, Middle };

class CameraInput {
 public:
  // Returns the surface point under pixel (x, y), if any (used for zoom-to-cursor and centring).
  using SurfaceProbe = std::function<std::optional<glm::vec3>(double x, double y)>;

  explicit CameraInput(SurfaceProbe probe) : probe_(std::move(probe)) {}

  // Button press/release at pixel (x, y) at time `seconds`. O(1) plus one probe on double-click.
  void button(PointerButton which, bool pressed, double x, double y, double seconds);
  // Cursor moved to pixel (x, y); drags rotate (left) or pan (right/middle). O(1).
  void move(double x, double y, int viewportHeight);
  // Wheel turned by `steps` (positive = towards the scene) with the cursor at (x, y). One probe.
  void scroll(double steps, double x, double y);
  [[nodiscard]] bool dragging() const { return dragButton_.has_value(); }
  // The moves since the last call, oldest first. O(moves).
  [[nodiscard]] std::vector<CameraMove> takeMoves() { return std::exchange(moves_, {}); }

  static constexpr double kDoubleClickSeconds = 0.35;
  static constexpr double kDoubleClickPixels = 4.0;

 private:
  SurfaceProbe probe_;
  std::vector<CameraMove> moves_;
  std::optional<PointerButton> dragButton_;
  glm::dvec2 last_{0.0};
  glm::dvec2 lastClick_{-1e9};
  double lastClickTime_ = -1e9;
};

}  // namespace myo
