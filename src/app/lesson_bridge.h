// The lessons tab and AppState: the list and the open lesson as the tab shows them, and the
// lesson intents (open, close, step, edit, save). Showing a step sends the step's intents
// through the apply step like any other input. No GL, no window system.
#pragma once

#include <optional>

#include "app/app_state.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// The lessons tab's view of the state. O(lessons + steps).
[[nodiscard]] LessonsView makeLessonsView(const AppState& state);

// Applies opening, closing, stepping and editing; returns the intents that show the step now
// shown, when it changed and the body is ready for it (else the lesson waits, see below).
// Problems (a lesson that does not open, a save that fails) go to the status line, one line
// naming the file. O(lesson) plus reading a file.
[[nodiscard]] std::optional<UiIntents> applyLessonIntents(const UiIntents& intents,
                                                          AppState& state);

// The intents that show the open lesson's step once the atlas is placed on the body, when it
// was waiting for that; call every frame. O(1) while nothing waits.
[[nodiscard]] std::optional<UiIntents> lessonStepWhenReady(AppState& state);

// Reads the lessons tab's list again (bundled and the user's folder). O(total size).
void refreshLessonList(AppState& state);

}  // namespace myo
