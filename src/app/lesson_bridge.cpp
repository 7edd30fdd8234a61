// Lesson intents: open and step through a lesson, edit and save it.
#include "app/lesson_bridge.h"

#include <algorithm>

#include "core/lessons/lesson_file.h"

namespace myo {
namespace {

// One status line for a list of problems: the first, and how many more.
std::string problemLine(const std::vector<Error>& errors) {
  if (errors.empty()) return {};
  std::string line = errors.front().message();
  if (errors.size() > 1) line += " (and " + std::to_string(errors.size() - 1) + " more)";
  return line;
}

// Keeps in the records that the open lesson's current step was shown (a lesson's name is its
// file's stem, as the lessons tab lists it). O(log n).
void noteStepSeen(AppState& state) {
  const OpenLesson& open = *state.lesson;
  const std::string name = open.source.stem().string();
  std::vector<int>& seen = state.lessonProgress[name];
  if (std::find(seen.begin(), seen.end(), open.step) != seen.end()) return;
  seen.push_back(open.step);
  if (!state.records) return;
  if (const Status kept =
          state.records->markLessonStep(name, open.step, utcTimestamp(state.recordsClock.now()));
      !kept)
    state.statusMessage = "Lesson progress: " + kept.error().message();
}

// The intents that show the open lesson's current step, or none while the body is not ready.
std::optional<UiIntents> showStep(AppState& state) {
  OpenLesson& open = *state.lesson;
  if (!state.placedAtlas.ready()) {
    open.waitingForBody = true;
    return std::nullopt;
  }
  open.waitingForBody = false;
  noteStepSeen(state);
  StepIntents shown = stepIntents(open.lesson.steps[static_cast<std::size_t>(open.step)], state);
  open.skipped = std::move(shown.skipped);
  if (!open.skipped.empty()) {
    std::string line = "Step " + std::to_string(open.step + 1) + " skipped ";
    for (std::size_t i = 0; i < open.skipped.size(); ++i)
      line += (i == 0 ? "" : "; ") + open.skipped[i];
    state.statusMessage = line;
  }
  return std::move(shown.intents);
}

void open(const std::string& fileOrName, AppState& state) {
  std::filesystem::path source;
  LessonLoad load = openLesson(fileOrName, state.lessonsFolder, state.placedAtlas.atlas(), source);
  if (!load.lesson) {
    state.statusMessage = problemLine(load.errors);
    return;
  }
  state.lesson.emplace();
  state.lesson->lesson = std::move(*load.lesson);
  state.lesson->source = source;
  state.dock.tab = SidebarTab::Lessons;
  state.statusMessage = "Opened lesson " + state.lesson->lesson.title;
}

// Where a save of the open lesson goes: a bundled lesson into the user's folder (where it is
// then found first by its name), any other back to its file.
std::filesystem::path saveTarget(const AppState& state) {
  const std::filesystem::path& source = state.lesson->source;
  return isBundledLesson(source) ? state.lessonsFolder / source.filename() : source;
}

void save(AppState& state) {
  OpenLesson& open = *state.lesson;
  const std::filesystem::path target = saveTarget(state);
  // Never write a lesson that would not open again.
  const LessonLoad check =
      parseLesson(lessonJson(open.lesson), target.string(), bundledLessonSchema());
  if (!check.lesson) {
    state.statusMessage = "Not saved: " + problemLine(check.errors);
    return;
  }
  if (const Status saved = saveLesson(open.lesson, target); !saved) {
    state.statusMessage = "Not saved: " + saved.error().message();
    return;
  }
  open.source = target;
  open.unsaved = false;
  state.statusMessage = "Saved lesson to " + target.string();
  refreshLessonList(state);
}

// Applies one edit; true when the shown step changed and must be shown again.
bool edit(const LessonEdit& change, AppState& state) {
  if (change.kind == LessonEdit::Kind::NewLesson) {
    Lesson lesson;
    lesson.title = change.text.empty() ? "New lesson" : change.text;
    lesson.steps.push_back(stepFromView(state, "Step 1"));
    state.lesson.emplace();
    state.lesson->lesson = std::move(lesson);
    state.lesson->source = state.lessonsFolder / (lessonFileName(change.text) + ".json");
    state.lesson->unsaved = true;
    state.dock.tab = SidebarTab::Lessons;
    return false;
  }
  if (!state.lesson) return false;
  OpenLesson& open = *state.lesson;
  std::vector<LessonStep>& steps = open.lesson.steps;
  const int count = static_cast<int>(steps.size());
  const int index = change.step < 0 ? open.step : change.step;
  if (index < 0 || index >= count) return false;
  LessonStep& step = steps[static_cast<std::size_t>(index)];
  open.unsaved = change.kind != LessonEdit::Kind::Save;
  switch (change.kind) {
    case LessonEdit::Kind::NewLesson:
      return false;
    case LessonEdit::Kind::AddView: {
      const std::string title =
          change.text.empty() ? "Step " + std::to_string(index + 2) : change.text;
      steps.insert(steps.begin() + index + 1, stepFromView(state, title));
      open.step = index + 1;
      return false;  // it shows what is on screen already
    }
    case LessonEdit::Kind::ReplaceView: {
      LessonStep replaced = stepFromView(state, step.title);
      replaced.narration = std::move(step.narration);
      replaced.teacherNotes = std::move(step.teacherNotes);
      step = std::move(replaced);
      return false;  // it shows what is on screen already
    }
    case LessonEdit::Kind::SetLessonTitle:
      open.lesson.title = change.text;
      return false;
    case LessonEdit::Kind::SetTitle:
      step.title = change.text;
      return false;
    case LessonEdit::Kind::SetNarration:
      step.narration = change.text;
      return false;
    case LessonEdit::Kind::SetNotes:
      step.teacherNotes = change.text;
      return false;
    case LessonEdit::Kind::MoveUp:
    case LessonEdit::Kind::MoveDown: {
      const int other = index + (change.kind == LessonEdit::Kind::MoveUp ? -1 : 1);
      if (other < 0 || other >= count) return false;
      std::swap(steps[static_cast<std::size_t>(index)], steps[static_cast<std::size_t>(other)]);
      if (open.step == index) open.step = other;
      return false;
    }
    case LessonEdit::Kind::Delete:
      if (count == 1) {
        state.statusMessage = "A lesson keeps at least one step";
        return false;
      }
      {
        const bool shownDeleted = index == open.step;
        steps.erase(steps.begin() + index);
        if (index < open.step) --open.step;
        open.step = std::min(open.step, count - 2);
        return shownDeleted;  // the step after it (or before, at the end) shows now
      }
    case LessonEdit::Kind::Save:
      save(state);
      return false;
  }
  return false;
}

}  // namespace

LessonsView makeLessonsView(const AppState& state) {
  LessonsView view;
  for (const LessonEntry& entry : state.lessons) {
    const auto seen = state.lessonProgress.find(entry.name);
    view.entries.push_back({entry.name, entry.title, entry.audience, entry.steps,
                            entry.file.empty(),
                            entry.problems.empty() ? "" : entry.problems.front().message(),
                            seen == state.lessonProgress.end() ? 0 : seen->second.size()});
  }
  if (!state.lesson) return view;
  const OpenLesson& open = *state.lesson;
  view.open = true;
  view.title = open.lesson.title;
  view.audience = open.lesson.audience;
  view.source = open.source.string();
  for (const LessonStep& step : open.lesson.steps) view.stepTitles.push_back(step.title);
  view.step = open.step;
  const LessonStep& shown = open.lesson.steps[static_cast<std::size_t>(open.step)];
  view.narration = shown.narration;
  view.teacherNotes = shown.teacherNotes;
  view.skipped = open.skipped;
  view.unsaved = open.unsaved;
  return view;
}

std::optional<UiIntents> applyLessonIntents(const UiIntents& intents, AppState& state) {
  bool show = false;
  if (intents.closeLesson) state.lesson.reset();
  if (intents.openLesson) {
    open(*intents.openLesson, state);
    show = state.lesson.has_value();
  }
  if (intents.editLesson) show = edit(*intents.editLesson, state) || show;
  if (state.lesson && (intents.goToStep || intents.stepBy != 0)) {
    OpenLesson& open = *state.lesson;
    const int last = static_cast<int>(open.lesson.steps.size()) - 1;
    const int wanted = std::clamp(intents.goToStep.value_or(open.step) + intents.stepBy, 0, last);
    show = show || wanted != open.step || intents.goToStep.has_value();
    open.step = wanted;
  }
  if (!show || !state.lesson) return std::nullopt;
  return showStep(state);
}

std::optional<UiIntents> lessonStepWhenReady(AppState& state) {
  if (!state.lesson || !state.lesson->waitingForBody || !state.placedAtlas.ready())
    return std::nullopt;
  return showStep(state);
}

void refreshLessonList(AppState& state) {
  state.lessons = listLessons(state.lessonsFolder, state.placedAtlas.atlas());
}

}  // namespace myo
