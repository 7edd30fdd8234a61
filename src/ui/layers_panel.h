// The layers panel: skin, muscle and bone opacity, X-ray, and peeling the muscles from the
// superficial to the deep layer. Reads LayersView, returns intents; draws no scene.
#pragma once

#include <imgui.h>

#include "ui/item_probe.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// Draws the panel into the current window. O(1).
[[nodiscard]] UiIntents drawLayersPanel(const LayersView& view, ItemProbe* probe);

}  // namespace myo
