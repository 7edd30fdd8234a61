// The apply step: parts and camera here, each panel's area through its bridge.
#include "app/apply_intents.h"

#include <algorithm>

#include "app/layers_bridge.h"
#include "app/muscle_card_bridge.h"
#include "app/pain_finder_bridge.h"
#include "app/parts_bridge.h"
#include "app/referral_bridge.h"
#include "app/treatment_bridge.h"
#include "app/trigger_point_bridge.h"

namespace myo {

namespace {

// Shows, hides, collapses, widens the docked sides and picks the sidebar's tab. O(1).
void applyDockIntents(const UiIntents& intents, DockSettings& dock) {
  const auto toggle = [](DockSide& side) {
    side.shown = !side.shown;
    if (side.shown) side.collapsed = false;  // shown again means open
  };
  if (intents.toggleSidebar) toggle(dock.sidebar);
  if (intents.toggleInspector) toggle(dock.inspector);
  if (intents.collapseSidebar) dock.sidebar.collapsed = *intents.collapseSidebar;
  if (intents.collapseInspector) dock.inspector.collapsed = *intents.collapseInspector;
  if (intents.setSidebarWidth)
    dock.sidebar.width = std::max(*intents.setSidebarWidth, kMinDockWidth);
  if (intents.setInspectorWidth)
    dock.inspector.width = std::max(*intents.setInspectorWidth, kMinDockWidth);
  if (intents.setSidebarTab) dock.tab = *intents.setSidebarTab;
}

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
  // The user's own camera moves win over the framing a chosen point is waiting for.
  if (!intents.cameraMoves.empty() || intents.viewPreset || intents.frameAll || intents.framePart)
    state.frameReferralWhenReady = false;
  for (const CameraMove& move : intents.cameraMoves) applyCameraMove(move, state.camera);
  applyPartsIntents(intents, state);
  if (intents.viewPreset) state.camera.setPreset(*intents.viewPreset);
  if (intents.viewPreset || intents.frameAll)  // a standard view shows the whole body
    state.camera.fitView(modelBounds(state.body.model), state.viewAspect);
  if (intents.setDarkTheme || intents.setUiScale)
    state.setTheme(intents.setDarkTheme.value_or(state.darkTheme()),
                   intents.setUiScale.value_or(state.uiScale()));
  applyDockIntents(intents, state.dock);
  applyTriggerPointIntents(intents, state);
  applyTreatmentIntents(intents, state);
  applyMuscleCardIntents(intents, state);
  applyLayersIntents(intents, state);
  applyPainFinderIntents(intents, state);
  applyReferralIntents(intents, state);
  if (intents.snapCamera) state.camera.snap();
  return PendingActions{intents.openPaths, intents.takeScreenshot, intents.saveViewImage,
                        intents.quit};
}

}  // namespace myo
