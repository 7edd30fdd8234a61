// The layers panel: skin, muscle and bone opacity, X-ray, and peeling the muscles from the
// superficial to the deep layer. Reads LayersView, returns intents; draws no scene.
#pragma once

#include <imgui.h>

#include "ui/item_probe.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// Draws the panel as a small window over the parts list, at the lower left corner `bottomLeft`
// of the work area (screen pixels, bars left out). O(1).
[[nodiscard]] UiIntents drawLayersPanel(const LayersView& view, ImVec2 bottomLeft,
                                        ItemProbe* probe);

}  // namespace myo
