// The Referred pain panel and AppState: the playback's view and its intents (play, scrub,
// speed, loop, colormap, isolines). No GL, no window system.
#pragma once

#include "app/app_state.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

[[nodiscard]] ReferralView makeReferralView(const AppState& state);    // O(selection)
void applyReferralIntents(const UiIntents& intents, AppState& state);  // O(1)

}  // namespace myo
