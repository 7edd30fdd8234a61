// The window's keys as intents: F frames the body, 1–6 the view presets, F12 a screenshot, and
// with a trigger point chosen Space (start/pause), Enter (release now) and R (reset) drive the
// hold timer. Keys reach the state only through the apply step. No GL.
#pragma once

#include "ui/ui_intents.h"

namespace myo {

// The intents of key `key` (a GLFW key code) pressed; empty for an unbound key. O(1).
[[nodiscard]] UiIntents keyIntents(int key, bool pointChosen);

}  // namespace myo
