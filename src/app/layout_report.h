// The window's layout as JSON for the `layout` script verb: the 3D view's rectangle and every
// drawn panel's, in window pixels, so tests and docs can prove that nothing covers the view.
// No GL, no window system.
#pragma once

#include <string>
#include <vector>

#include "ui/main_ui.h"

namespace myo {

// {"view": [x, y, w, h], "panels": {"name": [x, y, w, h], …}}, whole pixels. O(panels).
[[nodiscard]] std::string layoutJson(const ScreenRect& view, const std::vector<PanelRect>& panels);

}  // namespace myo
