// The Treat panel and AppState: the chosen point's treatment view, and choosing a point
// (referral, treatment and camera together), the technique, timer and slider intents. No GL, no
// window system.
#pragma once

#include "app/app_state.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// The chosen point, its techniques, the timer at state.clock and its logged holds. O(steps +
// log entries).
[[nodiscard]] TreatmentView makeTreatmentView(const AppState& state);

// Applies choosing or adding a point, the technique, the timer (start, pause, toggle, release,
// reset) and the sliders; choosing a point also starts its referral,
// picks its first technique and flies the camera to it. O(1) plus the referral's work.
void applyTreatmentIntents(const UiIntents& intents, AppState& state);

// Treats the first chosen point if it is not yet (chosen by --tp or a changed selection) and
// advances the hold timer to state.clock (holds are logged as they finish). True when its phase
// changed: the cue then shows for a moment and the caller sounds it if state.treatment.sound.
// O(changes).
bool updateTreatment(AppState& state);

}  // namespace myo
