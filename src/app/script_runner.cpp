// One command at a time; waits resume on the next frame. Every state change a line asks for is
// a UiIntents value sent through the apply step, as a panel or key would send it.
#include "app/script_runner.h"

#include <algorithm>

#include "app/apply_intents.h"
#include "app/brush_stroke.h"
#include "app/diary_bridge.h"
#include "app/diary_summary.h"
#include "app/quiz_records.h"
#include "core/io/atomic_file.h"

namespace myo {
namespace {

// Frames a wait for readiness leaves for the fields' upload and the camera to settle.
constexpr int kSettleFrames = 2;

std::string failure(const ScriptCommand& command, const std::string& reason) {
  return "script: line " + std::to_string(command.line) + ": " + reason;
}

// The samples of a brush stroke from (X1, Y1) to (X2, Y2) — the command's numbers from `first`
// on — in window pixels, as Shift-drag takes them. O(length / spacing).
std::vector<glm::dvec2> strokeSamples(const ScriptCommand& command, std::size_t first) {
  BrushStroke stroke(kBrushSpacingPixels);
  std::vector<glm::dvec2> samples =
      stroke.begin({command.number(first), command.number(first + 1)});
  for (const glm::dvec2& at : stroke.moveTo({command.number(first + 2), command.number(first + 3)}))
    samples.push_back(at);
  return samples;
}

// Whether the window must draw the command's effect before the script goes on.
bool endsFrame(ScriptVerb verb) {
  return verb == ScriptVerb::Open || verb == ScriptVerb::Screenshot || verb == ScriptVerb::Click ||
         verb == ScriptVerb::Quiz || verb == ScriptVerb::ClickLandmark ||
         verb == ScriptVerb::PainStroke || verb == ScriptVerb::Diary ||
         verb == ScriptVerb::Layout || verb == ScriptVerb::ViewImage ||
         verb == ScriptVerb::ExportView;
}

}  // namespace

void ScriptRunner::runDiary(const ScriptCommand& command, AppState& state, Actions& actions) {
  const std::vector<std::string>& words = command.args;
  const std::string& sub = words[0];
  UiIntents intents;
  Status done;
  if (sub == "open" || sub == "close") {
    intents.showDiary = sub == "open";
  } else if (sub == "save") {
    std::string note;
    for (std::size_t i = 1; i < words.size(); ++i) note.append(i > 1 ? " " : "").append(words[i]);
    done = saveDiaryEntry(state, state.recordsClock.localDay(), note);
  } else if (sub == "show") {
    intents.showDiaryEntry = words[1] == "live" ? -1 : command.whole(1) - 1;
  } else if (sub == "compare") {
    intents.compareDiaryEntries = std::make_pair(command.whole(1) - 1, command.whole(2) - 1);
  } else if (sub == "month") {
    intents.showDiaryMonth = words[1];
  } else if (sub == "export-csv") {
    done = writeDiaryCsv(state, folder_ / words[1]);
  } else if (sub == "summary") {
    done = writeDiarySummary(state, folder_ / words[1], words.size() > 2 ? words[2] : "");
  }
  (void)applyIntents(intents, state);
  if (!done) actions.error = failure(command, done.error().message());
}

bool ScriptRunner::runQuiz(const ScriptCommand& command, AppState& state, Actions& actions) {
  const std::vector<std::string>& words = command.args;
  const std::string& sub = words[0];
  UiIntents intents;
  if (sub == "review") {
    QuizStart start;
    start.reviewMissed = true;
    intents.startQuiz = start;
    intents.snapCamera = true;
    (void)applyIntents(intents, state);
    if (!state.quiz) actions.error = failure(command, state.statusMessage);
    return true;
  }
  if (sub == "start") {
    QuizStart start{*parseQuizKind(words[1]), {}, 10, 1, 0.0f, 0, {}, false};
    std::size_t i = 2;
    if (i < words.size() && !words[i].starts_with("--")) start.region = words[i++];
    for (; i < words.size(); ++i) {
      if (words[i] == "--seed") start.seed = static_cast<std::uint32_t>(command.number(++i));
      if (words[i] == "--class") {
        start.classSeconds = static_cast<float>(command.number(i + 1));
        start.students = command.whole(i + 2);
        i += 2;
      }
    }
    intents.startQuiz = start;
    intents.snapCamera = true;
    (void)applyIntents(intents, state);
    if (!state.quiz) actions.error = failure(command, state.statusMessage);
    return true;
  }
  if (!state.quiz) {
    actions.error = failure(command, "no quiz is under way (quiz start KIND first)");
    return true;
  }
  if (sub == "answer-click") {
    actions.click = glm::dvec2(command.number(1), command.number(2));
  } else if (sub == "answer-stroke") {
    actions.stroke = strokeSamples(command, 1);
  } else if (sub == "answer-landmark") {
    const auto [name, side] = splitSideLabel(words[1]);
    const BodyLandmarks* landmarks = state.placedAtlas.landmarks();
    const auto at = landmarks != nullptr ? landmarks->at(name, side) : std::nullopt;
    if (!at) {
      actions.error = failure(command, "no landmark '" + words[1] + "' on this body");
      return true;
    }
    actions.clickWorld = *at;
  } else if (sub == "answer-choice") {
    const QuizQuestion* question = state.quiz->question();
    const int choice = command.whole(1) - 1;
    if (question == nullptr || choice >= static_cast<int>(question->choices.size())) {
      actions.error = failure(command, "no choice " + words[1] + " in this question");
      return true;
    }
    if (question->kind == QuizKind::WhereHurts)  // several may be right: each toggles
      intents.quizTogglePick = choice;
    else
      intents.quizChoice = choice;
  } else if (sub == "reveal") {
    intents.quizReveal = true;
  } else if (sub == "next") {
    intents.quizNext = true;
    intents.snapCamera = true;
  } else if (sub == "export") {
    if (const Status written =
            writeFileAtomic(folder_ / words[1], quizRecordsCsv(state.quiz->records));
        !written)
      actions.error = failure(command, written.error().message());
    return true;
  }
  (void)applyIntents(intents, state);
  return true;
}

ScriptRunner::ScriptRunner(std::vector<ScriptCommand> commands, std::filesystem::path folder)
    : commands_(std::move(commands)), folder_(std::move(folder)) {}

ScriptRunner::Actions ScriptRunner::step(AppState& state) {
  Actions actions;
  if (framesToWait_ > 0) {
    --framesToWait_;
    return actions;
  }
  while (!finished() && actions.error.empty() && !actions.quit) {
    if (!run(commands_[next_], state, actions)) break;
    ++next_;
    if (endsFrame(commands_[next_ - 1].verb) || framesToWait_ > 0) break;
  }
  return actions;
}

bool ScriptRunner::run(const ScriptCommand& command, AppState& state, Actions& actions) {
  const std::vector<std::string>& args = command.args;
  UiIntents intents;
  switch (command.verb) {
    case ScriptVerb::Open:
      actions.open.push_back(folder_ / args[0]);
      return true;
    case ScriptVerb::WaitReady:
      if (!state.placedAtlas.ready() && !state.placedAtlas.busy() &&
          !state.placedAtlas.status().empty()) {
        actions.error = failure(command, state.placedAtlas.status());  // it will never be ready
        return true;
      }
      // Prepared: the atlas placed, the picking BVH and the levels of detail built.
      if (!state.placedAtlas.ready() || state.referral.busy() || state.buildingBvh()) return false;
      framesToWait_ = kSettleFrames;
      return true;
    case ScriptVerb::SelectPoint: {
      const auto& placed = state.placedAtlas.placed();
      const int found = args[0] == "none" ? -1 : placedIndexOf(placed, args[0]);
      if (found < 0 && args[0] != "none") {
        actions.error = failure(command, "no trigger point '" + args[0] + "' on this body" +
                                             (placed.empty() ? " (wait-ready first)" : ""));
        return true;
      }
      intents.selectTriggerPoint = found;
      intents.snapCamera = true;
      break;
    }
    case ScriptVerb::Technique:
      intents.chooseTechnique = std::max(0, command.whole(0) - 1);
      break;
    case ScriptVerb::SelectPart: {
      const auto& parts = state.body.model.parts;
      const auto found = std::find_if(parts.begin(), parts.end(),
                                      [&](const Part& p) { return p.name == args[0]; });
      if (found == parts.end()) {
        actions.error = failure(command, "no part named '" + args[0] + "'");
        return true;
      }
      intents.selectPart = static_cast<int>(found - parts.begin());
      break;
    }
    case ScriptVerb::Timer:
      intents.timerStart = args[0] == "start";
      intents.timerPause = args[0] == "pause";
      intents.timerRelease = args[0] == "release";
      intents.timerReset = args[0] == "reset";
      break;
    case ScriptVerb::Discomfort:
      intents.setDiscomfort = command.whole(0);
      break;
    case ScriptVerb::HowNow:
      intents.answerHowNow = command.whole(0);
      break;
    case ScriptVerb::Advance:
      clockOffset_ += command.number(0);
      return true;
    case ScriptVerb::View:
      intents.viewPreset = parseViewPreset(args[0]);
      intents.snapCamera = true;
      break;
    case ScriptVerb::Click:
      actions.click = glm::dvec2(command.number(0), command.number(1));
      return true;
    case ScriptVerb::ClickLandmark: {
      const auto [name, side] = splitSideLabel(args[0]);
      const BodyLandmarks* landmarks = state.placedAtlas.landmarks();
      const auto at = landmarks != nullptr ? landmarks->at(name, side) : std::nullopt;
      if (!at) {
        actions.error = failure(command, "no landmark '" + args[0] + "' on this body" +
                                             (landmarks == nullptr ? " (wait-ready first)" : ""));
        return true;
      }
      actions.clickWorld = *at;
      return true;
    }
    case ScriptVerb::PainMode:
      intents.setPainMode = args[0] == "on";
      break;
    case ScriptVerb::PainBrush:
      intents.setPainBrushRadius = 0.01f * static_cast<float>(command.number(0));
      intents.setPainEraser = args[1] == "eraser";
      if (args[1] != "eraser")
        intents.setPainLevel = args[1] == "mild" ? 1 : args[1] == "moderate" ? 2 : 3;
      break;
    case ScriptVerb::PainDab:
      if (state.placedAtlas.landmarks() == nullptr ||
          !state.placedAtlas.landmarks()->at(splitSideLabel(args[0]).first,
                                             splitSideLabel(args[0]).second)) {
        actions.error = failure(
            command, "no landmark '" + args[0] + "' on this body" +
                         (state.placedAtlas.landmarks() == nullptr ? " (wait-ready first)" : ""));
        return true;
      }
      intents.painDabAtPlace = args[0];
      break;
    case ScriptVerb::PainStroke:
      actions.stroke = strokeSamples(command, 0);
      return true;
    case ScriptVerb::PainUndo:
      intents.undoPainStroke = true;
      break;
    case ScriptVerb::PainClear:
      intents.clearPainDrawing = true;
      break;
    case ScriptVerb::Xray:
      intents.setXray = args[0] == "on";
      break;
    case ScriptVerb::Peel:
      intents.setPeel = command.whole(0);
      break;
    case ScriptVerb::Opacity: {
      const float opacity = std::min(static_cast<float>(command.number(1)), 1.0f);
      (args[0] == "skin"      ? intents.setSkinOpacity
       : args[0] == "muscles" ? intents.setMuscleOpacity
                              : intents.setBoneOpacity) = opacity;
      break;
    }
    case ScriptVerb::Frames:
      framesToWait_ = command.whole(0);
      return true;
    case ScriptVerb::Screenshot:
      actions.screenshot = folder_ / args[0];
      return true;
    case ScriptVerb::ViewImage:
      actions.viewImage = ViewPicture{command.whole(1), 0, 0, false, false, folder_ / args[0]};
      return true;
    case ScriptVerb::ExportView:
      actions.viewImage = ViewPicture{1,
                                      command.whole(1),
                                      command.whole(2),
                                      args[3].find("labels") != std::string::npos,
                                      args[3].find("legend") != std::string::npos,
                                      folder_ / args[0]};
      return true;
    case ScriptVerb::Layout:
      actions.layout = folder_ / args[0];
      return true;
    case ScriptVerb::UiScale:
      intents.setUiScale = static_cast<float>(command.whole(0)) / 100.0f;
      break;
    case ScriptVerb::Lesson: {
      // A file relative to the script's folder, else a lesson's name.
      const std::filesystem::path file = folder_ / args[0];
      std::error_code ec;
      intents.openLesson = std::filesystem::is_regular_file(file, ec) ? file.string() : args[0];
      intents.snapCamera = true;
      (void)applyIntents(intents, state);
      if (!state.lesson) actions.error = failure(command, state.statusMessage);
      return true;
    }
    case ScriptVerb::Step:
      if (!state.lesson) {
        actions.error = failure(command, "no lesson is open (lesson NAME first)");
        return true;
      }
      if (args[0] == "next" || args[0] == "prev")
        intents.stepBy = args[0] == "next" ? 1 : -1;
      else
        intents.goToStep = command.whole(0) - 1;
      intents.snapCamera = true;
      break;
    case ScriptVerb::Presenter:
      intents.setPresenter = args[0] == "on";
      break;
    case ScriptVerb::Labels: {
      const bool on = args[0] == "on";
      intents.setLabels = LabelLayers{on, on, on};
      break;
    }
    case ScriptVerb::Quiz:
      return runQuiz(command, state, actions);
    case ScriptVerb::Diary:
      runDiary(command, state, actions);
      return true;
    case ScriptVerb::Date:
      if (!state.recordsClock.setLocalDay(args[0]))
        actions.error = failure(command, "'" + args[0] + "' is not a date (YYYY-MM-DD)");
      return true;
    case ScriptVerb::Quit:
      actions.quit = true;
      return true;
  }
  (void)applyIntents(intents, state);
  return true;
}

}  // namespace myo
