// Paints the 3D view's labels onto pictures (`render --labels`, the window's exported view) as
// the window draws them: the same placement, dark boxes with text in DejaVu Sans, leader lines
// and anchor dots, muscles white, trigger points orange, landmarks pale blue; and the referral's
// colour legend. CPU only (stb_truetype); no GL.
#pragma once

#include <vector>

#include "core/io/image.h"
#include "core/referral/colormap.h"
#include "core/result.h"
#include "ui/ui_state_view.h"

namespace myo {

// Paints `labels` (anchors in px of `image`) with text `textPixels` high, their boxes kept out
// of the bottom `clearBottom` px (where a legend goes). Fails, leaving the image as it was,
// when the font (fonts-dejavu-core) cannot be read. O(pixels of the labels).
[[nodiscard]] Status paintSceneLabels(Image& image, const std::vector<SceneLabel>& labels,
                                      float textPixels, float clearBottom = 0.0f);

// The height (px) paintReferralLegend's box takes from the bottom edge, margin included. O(1).
[[nodiscard]] float referralLegendHeight(float textPixels);

// Paints the referral legend in the bottom-left corner: a dark box with "Referred pain", the
// `colormap` bar from "few patients" to "most patients" and what shade means, text
// `textPixels` high. Fails, leaving the image as it was, when the font cannot be read.
// O(pixels of the legend).
[[nodiscard]] Status paintReferralLegend(Image& image, Colormap colormap, float textPixels);

}  // namespace myo
