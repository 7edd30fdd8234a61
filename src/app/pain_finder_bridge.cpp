// The pain finder's view and intents.
#include "app/pain_finder_bridge.h"

#include <algorithm>

#include "app/quiz_bridge.h"

#include "core/anatomy/landmark_vocabulary.h"
#include "core/atlas/pain_finder.h"
#include "core/atlas/pain_muscles.h"

namespace myo {

void applyPainFinderIntents(const UiIntents& intents, AppState& state) {
  if (intents.setPainMode) state.setPainMode(*intents.setPainMode);
  // The finder's results are in that tab (a quiz marks its spot without them).
  if (intents.setPainMode == true || (intents.painAtPlace && state.painMode()))
    state.dock.tab = SidebarTab::TriggerPoints;
  if (intents.painAtPlace && state.placedAtlas.landmarks() != nullptr) {
    const auto [name, side] = splitSideLabel(*intents.painAtPlace);
    if (const auto at = state.placedAtlas.landmarks()->at(name, side))
      state.markPain(*at, *intents.painAtPlace);
  }
  if (!intents.clickBody || quizTakesClicks(state)) return;  // the quiz takes those clicks
  const UiIntents::BodyClick& click = *intents.clickBody;
  if (!state.painMode() && click.add && click.part >= 0) {
    std::vector<int> selection = state.selectedParts();
    const auto found = std::find(selection.begin(), selection.end(), click.part);
    if (found != selection.end())
      selection.erase(found);
    else
      selection.push_back(click.part);
    state.selectParts(selection);
  } else if (!state.painMode() && !click.add) {
    state.selectPart(click.part);
  } else if (click.part >= 0)
    state.markPain(click.point, "the clicked spot");
}

PainFinderView makePainFinderView(const AppState& state) {
  PainFinderView view;
  view.mode = state.painMode();
  if (!state.painMode()) return view;
  if (const BodyLandmarks* landmarks = state.placedAtlas.landmarks())
    for (const auto& [name, position] : landmarks->positions)
      view.places.push_back({name, plainLandmarkName(name)});
  std::sort(view.places.begin(), view.places.end(),
            [](const auto& a, const auto& b) { return a.label < b.label; });
  if (!state.painAt() || state.placedAtlas.landmarks() == nullptr) return view;
  const auto& positions = state.placedAtlas.landmarks()->positions;
  view.place = positions.find(state.painPlace()) != positions.end()
                   ? plainLandmarkName(state.painPlace())
                   : state.painPlace();
  if (const Atlas* atlas = state.placedAtlas.atlas())
    for (const RedFlag* flag :
         redFlagsNear(*atlas, *state.placedAtlas.landmarks(), {*state.painAt()}))
      view.warnings.push_back(flag->text);
  const auto& placed = state.placedAtlas.placed();
  const std::vector<PainFinding> findings =
      findPainSources(placed, *state.placedAtlas.landmarks(), *state.painAt(), kPainRows);
  for (const PainFinding& finding : findings) {
    const auto index = static_cast<int>(finding.placed - placed.data());
    view.rows.push_back(
        {index, finding.placed->displayName(), finding.score, finding.kind == ZoneKind::Spillover});
  }
  for (const PainMuscle& muscle : painMuscles(findings, kPainRows)) {
    PainFinderView::Muscle group;
    group.label = painMuscleName(muscle);
    group.score = muscle.score;
    group.spilloverOnly = !muscle.essential;
    for (const PainFinding& point : muscle.points)
      for (std::size_t r = 0; r < findings.size(); ++r)
        if (findings[r].placed == point.placed) group.rows.push_back(r);
    view.muscles.push_back(std::move(group));
  }
  return view;
}

}  // namespace myo
