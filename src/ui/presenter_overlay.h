// Presenter mode's screen: around a full-width 3D view only a caption band (the lesson and step,
// the chosen point, or the quiz's question with class mode's countdown) and a narration band in
// room-sized, high-contrast type (the step's narration, the question or its answer and the
// class's tally, the chosen point's first warning sign), and a ring that shows the teacher's
// pointer while it moves. Reads UiStateView, returns intents; draws no scene.
#pragma once

#include "ui/dock_layout.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

struct PresenterMemory {
  float pointerX = -1.0f, pointerY = -1.0f;  // where the pointer was last frame
  double pointerMovedAt = -1e9;              // ImGui time of its last move, s
};

// Seconds the pointer ring (and the cursor, which the window hides) stays after a move.
inline constexpr double kPointerIdleSeconds = 2.5;

// Draws the bands across the top and bottom of `window` (the whole display) and the pointer
// ring; `viewArea` is set to the 3D view's rectangle between the bands. O(text).
[[nodiscard]] UiIntents drawPresenterOverlay(const UiStateView& view, const ScreenRect& window,
                                             PresenterMemory& memory, ScreenRect& viewArea);

}  // namespace myo
