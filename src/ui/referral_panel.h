// The referred-pain panel: play, pause and scrub the animated referral of the chosen trigger
// points, set speed, loop and colormap, and read the legend (shade = how often, not how much).
// Reads ReferralView, returns intents; draws no scene.
#pragma once

#include <string>

#include "ui/item_probe.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// Draws the panel into the current window. O(1).
[[nodiscard]] UiIntents drawReferralPanel(const ReferralView& view, ItemProbe* probe);

}  // namespace myo
