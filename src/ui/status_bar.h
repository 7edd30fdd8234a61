// The bottom status bar: frame rate, triangle count, source file, GL renderer and the latest
// status message or warning. Reads UiStateView only; no GL, no intents.
#pragma once

#include "ui/ui_state_view.h"

namespace myo {

// Draws the status bar as a viewport side bar along the bottom edge, shrinking the viewport's
// work area for windows drawn after it. Call between NewFrame and Render. O(warnings) on hover.
void drawStatusBar(const UiStateView& view);

}  // namespace myo
