// The lessons tab: the bundled and the user's lessons to open, and the open lesson — its steps
// (click one to show it), previous/next, the step's narration and the teacher's notes, what
// this body lacks — with the editor: add this view as a step, edit a step's title, narration
// and notes, reorder, delete, save. Reads LessonsView, returns intents; draws no scene.
#pragma once

#include <string>

#include "ui/item_probe.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

struct LessonsPanelMemory {
  std::string newTitle;  // the title typed for a new lesson
  // The editor's text, taken from the view whenever another lesson or step shows.
  std::string source, title, stepTitle, narration, notes;
  int editedStep = -1;
  bool editing = false;  // the editor's section is open
};

// Draws the tab into the current window. O(lessons + steps).
[[nodiscard]] UiIntents drawLessonsPanel(const UiStateView& view, LessonsPanelMemory& memory,
                                         ItemProbe* probe);

}  // namespace myo
