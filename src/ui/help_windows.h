// The Help windows: "Controls" (mouse and key bindings) and "About". Static text only; no GL, no
// intents.
#pragma once

namespace myo {

// Draws the Controls window while `open`; the close button clears it. O(bindings).
void drawControlsWindow(bool& open);

// Draws the About window while `open`; the close button clears it. O(1).
void drawAboutWindow(bool& open);

}  // namespace myo
