// The "Parts" panel: the model's parts as a tree grouped by kind, with a search box, visibility
// checkboxes per part and per group, and hover/select/frame intents. Reads UiStateView and
// returns UiIntents; never calls GL or touches geometry.
#pragma once

#include <string>

#include <imgui.h>

#include "ui/item_probe.h"
#include "ui/part_labels.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

struct PartsPanelMemory {
  std::string search;     // the search box text
  int revealedPart = -1;  // last selection scrolled into view (selections made here count too)
  int anchorPart = -1;    // the last plain click: where a Shift-click's run starts
};

// Draws the panel into the current window, filling its height. Call between NewFrame and
// Render. O(visible rows) per frame, plus O(parts × name) while searching.
[[nodiscard]] UiIntents drawPartsPanel(const UiStateView& view, PartsPanelMemory& memory,
                                       ItemProbe* probe = nullptr);

}  // namespace myo
