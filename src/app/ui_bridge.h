// AppState → the panels: the read-only view they draw from, assembled from each panel's bridge.
// Their intents go back through the apply step (app/apply_intents). No GL, no window system.
#pragma once

#include <string>

#include "app/app_state.h"
#include "app/trigger_point_bridge.h"
#include "ui/ui_state_view.h"

namespace myo {

// What the view keeps between frames so that an unchanged frame repeats no search.
struct UiViewCache {
  TriggerPointListCache pointList;
};

// Snapshot of the state for the panels: part rows are views into the state's names, the search
// list comes from `cache` unless its inputs changed. O(parts + the chosen point's texts).
[[nodiscard]] UiStateView makeUiStateView(const AppState& state, UiViewCache& cache, float fps,
                                          const std::string& renderer);

}  // namespace myo
