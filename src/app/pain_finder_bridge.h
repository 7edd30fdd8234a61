// "Where does it hurt?" (in the Trigger points panel) and AppState: the marked spot and the
// trigger points that may refer pain there, and the finder's intents: the mode, a chosen place,
// a click on the body. No GL, no window system.
#pragma once

#include "app/app_state.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// The marked spot and the trigger points whose zones cover it, at most kPainRows. O(points ·
// zones).
[[nodiscard]] PainFinderView makePainFinderView(const AppState& state);
inline constexpr std::size_t kPainRows = 8;

// Applies the mode and a chosen landmark (either shows the sidebar's Points tab, where the
// results are); a click on the body marks the spot in the mode and selects the part under it
// otherwise (none for empty space; with Ctrl it adds the part to the selection, or takes it
// out). O(1), or O(selection) with Ctrl.
void applyPainFinderIntents(const UiIntents& intents, AppState& state);

}  // namespace myo
