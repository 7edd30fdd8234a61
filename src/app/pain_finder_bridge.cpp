// The pain finder's view and intents.
#include "app/pain_finder_bridge.h"

#include <algorithm>
#include <cmath>

#include "app/quiz_bridge.h"

#include "core/anatomy/landmark_vocabulary.h"
#include "core/atlas/pain_finder.h"
#include "core/atlas/pain_muscles.h"

namespace myo {

namespace {

// The brush's settings, a scripted dab at a landmark, undo and clear. O(1).
void applyPainBrushIntents(const UiIntents& intents, AppState& state) {
  PainBrush& brush = state.painMap.brush;
  if (intents.setPainBrushRadius)
    brush.radius =
        std::clamp(*intents.setPainBrushRadius, PainBrush::kMinRadius, PainBrush::kMaxRadius);
  if (intents.setPainLevel)
    brush.level = static_cast<PainLevel>(std::clamp(*intents.setPainLevel, 1, 3));
  if (intents.setPainEraser) brush.eraser = *intents.setPainEraser;
  if (intents.undoPainStroke) (void)state.painMap.undo();
  if (intents.clearPainDrawing) state.painMap.clear();
  if (intents.painDabAtPlace && state.placedAtlas.landmarks() != nullptr) {
    const auto [name, side] = splitSideLabel(*intents.painDabAtPlace);
    if (const auto at = state.placedAtlas.landmarks()->at(name, side)) {
      state.painMap.beginStroke();
      state.painMap.paint(*at);
    }
  }
}

}  // namespace

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
  applyPainBrushIntents(intents, state);
  if (!intents.clickBody || quizTakesClicks(state)) return;  // the quiz takes those clicks
  const UiIntents::BodyClick& click = *intents.clickBody;
  if (click.brush) {  // a stroke paints in the mode (and turns nothing otherwise)
    if (!state.painMode() || click.part < 0) return;
    if (click.strokeStart) state.painMap.beginStroke();
    state.painMap.paint(click.point);
    return;
  }
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

const PlacedAtlas::Surface* painSurface(const AppState& state) {
  return state.placedAtlas.surface(state.referral.onMuscles());
}

PainFinderView makePainFinderView(const AppState& state) {
  PainFinderView view;
  view.mode = state.painMode();
  if (!state.painMode()) return view;
  const PainMap& map = state.painMap;
  view.brushCm = 100.0f * map.brush.radius;
  view.level = static_cast<int>(map.brush.level);
  view.eraser = map.brush.eraser;
  view.canUndo = !map.empty();
  const PlacedAtlas::Surface* surface = painSurface(state);
  if (surface != nullptr && !map.empty())
    view.drawnSquareCm = 1e4f * map.areaOn(*surface).squareMetres;
  if (const BodyLandmarks* landmarks = state.placedAtlas.landmarks())
    for (const auto& [name, position] : landmarks->positions)
      view.places.push_back({name, plainLandmarkName(name)});
  std::sort(view.places.begin(), view.places.end(),
            [](const auto& a, const auto& b) { return a.label < b.label; });
  const bool drawn = view.drawnSquareCm > 0.0f;
  if ((!drawn && !state.painAt()) || state.placedAtlas.landmarks() == nullptr) return view;
  const auto& positions = state.placedAtlas.landmarks()->positions;
  std::vector<glm::vec3> spots;  // where the red flags are looked for
  if (drawn) {
    view.place =
        "the painted areas (" + std::to_string(std::lround(view.drawnSquareCm)) + " cm\u00b2)";
    for (const PainDab& dab : map.drawing().dabs)
      if (dab.level != PainLevel::None) spots.push_back(dab.at);
  } else {
    view.place = positions.find(state.painPlace()) != positions.end()
                     ? plainLandmarkName(state.painPlace())
                     : state.painPlace();
    spots.push_back(*state.painAt());
  }
  if (const Atlas* atlas = state.placedAtlas.atlas())
    for (const RedFlag* flag : redFlagsNear(*atlas, *state.placedAtlas.landmarks(), spots))
      view.warnings.push_back(flag->text);
  const auto& placed = state.placedAtlas.placed();
  const std::vector<PainFinding> findings =
      drawn ? map.findingsOn(*surface, kPainCandidates)
            : findPainSources(placed, *state.placedAtlas.landmarks(), *state.painAt(),
                              kPainCandidates);
  for (const PainMuscle& muscle : painMuscles(findings, kPainMuscles)) {
    PainFinderView::Muscle group;
    group.label = painMuscleName(muscle);
    group.score = muscle.score;
    group.spilloverOnly = !muscle.essential;
    group.prevalence = prevalenceNote(muscle.prevalence);
    for (const PainFinding& point : muscle.points) {
      group.rows.push_back(view.rows.size());
      view.rows.push_back({static_cast<int>(point.placed - placed.data()),
                           point.placed->displayName(), point.score,
                           point.kind == ZoneKind::Spillover});
    }
    view.muscles.push_back(std::move(group));
  }
  return view;
}

}  // namespace myo
