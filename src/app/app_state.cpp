// AppState body replacement.
#include "app/app_state.h"

namespace myo {

void AppState::setBody(LoadedBody loaded) {
  body = std::move(loaded);
  bvh = TriangleBvh::build(body.model);
  partVisible.assign(body.model.parts.size(), 1);
  hoveredPart = -1;
  selectedPart = -1;
  modelChanged = true;
  visibilityChanged = true;
  camera.setPreset(ViewPreset::Front);
  camera.frame(modelBounds(body.model));
  camera.snap();
}

}  // namespace myo
