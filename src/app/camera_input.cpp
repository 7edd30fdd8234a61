// Pointer/key → camera mapping.
#include "app/camera_input.h"

namespace myo {

void CameraInput::button(PointerButton which, bool pressed, double x, double y, double seconds) {
  if (!pressed) {
    if (dragButton_ == which) dragButton_.reset();
    return;
  }
  dragButton_ = which;
  last_ = {x, y};
  if (which != PointerButton::Left) return;
  const bool isDouble = seconds - lastClickTime_ < kDoubleClickSeconds &&
                        glm::distance(lastClick_, glm::dvec2(x, y)) < kDoubleClickPixels;
  lastClickTime_ = isDouble ? -1e9 : seconds;
  lastClick_ = {x, y};
  if (isDouble) {
    if (auto point = probe_(x, y)) camera_.centreOn(*point);
  }
}

void CameraInput::move(double x, double y, int viewportHeight) {
  const glm::dvec2 delta = glm::dvec2(x, y) - last_;
  last_ = {x, y};
  if (!dragButton_) return;
  if (*dragButton_ == PointerButton::Left)
    camera_.rotate(static_cast<float>(delta.x), static_cast<float>(delta.y));
  else
    camera_.pan(static_cast<float>(delta.x), static_cast<float>(delta.y), viewportHeight);
}

void CameraInput::scroll(double steps, double x, double y) {
  camera_.zoomTowards(static_cast<float>(steps), probe_(x, y));
}

}  // namespace myo
