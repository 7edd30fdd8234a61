// Paints the 3D view's labels onto a headless picture (`render --labels`) as the window draws
// them: the same placement, dark boxes with text in DejaVu Sans, leader lines and anchor dots,
// muscles white, trigger points orange, landmarks pale blue. CPU only (stb_truetype); no GL.
#pragma once

#include <vector>

#include "core/io/image.h"
#include "core/result.h"
#include "ui/ui_state_view.h"

namespace myo {

// Paints `labels` (anchors in px of `image`) with text `textPixels` high. Fails, leaving the
// image as it was, when the font (fonts-dejavu-core) cannot be read. O(pixels of the labels).
[[nodiscard]] Status paintSceneLabels(Image& image, const std::vector<SceneLabel>& labels,
                                      float textPixels);

}  // namespace myo
