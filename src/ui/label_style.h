// How the 3D view's labels look and where they go, shared by the window (ImGui) and headless
// pictures: colours by kind, the box behind the text, sizes relative to the text, and the
// placement of text measured by the caller's font. No ImGui, no GL.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/geometry/label_layout.h"
#include "core/text/ellipsis.h"
#include "ui/ui_state_view.h"

namespace myo {

using LabelRgba = std::array<float, 4>;  // 0–1 each

// Muscles white, trigger points warm orange, landmarks pale blue; dimmed ones at 43 %. O(1).
[[nodiscard]] inline LabelRgba labelColour(SceneLabel::Kind kind, bool dimmed) {
  const float a = dimmed ? 0.43f : 1.0f;
  switch (kind) {
    case SceneLabel::Kind::TriggerPoint:
      return {1.0f, 0.667f, 0.275f, a};
    case SceneLabel::Kind::Landmark:
      return {0.588f, 0.804f, 1.0f, a};
    case SceneLabel::Kind::Muscle:
      break;
  }
  return {1.0f, 1.0f, 1.0f, a};
}

// The box behind a label's text and the dark halo under its leader line.
[[nodiscard]] inline LabelRgba labelBoxColour(bool dimmed) {
  return {0.047f, 0.055f, 0.071f, dimmed ? 0.43f : 0.75f};
}
[[nodiscard]] inline LabelRgba labelHaloColour(bool dimmed) {
  return {0.0f, 0.0f, 0.0f, dimmed ? 0.25f : 0.55f};
}

// Label text height (px) at UI scale 1: the UI font's size, which headless pictures scale too.
inline constexpr float kLabelTextPixels = 15.0f;

// Sizes as shares of the text height: padding inside the box, the column margin and gap, the
// leader line's width; and the widest a column may be.
inline constexpr float kLabelPadding = 0.25f, kLabelMargin = 0.5f, kLabelGap = 0.2f,
                       kLabelLine = 0.09f, kLabelColumnShare = 0.3f;

// Labels placed in a view: each one's text as shown (cut to its column) and its box.
struct LabelPlacement {
  std::vector<std::string> texts;  // per label, in the labels' order
  std::vector<PlacedLabel> placed;
  float padding = 0.0f;  // px between a box's edge and its text
};

// Cuts each label's text to fit its column, sizes its box from `textWidth(text)` (px) and
// `lineHeight` (px) with padding, and places the boxes in a `width` x `height` view, all sizes
// from `textPixels`. O(labels · measure + layout).
template <typename TextWidth>
[[nodiscard]] LabelPlacement placeSceneLabels(const std::vector<SceneLabel>& labels, float width,
                                              float height, float textPixels, float lineHeight,
                                              const TextWidth& textWidth) {
  LabelPlacement out;
  out.padding = kLabelPadding * textPixels;
  const LabelLayoutOptions options{kLabelMargin * textPixels, kLabelGap * textPixels,
                                   kLabelColumnShare};
  const float widest = options.columnShare * width - 2.0f * out.padding;
  std::vector<LabelRequest> requests;
  for (const SceneLabel& label : labels) {
    out.texts.push_back(withEllipsis(label.text, widest, textWidth));
    requests.push_back(
        {{label.x, label.y},
         {textWidth(out.texts.back()) + 2.0f * out.padding, lineHeight + 2.0f * out.padding},
         label.hidden,
         label.keep});
  }
  out.placed = layoutLabels(requests, {{0.0f, 0.0f}, {width, height}}, options);
  return out;
}

}  // namespace myo
