// The Referred pain panel and AppState: the playback's view and its intents (play, scrub,
// speed, loop, colormap, isolines). No GL, no window system.
#pragma once

#include "app/app_state.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

[[nodiscard]] ReferralView makeReferralView(const AppState& state);    // O(selection)
void applyReferralIntents(const UiIntents& intents, AppState& state);  // O(1)
// Paints referrals where they can be seen: on the skin while it shows, on the muscles once it is
// hidden or clear; call every frame. O(parts).
void paintWhereSeen(AppState& state);
// Once a chosen point's referral is painted, turns the camera to the knot and the zones it
// lights and fits them to the 3D view; call every frame. O(painted vertices) once, else O(1).
void frameChosenReferral(AppState& state);

}  // namespace myo
