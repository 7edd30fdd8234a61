// The trigger point panel: "where does it hurt?" (mark a spot, see the trigger points that may
// refer pain there), filter by body region, search by muscle, place, symptom or diagnosis,
// choose a point (Ctrl-click adds one to the referral, up to four); and what the chosen point
// feels like, mimics, and how to look after it. Reads TriggerPointListView and
// TreatmentView, returns intents; draws no scene.
#pragma once

#include <string>

#include "ui/item_probe.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

struct TriggerPointPanelMemory {
  std::string query;        // the search box's text
  std::string placeFilter;  // the text searched for in "choose a place"
};

// Draws the finder, filter, search and list into the current window, the list filling its
// height. O(listed points).
[[nodiscard]] UiIntents drawTriggerPointPanel(const UiStateView& view,
                                              TriggerPointPanelMemory& memory, ItemProbe* probe);

// Draws what the chosen point feels like, what it can be mistaken for, self-care, cautions and
// sources into the current window (its warnings are the Treat panel's); nothing when no point
// is chosen. O(lines).
void drawTriggerPointDetails(const TreatmentView& treatment);

}  // namespace myo
