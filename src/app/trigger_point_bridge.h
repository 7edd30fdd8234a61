// The Trigger points panel's list and AppState: the placed points matching the search, best
// first, and the search intents (query, region). No GL, no window system.
#pragma once

#include "app/app_state.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// The placed points matching state.pointQuery in state.pointRegion. O(points · query).
[[nodiscard]] TriggerPointListView makeTriggerPointList(const AppState& state);

// Applies the search query and region. O(1).
void applyTriggerPointIntents(const UiIntents& intents, AppState& state);

}  // namespace myo
