// The apply step: parts and camera here, each panel's area through its bridge.
#include "app/apply_intents.h"

#include <algorithm>

#include "app/diary_bridge.h"
#include "app/layers_bridge.h"
#include "app/lesson_bridge.h"
#include "app/muscle_card_bridge.h"
#include "app/pain_finder_bridge.h"
#include "app/parts_bridge.h"
#include "app/quiz_bridge.h"
#include "app/referral_bridge.h"
#include "app/referral_framing.h"
#include "app/treatment_bridge.h"
#include "app/trigger_point_bridge.h"

namespace myo {

namespace {

// How many times slower camera moves ease in presenter mode (a room follows them).
constexpr float kPresenterEaseSlowness = 2.5f;

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

// Smallest region a lesson step frames around its highlighted parts, m a side: a small muscle
// still shows where on the body it lies.
constexpr float kStepFrameMinimum = 0.45f;

// Bounds of the parts listed (valid indices only), grown about their centre to at least
// kStepFrameMinimum a side. O(their vertices).
Bounds stepFrameOfParts(const Model& model, const std::vector<int>& parts) {
  Bounds bounds;
  for (const int part : parts)
    if (part >= 0 && static_cast<std::size_t>(part) < model.parts.size()) {
      const Bounds b = partBounds(model.parts[static_cast<std::size_t>(part)]);
      if (!b.empty()) bounds.add(b.min), bounds.add(b.max);
    }
  if (bounds.empty()) return bounds;
  const glm::vec3 half = glm::max(0.5f * bounds.size(), glm::vec3(0.5f * kStepFrameMinimum));
  return Bounds{bounds.center() - half, bounds.center() + half};
}

// A lesson step's camera: its pose; or its preset's direction framing the body, the parts or
// (once painted) the chosen referral; nothing when it gives neither. O(framed parts).
void applyStepCamera(const StepCamera& shot, AppState& state) {
  const LessonCamera& camera = shot.camera;
  state.frameReferralWhenReady = false;
  state.referralFrameView.reset();
  if (camera.pose) {
    state.camera.easeTo(*camera.pose);
    return;
  }
  switch (camera.frame) {
    case LessonCamera::Frame::Body:
      if (!camera.preset) return;  // no camera given: it stays where it is
      state.camera.setPreset(*camera.preset);
      state.camera.fitView(modelBounds(state.body.model), state.viewAspect);
      return;
    case LessonCamera::Frame::Selection:
      if (camera.preset) state.camera.setPreset(*camera.preset);
      state.camera.fitView(stepFrameOfParts(state.body.model, shot.parts), state.viewAspect, 0.1f);
      return;
    case LessonCamera::Frame::Referral:
      state.frameReferralWhenReady = true;
      state.referralFrameView = camera.preset;
      return;
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
  applyDiaryIntents(intents, state);
  applyReferralIntents(intents, state);
  if (intents.setLabels) state.labels = *intents.setLabels;
  if (intents.setPresenter || intents.togglePresenter) {
    state.setPresenter(intents.setPresenter.value_or(!state.presenter()));
    state.camera.setEaseSlowness(state.presenter() ? kPresenterEaseSlowness : 1.0f);
  }
  if (intents.setTurntable) state.turntable = *intents.setTurntable;
  if (intents.presenterTextBy != 0)
    state.presenterTextSteps =
        std::clamp(state.presenterTextSteps + intents.presenterTextBy, -4, 8);
  if (intents.stepCamera) applyStepCamera(*intents.stepCamera, state);
  if (intents.flyTo) {
    state.frameReferralWhenReady = false;
    state.camera.flyTo(intents.flyTo->point, modelBounds(state.body.model),
                       intents.flyTo->distance);
  }
  if (intents.snapCamera) state.camera.snap();
  PendingActions pending{intents.openPaths, intents.takeScreenshot, intents.saveViewImage,
                         intents.quit};
  // A lesson step or a quiz question shown now arrives as intents of its own, through this
  // same step.
  for (const std::optional<UiIntents>& scene :
       {applyLessonIntents(intents, state), applyQuizIntents(intents, state)})
    if (scene) {
      UiIntents shown = *scene;
      shown.snapCamera = intents.snapCamera;
      (void)applyIntents(shown, state);
    }
  return pending;
}

}  // namespace myo
