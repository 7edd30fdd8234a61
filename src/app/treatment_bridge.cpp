// Search list, treatment view and treatment intents.
#include "app/treatment_bridge.h"

#include <algorithm>
#include <cstdio>

#include "app/referral_framing.h"
#include "core/atlas/point_landmarks.h"

namespace myo {
namespace {

// How long the phase-change cue shows (s).
constexpr double kCueSeconds = 1.5;
// Past holds listed in the history.
constexpr std::size_t kRecentHolds = 5;

// "2026-12-01 14:35 · 60 s · 7 → 4", local time (discomfort "?" when not given).
std::string holdSummary(const TreatmentEntry& entry) {
  const auto level = [](int value) { return value < 0 ? std::string("?") : std::to_string(value); };
  char held[16];
  std::snprintf(held, sizeof held, "%.0f s", static_cast<double>(entry.heldSeconds));
  return localTimeOf(entry.time) + " \u00b7 " + held + " \u00b7 " + level(entry.discomfortBefore) +
         " \u2192 " + level(entry.discomfortAfter);
}

// The chosen point: the first of the referral selection.
const PlacedTriggerPoint* chosenPoint(const AppState& state) {
  const auto& placed = state.placedAtlas.placed();
  if (state.referral.selection.empty()) return nullptr;
  const int index = state.referral.selection.front();
  return index >= 0 && index < static_cast<int>(placed.size())
             ? &placed[static_cast<std::size_t>(index)]
             : nullptr;
}

void choosePoint(AppState& state, int index) {
  state.referral.select(index);
  const PlacedTriggerPoint* point = chosenPoint(state);
  if (point == nullptr || state.placedAtlas.atlas() == nullptr) return;
  state.treatment.choose(*state.placedAtlas.atlas(), *point->point, point->side, 0);
  state.camera.flyTo(point->position, modelBounds(state.body.model), kPointViewDistance);
  state.frameReferralWhenReady = true;  // then the knot and its zones, once they are painted
}

// `lines` without those already in `shown`. O(lines × shown).
std::vector<std::string> notIn(const std::vector<std::string>& lines,
                               const std::vector<std::string>& shown) {
  std::vector<std::string> out;
  for (const std::string& line : lines)
    if (std::find(shown.begin(), shown.end(), line) == shown.end()) out.push_back(line);
  return out;
}

void fillTechnique(const AppState& state, const TriggerPoint& point, TreatmentView& view) {
  const Atlas& atlas = *state.placedAtlas.atlas();
  for (const TechniqueUse& use : point.techniques) {
    const Technique* technique = atlas.findTechnique(use.technique);
    view.techniqueNames.push_back(technique != nullptr ? technique->name : use.technique);
  }
  for (const std::string& id : point.redFlags)
    if (const RedFlag* flag = atlas.findRedFlag(id)) view.pointRedFlags.push_back(flag->text);
  view.technique = static_cast<int>(state.treatment.techniqueIndex());
  if (!point.techniques.empty())
    view.techniqueNotes = point.techniques[state.treatment.techniqueIndex()].notes;
  view.seeAProfessional = atlas.safety.seeAProfessional;
  for (const RedFlag& flag : atlas.safety.redFlags)
    if (std::find(point.redFlags.begin(), point.redFlags.end(), flag.id) == point.redFlags.end())
      view.redFlags.push_back(flag.text);
  const Technique* technique = state.treatment.technique();
  if (technique == nullptr) {
    view.generalContraindications = atlas.safety.contraindications;
    return;
  }
  view.clinicianOnly = !state.treatment.timed();
  view.steps = technique->steps;
  view.techniqueRedFlags = technique->redFlags;
  view.contraindications = technique->contraindications;
  view.generalContraindications = notIn(atlas.safety.contraindications, view.contraindications);
  view.targetLabel = technique->target.label;
  view.targetText = technique->target.text;
  view.targetMin = technique->target.minDiscomfort;
  view.targetMax = technique->target.maxDiscomfort;
  view.evidence = technique->evidence;
}

void fillTimer(const AppState& state, TreatmentView& view) {
  const TreatmentState& treatment = state.treatment;
  const HoldTimer& timer = treatment.timer();
  const bool stretch =
      treatment.technique() != nullptr && treatment.technique()->id == "stretching";
  view.phase = std::string(holdPhaseName(timer.phase()));
  if (stretch && timer.phase() == HoldPhase::Locate) view.phase = "Get into position";
  if (stretch && timer.phase() == HoldPhase::Press) view.phase = "Hold the stretch";
  const bool heat = treatment.technique() != nullptr && treatment.technique()->id == "heat";
  if (heat && timer.phase() == HoldPhase::Locate) view.phase = "Place the warm pack";
  if (heat && timer.phase() == HoldPhase::Press) view.phase = "Keep it warm, not hot";
  if (stretch) view.releaseLabel = "Come out of the stretch now";
  if (heat) view.releaseLabel = "Take the heat off now";
  view.holding = timer.phase() == HoldPhase::Press;
  view.remaining =
      timer.phase() == HoldPhase::Ready ? timer.plan().holdSeconds : timer.remaining(state.clock);
  view.phaseProgress = timer.progress(state.clock);
  view.ready = timer.phase() == HoldPhase::Ready;
  view.done = timer.phase() == HoldPhase::Done;
  view.paused = timer.paused();
  view.holdsDone = timer.holdsDone();
  view.holdsTotal = timer.plan().holdsPerSet * timer.plan().sets;
  view.sets = timer.plan().sets;
  view.holdSeconds = timer.plan().holdSeconds;
  view.minHold = treatment.minHold();
  view.maxHold = treatment.maxHold();
  view.discomfort = treatment.discomfort();
  view.sound = treatment.sound;
  view.cue = state.clock < state.cueUntil;
  const std::vector<TreatmentEntry> past = treatment.entriesFor(treatment.pointLabel());
  for (const TreatmentEntry& entry : past) {
    if (entry.discomfortAfter >= 0)  // unanswered holds have nothing to plot
      view.pastDiscomfortAfter.push_back(static_cast<float>(entry.discomfortAfter));
    view.pastHeldSeconds.push_back(entry.heldSeconds);
  }
  view.askHowNow = treatment.askingHowNow();
  for (auto e = past.rbegin(); e != past.rend() && view.recentHolds.size() < kRecentHolds; ++e)
    view.recentHolds.push_back(holdSummary(*e));
  view.logProblem = treatment.logProblem();
}

}  // namespace

TreatmentView makeTreatmentView(const AppState& state) {
  TreatmentView view;
  const PlacedTriggerPoint* placed = chosenPoint(state);
  if (placed == nullptr || state.placedAtlas.atlas() == nullptr) return view;
  const TriggerPoint& point = *placed->point;
  view.active = true;
  view.pointLabel = placed->label();
  view.pointName = point.name;
  view.whereToPress = point.location.description;
  view.deep = point.location.deep;
  view.findFrom = findFromLandmarks(point, placed->side);
  view.symptoms = point.symptoms;
  view.mimics = point.mimics;
  view.selfCare = point.selfCare;
  view.cautions = point.cautions;
  view.sources = point.sources;
  view.differential = point.differential;
  fillTechnique(state, point, view);
  fillTimer(state, view);
  return view;
}

void applyTreatmentIntents(const UiIntents& intents, AppState& state) {
  if (intents.selectTriggerPoint) choosePoint(state, *intents.selectTriggerPoint);
  if (intents.toggleTriggerPoint) state.referral.toggle(*intents.toggleTriggerPoint);
  if (intents.chooseTriggerPoints) {
    const std::vector<int>& points = *intents.chooseTriggerPoints;
    choosePoint(state, points.empty() ? -1 : points.front());
    for (std::size_t i = 1; i < points.size(); ++i) state.referral.toggle(points[i]);
  }
  TreatmentState& treatment = state.treatment;
  if (intents.chooseTechnique) {
    const PlacedTriggerPoint* point = chosenPoint(state);
    if (point != nullptr && state.placedAtlas.atlas() != nullptr)
      treatment.choose(*state.placedAtlas.atlas(), *point->point, point->side,
                       static_cast<std::size_t>(std::max(0, *intents.chooseTechnique)));
  }
  const HoldTimer& timer = treatment.timer();
  const bool idle = timer.phase() == HoldPhase::Ready || timer.phase() == HoldPhase::Done;
  if (intents.timerToggle || (intents.timerStart && idle) ||
      (intents.timerPause && !idle && !timer.paused()))
    treatment.toggle(state.clock);
  if (intents.timerReset) treatment.reset();
  if (intents.timerRelease) treatment.releaseNow(state.clock);
  if (intents.setHoldSeconds) treatment.setHoldSeconds(*intents.setHoldSeconds);
  if (intents.setSets) treatment.setSets(*intents.setSets);
  if (intents.setDiscomfort) treatment.setDiscomfort(*intents.setDiscomfort);
  if (intents.answerHowNow && *intents.answerHowNow >= 0)
    treatment.answerHowNow(*intents.answerHowNow);
  else if (intents.answerHowNow)
    treatment.skipHowNow();
  if (intents.setSound) treatment.sound = *intents.setSound;
}

// The cue is shown (and sounded by the window loop) for kCueSeconds after a phase change.
bool updateTreatment(AppState& state) {
  // A point chosen another way (--tp, or the first of a changed selection) is treated too.
  const PlacedTriggerPoint* point = chosenPoint(state);
  if (point == nullptr && !state.treatment.pointLabel().empty())
    state.treatment.clear();  // nothing chosen any more: no hidden timer runs on
  if (point != nullptr && state.placedAtlas.atlas() != nullptr &&
      point->label() != state.treatment.pointLabel())
    state.treatment.choose(*state.placedAtlas.atlas(), *point->point, point->side, 0);
  if (!state.treatment.update(state.clock)) return false;
  state.cueUntil = state.clock + kCueSeconds;
  return true;
}

}  // namespace myo
