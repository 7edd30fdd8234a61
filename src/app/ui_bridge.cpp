// AppState ↔ panels.
#include "app/ui_bridge.h"

#include "app/selection_bridge.h"
#include "app/treatment_bridge.h"
#include "ui/part_labels.h"

namespace myo {

UiStateView makeUiStateView(const AppState& state, float fps, const std::string& renderer) {
  UiStateView view;
  const Model& model = state.body.model;
  view.parts.reserve(model.parts.size());
  for (std::size_t i = 0; i < model.parts.size(); ++i) {
    const Part& part = model.parts[i];
    view.parts.push_back({part.name, part.kind, state.partVisible[i] != 0, part.triangleCount()});
  }
  view.hoveredPart = state.hoveredPart;
  if (state.hoveredPart >= 0 && state.hoveredPart < static_cast<int>(model.parts.size()))
    view.hoveredName = partDisplayName(state, static_cast<std::size_t>(state.hoveredPart));
  view.selectedPart = state.selectedPart;
  view.sourceName = model.source;
  view.triangleCount = model.triangleCount();
  view.fps = fps;
  view.renderer = renderer;
  view.recentFiles = state.recent.entries();
  view.warnings = model.warnings;
  view.statusMessage = state.statusMessage;
  view.darkTheme = state.darkTheme;
  view.uiScale = state.uiScale;
  const ReferralState& referral = state.referral;
  view.referral = {referral.ready(),
                   referral.selection,
                   referral.playing,
                   referral.loop,
                   referral.seconds,
                   referral.animation.loopTime,
                   referral.speed,
                   referral.colormap,
                   referral.isolines,
                   referral.status(),
                   referral.progress().value_or(-1.0f)};
  view.triggerPointList = makeTriggerPointList(state);
  view.treatment = makeTreatmentView(state);
  view.muscleCard = makeMuscleCardView(state);
  view.layers = makeLayersView(state);
  view.painFinder = makePainFinderView(state);
  return view;
}

PendingActions applyUiIntents(const UiIntents& intents, AppState& state) {
  Model& model = state.body.model;
  for (const auto& [part, visible] : intents.setVisible) {
    if (part < state.partVisible.size()) state.partVisible[part] = visible ? 1 : 0;
    state.visibilityChanged = true;
  }
  if (intents.setAllVisible) {
    std::fill(state.partVisible.begin(), state.partVisible.end(), *intents.setAllVisible ? 1 : 0);
    state.visibilityChanged = true;
  }
  if (intents.isolateKind) {
    // Isolate the parts panel's group, which may hold several kinds (Other holds Unknown too).
    const PartGroup group = partGroup(*intents.isolateKind);
    for (std::size_t i = 0; i < model.parts.size(); ++i)
      state.partVisible[i] = partGroup(model.parts[i].kind) == group ? 1 : 0;
    state.visibilityChanged = true;
  }
  if (intents.hoverPart >= 0) state.hoveredPart = intents.hoverPart;
  if (intents.selectPart >= 0) state.selectedPart = intents.selectPart;
  if (intents.framePart >= 0 && static_cast<std::size_t>(intents.framePart) < model.parts.size())
    state.camera.frame(partBounds(model.parts[static_cast<std::size_t>(intents.framePart)]));
  if (intents.viewPreset) state.camera.setPreset(*intents.viewPreset);
  if (intents.frameAll) state.camera.frame(modelBounds(model));
  if (intents.setDarkTheme) state.darkTheme = *intents.setDarkTheme;
  if (intents.setUiScale) state.uiScale = *intents.setUiScale;
  ReferralState& referral = state.referral;
  applyTreatmentIntents(intents, state);
  applySelectionIntents(intents, state);
  if (intents.setPlaying) referral.playing = *intents.setPlaying;
  if (intents.setReferralSeconds) referral.seconds = *intents.setReferralSeconds;
  if (intents.setReferralSpeed) referral.speed = *intents.setReferralSpeed;
  if (intents.setReferralLoop) referral.loop = *intents.setReferralLoop;
  if (intents.setColormap) referral.colormap = *intents.setColormap;
  if (intents.setIsolines) referral.isolines = *intents.setIsolines;
  return PendingActions{intents.openPaths, intents.takeScreenshot, intents.quit};
}

}  // namespace myo
