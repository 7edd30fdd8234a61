// The referred-pain panel: choose trigger points (Ctrl-click adds, up to four), play, pause and
// scrub the animated referral,
// set speed, loop and colormap, and read the legend (shade = how often, not how much). Reads
// ReferralView, returns intents; draws no scene.
#pragma once

#include <string>

#include "ui/item_probe.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

struct ReferralPanelMemory {
  std::string filter;  // search text over the trigger point list
};

// Draws the panel as a window at the right edge of the work area. O(trigger points).
[[nodiscard]] UiIntents drawReferralPanel(const ReferralView& view, ReferralPanelMemory& memory,
                                          ItemProbe* probe);

}  // namespace myo
