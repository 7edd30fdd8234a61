// Pointer → camera moves.
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
  if (isDouble)
    if (auto point = probe_(x, y))
      moves_.push_back({CameraMove::Kind::CentreOn, glm::vec2(0.0f), 0, point});
}

void CameraInput::move(double x, double y, int viewportHeight) {
  const glm::dvec2 delta = glm::dvec2(x, y) - last_;
  last_ = {x, y};
  if (!dragButton_) return;
  const bool rotate = *dragButton_ == PointerButton::Left;
  moves_.push_back({rotate ? CameraMove::Kind::Rotate : CameraMove::Kind::Pan, glm::vec2(delta),
                    viewportHeight, std::nullopt});
}

void CameraInput::scroll(double steps, double x, double y) {
  moves_.push_back(
      {CameraMove::Kind::Zoom, glm::vec2(static_cast<float>(steps), 0.0f), 0, probe_(x, y)});
}

}  // namespace myo
