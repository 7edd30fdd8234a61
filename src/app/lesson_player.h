// A lesson open in the window: which step shows, and a step turned into the intents that show
// it on this body (names resolved to parts and placed trigger points; what the body lacks is
// reported, not fatal), and the current view turned back into a step for the editor. No GL, no
// window system.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/lessons/lesson.h"
#include "ui/ui_intents.h"

namespace myo {

class AppState;

struct OpenLesson {
  Lesson lesson;
  std::filesystem::path source;      // the file, or "bundled/NAME.json"
  int step = 0;                      // index of the step shown
  std::vector<std::string> skipped;  // what the shown step names and this body lacks
  bool unsaved = false;              // edited since opened or saved
  bool waitingForBody = false;       // the step is shown once the atlas is placed on the body
};

// What showing `step` asks of the state: every part shown (or only the isolated muscles and the
// skeleton), the
// highlighted parts selected, the layers, the trigger points chosen with their referral time,
// the labels, and the step's camera; plus one line per name this body lacks ("infraspinatus_9.R:
// not on this body"). Needs the atlas placed for trigger points. O(names · parts).
struct StepIntents {
  UiIntents intents;
  std::vector<std::string> skipped;
};
[[nodiscard]] StepIntents stepIntents(const LessonStep& step, const AppState& state);

// The parts a lesson name stands for on this body: a catalogue muscle or a muscle group, on one
// side or both. O(parts).
[[nodiscard]] std::vector<int> partsOfLessonName(const std::string& name, const AppState& state);

// The window's current view as a step titled `title`: the camera's pose, the layers, the
// visible muscles (when not all parts show), the selection, the chosen trigger points and the
// referral's time, the labels. Narration is left for the teacher to write. O(parts).
[[nodiscard]] LessonStep stepFromView(const AppState& state, std::string title);

}  // namespace myo
