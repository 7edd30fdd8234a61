// AppState body replacement.
#include "app/app_state.h"

#include "core/anatomy/part_colors.h"

namespace myo {

void AppState::setBody(LoadedBody loaded) {
  if (pendingBvh_.valid()) pendingBvh_.wait();  // the build reads the model being replaced
  referral.wait();                              // so may the referral's preparation
  body = std::move(loaded);
  referral.setBody(body.model);
  bvh = TriangleBvh();
  pendingBvh_ = std::async(std::launch::async, [this] { return TriangleBvh::build(body.model); });
  partVisible.assign(body.model.parts.size(), 1);
  baseColors = partBaseColors(body.model);
  partMuscles.clear();
  for (std::size_t i = 0; i < body.model.parts.size(); ++i) {
    const Part& part = body.model.parts[i];
    const bool muscular = part.kind == PartKind::Muscle || part.kind == PartKind::Tendon;
    partMuscles.push_back(muscular ? identifyMuscle(part.name) : IdentifiedMuscle{});
    if (part.kind == PartKind::Skin) skinOpacity = baseColors[i].w;
  }
  appearanceChanged = true;
  hoveredPart = -1;
  selectedPart = -1;
  painAt.reset();  // the marked spot and the treated point belonged to the old body
  treatment.clear();
  painChanged = true;
  modelChanged = true;
  visibilityChanged = true;
  camera.setPreset(ViewPreset::Front);
  camera.frame(modelBounds(body.model));
  camera.snap();
}

void AppState::collectBvh() {
  if (pendingBvh_.valid() &&
      pendingBvh_.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
    bvh = pendingBvh_.get();
}

AppState::~AppState() {
  if (pendingBvh_.valid()) pendingBvh_.wait();
}

}  // namespace myo
