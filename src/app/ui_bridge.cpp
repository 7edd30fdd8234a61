// The panels' view, one part per panel bridge.
#include "app/ui_bridge.h"

#include "app/diary_bridge.h"
#include "app/layers_bridge.h"
#include "app/lesson_bridge.h"
#include "app/muscle_card_bridge.h"
#include "app/pain_finder_bridge.h"
#include "app/parts_bridge.h"
#include "app/quiz_bridge.h"
#include "app/referral_bridge.h"
#include "app/treatment_bridge.h"
#include "app/trigger_point_bridge.h"

namespace myo {

UiStateView makeUiStateView(const AppState& state, UiViewCache& cache, float fps,
                            const std::string& renderer) {
  UiStateView view;
  const Model& model = state.body.model;
  view.parts = makePartsView(state);
  view.hoveredPart = state.hoveredPart();
  if (state.hoveredPart() >= 0 && !quizHidesNames(state))
    view.hoveredName = partDisplayName(state, static_cast<std::size_t>(state.hoveredPart()));
  view.selectedPart = state.selectedPart();
  view.selectedParts = state.selectedParts();
  view.muscleGroups = makeMuscleGroupRows(state);
  view.sourceName = model.source;
  view.triangleCount = model.triangleCount();
  view.fps = fps;
  view.renderer = renderer;
  view.recentFiles = state.recent.entries();
  view.warnings = model.warnings;
  view.statusMessage = state.statusMessage;
  view.opening = state.bodyLoader.label();
  view.openingProgress = state.bodyLoader.progress().value_or(-1.0f);
  view.darkTheme = state.darkTheme();
  view.uiScale = state.uiScale();
  view.dock = state.dock;
  view.referral = makeReferralView(state);
  view.triggerPointList = makeTriggerPointList(state, cache.pointList);
  view.treatment = makeTreatmentView(state);
  if (quizHidesPoint(state)) {  // the chosen point is the quiz's: not named, not highlighted
    view.treatment = {};
    view.treatment.hiddenByQuiz = true;
    view.referral.selection.assign(view.referral.selection.size(), -1);
  }
  if (!quizHidesNames(state)) view.muscleCard = makeMuscleCardView(state);
  view.layers = makeLayersView(state);
  view.painFinder = makePainFinderView(state);
  view.diary = makeDiaryView(state);
  view.lessons = makeLessonsView(state);
  view.quiz = makeQuizView(state);
  view.labels = state.labels;
  view.presenter = state.presenter();
  view.presenterTextSteps = state.presenterTextSteps;
  view.turntable = state.turntable;
  view.screenMillimetres = state.screenMillimetres;
  return view;
}

}  // namespace myo
