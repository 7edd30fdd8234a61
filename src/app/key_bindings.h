// The window's keys as intents: F frames the body, 1–6 the view presets, F12 a picture of the 3D
// view (Shift+F12 of the whole window), F2/F3 the sidebar and the inspector, F11 presenter mode
// (Esc leaves it; Ctrl +/− its text size), T the turntable; with a lesson open Right, PageDown and
// Space go to the next step and Left and PageUp back (what a presentation clicker sends);
// otherwise, with a trigger point chosen, Space (start/pause), Enter (release now) and R (reset)
// drive the hold timer; in a class-mode quiz Right, PageDown, Space and Enter reveal the answer,
// then go on, and Up/Down step the tally of right answers. Keys reach the state only through
// the apply step. No GL.
#pragma once

#include "ui/ui_intents.h"

namespace myo {

// What decides a key's meaning besides the key.
struct KeyContext {
  bool pointChosen = false;   // a trigger point is chosen (the timer keys)
  bool lessonOpen = false;    // a lesson is open (the step keys)
  bool presenter = false;     // presenter mode is on (Esc, Ctrl +/−)
  bool turntable = false;     // the turntable turns (T toggles it)
  bool classQuiz = false;     // a class-mode quiz is under way (its keys win)
  bool quizRevealed = false;  // …and its answer is revealed
  bool diaryOpen = false;     // the pain diary's drawer is open (F4 toggles it)
};

// The intents of key `key` (a GLFW key code) pressed with modifier bits `mods` (GLFW_MOD_*);
// empty for an unbound key. O(1).
[[nodiscard]] UiIntents keyIntents(int key, int mods, const KeyContext& context);

}  // namespace myo
