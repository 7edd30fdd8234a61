// "Where does it hurt?" (in the Trigger points panel) and AppState: the marked spot and the
// trigger points that may refer pain there, and the finder's intents: the mode, a chosen place,
// a click on the body. No GL, no window system.
#pragma once

#include "app/app_state.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// The brush and the drawing; the muscles (at most kPainMuscles, each with its points) whose
// trigger points best explain the drawing, or (with nothing drawn) whose zones cover the marked
// spot, from the best kPainCandidates points; the red flags near either. O(points · zones), or
// the drawing's ranking when it changed.
[[nodiscard]] PainFinderView makePainFinderView(const AppState& state);
inline constexpr std::size_t kPainMuscles = 6;
inline constexpr std::size_t kPainCandidates = 64;

// The surface the drawing lies on: the skin, or the muscles when the referral is painted on them
// (the skin hidden or clear); null until the atlas is placed. O(1).
[[nodiscard]] const PlacedAtlas::Surface* painSurface(const AppState& state);

// Applies the mode and a chosen landmark (either shows the sidebar's Points tab, where the
// results are), the brush's settings, undo and clear; a click on the body marks the spot in the
// mode and selects the part under it otherwise (none for empty space; with Ctrl it adds the part
// to the selection, or takes it out); a stroke's samples paint dabs in the mode. O(1), or
// O(selection) with Ctrl.
void applyPainFinderIntents(const UiIntents& intents, AppState& state);

}  // namespace myo
