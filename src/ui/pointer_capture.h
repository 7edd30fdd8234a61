// Whether a mouse press belongs to the panels or to the 3D view under them. ImGui decides from
// the pointer position it saw last frame; a press that arrives in the same frame as the pointer's
// move (a frame is about 250 ms on llvmpipe) is judged where it happened, against the windows
// ImGui drew last frame. ImGui only; no app state.
#pragma once

namespace myo {

// True when a press at window pixel (x, y) is the panels': ImGui wants the mouse and has seen
// the pointer there, or a popup is open, or a window drawn last frame (taking mouse input) lies
// under (x, y). O(windows).
[[nodiscard]] bool panelsTakePress(double x, double y);

}  // namespace myo
