// The card of the selected part: for a muscle, what it does in plain words, where it attaches,
// its nerve and its trigger points (each one click from its referral), with isolate, show only
// this layer, frame and mirror to the other side. Reads MuscleCardView, returns intents; draws
// no scene.
#pragma once

#include "ui/item_probe.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// Draws the card into the current window; nothing when no part is selected. O(trigger points).
[[nodiscard]] UiIntents drawMuscleCard(const MuscleCardView& view, ItemProbe* probe);

}  // namespace myo
