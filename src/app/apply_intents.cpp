// The apply step: parts and camera here, each panel's area through its bridge.
#include "app/apply_intents.h"

#include "app/layers_bridge.h"
#include "app/muscle_card_bridge.h"
#include "app/pain_finder_bridge.h"
#include "app/parts_bridge.h"
#include "app/referral_bridge.h"
#include "app/treatment_bridge.h"
#include "app/trigger_point_bridge.h"

namespace myo {

namespace {

void applyCameraMove(const CameraMove& move, OrbitCamera& camera) {
  switch (move.kind) {
    case CameraMove::Kind::Rotate:
      camera.rotate(move.amount.x, move.amount.y);
      break;
    case CameraMove::Kind::Pan:
      camera.pan(move.amount.x, move.amount.y, move.viewportHeight);
      break;
    case CameraMove::Kind::Zoom:
      camera.zoomTowards(move.amount.x, move.at);
      break;
    case CameraMove::Kind::CentreOn:
      if (move.at) camera.centreOn(*move.at);
      break;
  }
}

}  // namespace

PendingActions applyIntents(const UiIntents& intents, AppState& state) {
  for (const CameraMove& move : intents.cameraMoves) applyCameraMove(move, state.camera);
  applyPartsIntents(intents, state);
  if (intents.viewPreset) state.camera.setPreset(*intents.viewPreset);
  if (intents.frameAll) state.camera.frame(modelBounds(state.body.model));
  if (intents.setDarkTheme || intents.setUiScale)
    state.setTheme(intents.setDarkTheme.value_or(state.darkTheme()),
                   intents.setUiScale.value_or(state.uiScale()));
  applyTriggerPointIntents(intents, state);
  applyTreatmentIntents(intents, state);
  applyMuscleCardIntents(intents, state);
  applyLayersIntents(intents, state);
  applyPainFinderIntents(intents, state);
  applyReferralIntents(intents, state);
  if (intents.snapCamera) state.camera.snap();
  return PendingActions{intents.openPaths, intents.takeScreenshot, intents.quit};
}

}  // namespace myo
