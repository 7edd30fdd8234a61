// AppState → the panels: the read-only view they draw from, assembled from each panel's bridge.
// Their intents go back through the apply step (app/apply_intents). No GL, no window system.
#pragma once

#include <string>

#include "app/app_state.h"
#include "ui/ui_state_view.h"

namespace myo {

// Snapshot of the state for the panels. O(parts + the chosen point's texts).
[[nodiscard]] UiStateView makeUiStateView(const AppState& state, float fps,
                                          const std::string& renderer);

}  // namespace myo
