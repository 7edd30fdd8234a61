// AppState body replacement.
#include "app/app_state.h"

namespace myo {

void AppState::setBody(LoadedBody loaded) {
  if (pendingBvh_.valid()) pendingBvh_.wait();  // the build reads the model being replaced
  referral.wait();                              // so may the referral's preparation
  body = std::move(loaded);
  referral.setBody(body.model);
  bvh = TriangleBvh();
  pendingBvh_ = std::async(std::launch::async, [this] { return TriangleBvh::build(body.model); });
  partVisible.assign(body.model.parts.size(), 1);
  hoveredPart = -1;
  selectedPart = -1;
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
