// Referral regions and the camera that shows them.
#include "app/referral_framing.h"

#include "core/geometry/model_edits.h"

namespace myo {

Bounds referralRegion(const Model& model, const std::vector<PaintedPart>& painted,
                      const std::vector<glm::vec3>& knots) {
  constexpr float kMargin = 0.1f;       // of the region's size, each side
  constexpr float kMinimumFit = 0.25f;  // m
  return paddedBounds(referralBounds(model, painted, knots), kMargin, kMinimumFit);
}

OrbitCamera referralPresetCamera(const Model& model, const std::vector<PaintedPart>& painted,
                                 const std::vector<glm::vec3>& knots, ViewPreset preset,
                                 float aspect) {
  OrbitCamera camera = framedCamera(referralRegion(model, painted, knots), preset, aspect);
  const Bounds whole = modelBounds(model);
  camera.setScene(whole.center(), 0.5f * glm::length(whole.size()));
  return camera;
}

void frameReferral(OrbitCamera& camera, const Model& model, const std::vector<PaintedPart>& painted,
                   const std::vector<glm::vec3>& knots, float aspect) {
  constexpr float kMaxPitch = 0.61f;  // rad, 35 degrees: faces seen from above or below stay clear
  camera.lookAlong(referralFacing(model, painted), kMaxPitch);
  camera.fitView(referralRegion(model, painted, knots), aspect);
  const Bounds whole = modelBounds(model);
  camera.setScene(whole.center(), 0.5f * glm::length(whole.size()));
}

}  // namespace myo
