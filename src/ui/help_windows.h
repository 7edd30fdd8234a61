// The Help windows: "Controls" (mouse and key bindings) and "About". Static text only; no GL, no
// intents.
#pragma once

#include <span>

namespace myo {

// One row of the Controls window: the input, and what it does.
struct ControlBinding {
  const char* input;
  const char* action;
};

// Every key and gesture the Controls window lists, in its order. O(1).
[[nodiscard]] std::span<const ControlBinding> controlBindings();

// Draws the Controls window while `open`; the close button clears it. O(bindings).
void drawControlsWindow(bool& open);

// Draws the About window while `open`; the close button clears it. O(1).
void drawAboutWindow(bool& open);

}  // namespace myo
