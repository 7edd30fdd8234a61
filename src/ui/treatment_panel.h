// The treatment panel for the chosen trigger point: its techniques as numbered steps, with the
// contraindications and when to see a professional one click away; the hold timer as a large
// ring and countdown readable across a room, its controls (Space, R, Enter also work), hold
// length and discomfort sliders, the sound cue, and this point's past holds. Reads
// TreatmentView, returns intents; draws no scene.
#pragma once

#include "ui/item_probe.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// Draws the panel into the current window; nothing until a point is chosen. O(steps + past
// holds).
// `showWarnings`: open the warning signs and scroll them to the top of the window;
// `warningsInView`, when given, is set to whether their header and first lines are on screen.
[[nodiscard]] UiIntents drawTreatmentPanel(const TreatmentView& view, ItemProbe* probe,
                                           bool showWarnings = false,
                                           bool* warningsInView = nullptr);

}  // namespace myo
