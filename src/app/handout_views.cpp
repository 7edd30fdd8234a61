// Handout views: scoring the four side views against the paint, and framing each.
#include "app/handout_views.h"

#include <array>

#include "app/referral_framing.h"
#include "core/referral/referral_field.h"

namespace myo {
namespace {

// Skin within this distance (m, along the surface) of a knot is "around the knot".
constexpr float kKnotRadius = 0.04f;

constexpr std::array kSideViews = {ViewPreset::Front, ViewPreset::Back, ViewPreset::Left,
                                   ViewPreset::Right};

std::string viewWords(ViewPreset preset) {
  switch (preset) {
    case ViewPreset::Front:
      return "From the front";
    case ViewPreset::Back:
      return "From the back";
    case ViewPreset::Left:
      return "From the left side";
    case ViewPreset::Right:
      return "From the right side";
    default:
      return "View";
  }
}

// The unit direction from the body towards a camera at `preset`. O(1).
glm::vec3 towardsViewer(ViewPreset preset) {
  return -framedCamera(Bounds{glm::vec3(-1.0f), glm::vec3(1.0f)}, preset, 1.0f).forward();
}

}  // namespace

std::vector<HandoutView> referralViews(const Model& model, const ReferralPaint& paint,
                                       float aspect) {
  const glm::vec3 knot = knotFacing(model, paint.parts, kKnotRadius);
  std::size_t knotView = 0, zoneView = 1;
  float bestKnot = -1e30f;
  for (std::size_t i = 0; i < kSideViews.size(); ++i)
    if (const float facing = glm::dot(knot, towardsViewer(kSideViews[i])); facing > bestKnot) {
      bestKnot = facing;
      knotView = i;
    }
  float bestZones = -1.0f;
  for (std::size_t i = 0; i < kSideViews.size(); ++i) {
    if (i == knotView) continue;
    if (const float seen = referralVisibility(model, paint.parts, towardsViewer(kSideViews[i]));
        seen > bestZones) {
      bestZones = seen;
      zoneView = i;
    }
  }
  std::vector<HandoutView> views;
  for (const std::size_t i : {knotView, zoneView}) {
    std::string caption = viewWords(kSideViews[i]);
    if (i == knotView) caption += ", where the knot is";
    views.push_back({referralPresetCamera(model, paint.parts, paint.knots, kSideViews[i], aspect),
                     std::move(caption)});
  }
  return views;
}

HandoutView lessonStepView(const Model& model, const LessonStep& step, const ReferralPaint* paint,
                           float aspect) {
  const ViewPreset preset = step.camera.preset.value_or(ViewPreset::Front);
  HandoutView view{framedCamera(modelBounds(model), preset, aspect), viewWords(preset)};
  if (step.camera.pose) {
    view.camera.easeTo(*step.camera.pose);
    view.camera.snap();
    view.caption = "The lesson's view";
  } else if (step.camera.frame == LessonCamera::Frame::Referral && paint != nullptr &&
             !paint->parts.empty()) {
    if (step.camera.preset) {
      view.camera = referralPresetCamera(model, paint->parts, paint->knots, preset, aspect);
    } else {
      frameReferral(view.camera, model, paint->parts, paint->knots, aspect);
      view.caption = "Facing the pain";
    }
  }
  return view;
}

}  // namespace myo
