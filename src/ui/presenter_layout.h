// Presenter mode's sizes: text for the back of a room, from the screen's height in pixels and
// (when the monitor reports it) in millimetres, and the caption and narration bands it needs.
// Pure arithmetic; no ImGui, no GL.
#pragma once

#include "ui/dock_layout.h"

namespace myo {

// Narration text height in pixels: a 24th of the screen's height (45 px at 1080 lines, what
// reads from the back of a classroom on a projector), at least 7 mm where the monitor's height
// in mm is known (> 0), times 1.15 per Ctrl +/− step (`steps`, −4 – 8). O(1).
[[nodiscard]] float presenterTextPixels(float screenPixels, float screenMillimetres, int steps);

// The caption band across the top and the narration band across the bottom of `window`, for
// text of `textPixels` and a narration of `narrationLines` wrapped lines (at most 4 are shown;
// the caption is 0.8 times the text). Whole pixels; the 3D view takes the height between them.
struct PresenterRects {
  ScreenRect caption, narration;
};
[[nodiscard]] PresenterRects presenterLayout(const ScreenRect& window, float textPixels,
                                             int narrationLines);

}  // namespace myo
