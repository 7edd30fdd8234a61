// The views a handout pictures a referral from: which two of front, back, left and right show
// the knot and the most of its pain, each framed as `render --fit-referral` frames it, and the
// camera of a lesson step's picture. No GL.
#pragma once

#include <string>
#include <vector>

#include "core/geometry/model.h"
#include "core/geometry/orbit_camera.h"
#include "core/lessons/lesson.h"
#include "render/snapshot.h"

namespace myo {

struct HandoutView {
  OrbitCamera camera;
  std::string caption;  // "From the back: the knot"
};

// Two views of `paint` on `model` for pictures of width / height `aspect`: first the side the
// skin around the knots faces, then the other side that shows the most of the painted zones.
// O(painted vertices × 4).
[[nodiscard]] std::vector<HandoutView> referralViews(const Model& model, const ReferralPaint& paint,
                                                     float aspect);

// The view of lesson step `step` on `model`: its pose; its preset framing the referral of
// `paint` when the step frames the referral and something is painted; else its preset (front
// when none) framing the body. O(painted vertices).
[[nodiscard]] HandoutView lessonStepView(const Model& model, const LessonStep& step,
                                         const ReferralPaint* paint, float aspect);

}  // namespace myo
