// When the window must keep drawing frames and when it may sleep until the next input: an idle
// window uses no CPU. No GL, no window system.
#pragma once

#include "app/app_state.h"

namespace myo {

// True while something changes on screen without input: the camera easing, a referral playing
// or being computed, the atlas being placed, the picking BVH being built, the hold timer
// running, its phase-change cue showing, or a new body waiting to be fitted. O(1).
[[nodiscard]] bool animating(const AppState& state);

// Frames still drawn after the last input, so that hover and layout settle (ImGui lays out
// with the previous frame's sizes).
inline constexpr int kFramesAfterInput = 3;

}  // namespace myo
