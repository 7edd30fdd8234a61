// A search box with a clear (x) button beside it while it holds text, as the panels use it.
// ImGui only; edits the caller's text, draws nothing else.
#pragma once

#include <string>

#include "ui/item_probe.h"

namespace myo {

// Draws the box (full width, less the button while `text` is not empty); true when the user
// typed or cleared. The box is probed as `probeKey`, the button as `probeKey + "/clear"`.
// O(text length).
bool searchBox(const char* id, const char* hint, std::string& text, ItemProbe* probe,
               const std::string& probeKey);

}  // namespace myo
