// Draws the 3D view's labels as an atlas does: text in columns at the view's sides, thin leader
// lines to dots on their anchors, muscles in white, trigger points in warm orange, landmarks in
// pale blue, dimmed when the anchor is behind the body. Places them with core's label layout;
// draws on ImGui's background list (over the scene, under the panels). No scene drawing.
#pragma once

#include <vector>

#include "ui/dock_layout.h"
#include "ui/ui_state_view.h"

namespace myo {

// Draws `labels` (anchors in px from `area`'s corner) into `area` with text `textPixels` high
// (0: the UI font's size, which follows the UI scale). O(n log n) plus text.
void drawSceneLabels(const std::vector<SceneLabel>& labels, const ScreenRect& area,
                     float textPixels = 0.0f);

}  // namespace myo
