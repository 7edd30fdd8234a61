// The trigger point and treatment side of the panels: builds the search list and the chosen
// point's treatment view from AppState, and applies choosing a point (referral, treatment and
// camera together), the search, technique, timer and slider intents. No GL, no window system.
#pragma once

#include "app/app_state.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// The placed points matching state.pointQuery in state.pointRegion, best first (both sides of a
// point together). O(atlas text).
[[nodiscard]] TriggerPointListView makeTriggerPointList(const AppState& state);

// The chosen point, its techniques, the timer at state.clock and its logged holds. O(steps +
// log entries).
[[nodiscard]] TreatmentView makeTreatmentView(const AppState& state);

// Applies the trigger point and treatment intents; choosing a point also starts its referral,
// picks its first technique and flies the camera to it. O(1) plus the referral's work.
void applyTreatmentIntents(const UiIntents& intents, AppState& state);

// Treats the first chosen point if it is not yet (chosen by --tp or a changed selection) and
// advances the hold timer to state.clock (holds are logged as they finish). True when its phase
// changed: the cue then shows for a moment and the caller sounds it if state.treatment.sound.
// O(changes).
bool updateTreatment(AppState& state);

}  // namespace myo
