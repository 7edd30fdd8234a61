// Lesson names -> parts and placed points; the state -> a step.
#include "app/lesson_player.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/constants.hpp>

#include "app/app_state.h"
#include "core/anatomy/muscle_groups.h"
#include "core/lessons/lesson_file.h"
#include "core/text/ascii_text.h"

namespace myo {
namespace {

char sideLetter(BodySideWord side) {
  return side == BodySideWord::Left ? 'L' : side == BodySideWord::Right ? 'R' : 0;
}

bool onSide(const IdentifiedMuscle& muscle, char side) {
  return side == 0 || sideLetter(muscle.side) == side;
}

// The parts of every name in `names`, each once; names with none go to `skipped`.
std::vector<int> partsOfNames(const std::vector<std::string>& names, const AppState& state,
                              std::vector<std::string>& skipped) {
  std::vector<int> parts;
  for (const std::string& name : names) {
    const std::vector<int> found = partsOfLessonName(name, state);
    if (found.empty()) skipped.push_back(name + ": not on this body");
    for (const int part : found)
      if (std::find(parts.begin(), parts.end(), part) == parts.end()) parts.push_back(part);
  }
  return parts;
}

// A muscle's lesson name: "infraspinatus.R", or "" for a part that is no catalogue muscle.
std::string lessonNameOf(int part, const AppState& state) {
  const IdentifiedMuscle& muscle = state.partMuscles[static_cast<std::size_t>(part)];
  if (muscle.spec == nullptr) return {};
  std::string name(muscle.spec->name);
  if (const char side = sideLetter(muscle.side); side != 0) name += std::string(".") + side;
  return name;
}

// Lesson names of `parts`, each once, in order; parts that are no muscle are left out.
std::vector<std::string> lessonNamesOf(const std::vector<int>& parts, const AppState& state) {
  std::vector<std::string> names;
  for (const int part : parts) {
    std::string name = lessonNameOf(part, state);
    if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end())
      names.push_back(std::move(name));
  }
  return names;
}

}  // namespace

std::vector<int> partsOfLessonName(const std::string& name, const AppState& state) {
  const LessonName split = splitLessonName(name);
  std::vector<int> parts;
  const std::string lower = asciiLower(split.base);
  const auto groups = muscleGroups();
  for (std::size_t g = 0; g < groups.size() && g < state.groupParts.size(); ++g) {
    if (asciiLower(groups[g].name) != lower) continue;
    for (const int part : state.groupParts[g])
      if (onSide(state.partMuscles[static_cast<std::size_t>(part)], split.side))
        parts.push_back(part);
    return parts;
  }
  for (std::size_t i = 0; i < state.partMuscles.size(); ++i) {
    const IdentifiedMuscle& muscle = state.partMuscles[i];
    if (muscle.spec != nullptr && muscle.spec->name == split.base && onSide(muscle, split.side))
      parts.push_back(static_cast<int>(i));
  }
  return parts;
}

StepIntents stepIntents(const LessonStep& step, const AppState& state) {
  StepIntents out;
  UiIntents& intents = out.intents;
  if (step.isolate.empty()) {
    intents.setAllVisible = true;
  } else {
    std::vector<int> shown = partsOfNames(step.isolate, state, out.skipped);
    if (shown.empty()) {
      intents.setAllVisible = true;  // nothing of it here: the whole body rather than nothing
    } else {
      // The skeleton stays, so that isolated muscles show where they lie.
      const std::vector<Part>& parts = state.body.model.parts;
      for (std::size_t i = 0; i < parts.size(); ++i)
        if (parts[i].kind == PartKind::Bone) shown.push_back(static_cast<int>(i));
      intents.isolateParts = std::move(shown);
    }
  }
  const std::vector<int> highlighted = partsOfNames(step.highlight, state, out.skipped);
  intents.selectParts = highlighted;
  std::vector<int> points;
  for (const std::string& name : step.triggerPoints) {
    const int index = placedIndexOf(state.placedAtlas.placed(), name);
    if (index < 0)
      out.skipped.push_back(name + ": not on this body");
    else
      points.push_back(index);
  }
  intents.chooseTriggerPoints = points;
  intents.setReferralSeconds = step.referralSeconds.value_or(0.0f);
  intents.setPlaying = step.referralPlaying;
  intents.setSkinOpacity = step.layers.skin;
  intents.setMuscleOpacity = step.layers.muscles;
  intents.setBoneOpacity = step.layers.bones;
  intents.setXray = step.layers.xray;
  intents.setPeel = step.layers.peel;
  intents.setLabels = step.labels;
  if (const auto kind = parseQuizKind(step.questionKind)) {
    intents.startQuiz = QuizStart{*kind, "", 1, 1, 0.0f, 0, step.questionTarget, false};
  } else {
    intents.quizStop = true;  // a step without a question ends one a step before asked
  }
  StepCamera camera{step.camera, highlighted};
  // A frame that has nothing to frame here falls back to the body.
  if ((camera.camera.frame == LessonCamera::Frame::Selection && highlighted.empty()) ||
      (camera.camera.frame == LessonCamera::Frame::Referral && points.empty()))
    camera.camera.frame = LessonCamera::Frame::Body;
  intents.stepCamera = std::move(camera);
  return out;
}

LessonStep stepFromView(const AppState& state, std::string title) {
  LessonStep step;
  step.title = std::move(title);
  OrbitCamera::Pose pose = state.camera.goal();
  pose.yaw = std::remainder(pose.yaw, 2.0f * glm::pi<float>());  // within ±180°, as files keep it
  step.camera.pose = pose;
  const LayerSettings& layers = state.layers();
  step.layers = {layers.skinOpacity, layers.muscleOpacity, layers.boneOpacity, layers.xray,
                 layers.peel};
  const std::vector<std::uint8_t>& visible = state.partVisible();
  if (std::find(visible.begin(), visible.end(), 0) != visible.end()) {
    std::vector<int> shown;
    for (std::size_t i = 0; i < visible.size(); ++i)
      if (visible[i] != 0) shown.push_back(static_cast<int>(i));
    step.isolate = lessonNamesOf(shown, state);
  }
  step.highlight = lessonNamesOf(state.selectedParts(), state);
  for (const int index : state.referral.selection) {
    const auto& placed = state.placedAtlas.placed();
    if (index >= 0 && static_cast<std::size_t>(index) < placed.size())
      step.triggerPoints.push_back(placed[static_cast<std::size_t>(index)].label());
  }
  if (!step.triggerPoints.empty()) {
    step.referralSeconds = state.referral.seconds;
    step.referralPlaying = state.referral.playing;
  }
  step.labels = state.labels;
  return step;
}

}  // namespace myo
