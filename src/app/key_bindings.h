// The window's keys as intents: F frames the body, 1–6 the view presets, F12 a picture of the 3D
// view (Shift+F12 of the whole window), F2/F3 the sidebar and the inspector, and
// with a trigger point chosen Space (start/pause), Enter (release now) and R (reset) drive the
// hold timer. Keys reach the state only through the apply step. No GL.
#pragma once

#include "ui/ui_intents.h"

namespace myo {

// The intents of key `key` (a GLFW key code) pressed with modifier bits `mods` (GLFW_MOD_*);
// empty for an unbound key. O(1).
[[nodiscard]] UiIntents keyIntents(int key, int mods, bool pointChosen);

}  // namespace myo
