// Measure, place, draw.
#include "ui/scene_labels_overlay.h"

#include <string>

#include <imgui.h>

#include "ui/label_style.h"

namespace myo {
namespace {

ImU32 packed(const LabelRgba& c) {
  return ImGui::ColorConvertFloat4ToU32(ImVec4(c[0], c[1], c[2], c[3]));
}

}  // namespace

void drawSceneLabels(const std::vector<SceneLabel>& labels, const ScreenRect& area,
                     float textPixels) {
  if (labels.empty() || area.empty()) return;
  ImFont* font = ImGui::GetFont();
  const float size = textPixels > 0.0f ? textPixels : ImGui::GetFontSize();
  const auto measure = [&](const std::string& text) {
    return font->CalcTextSizeA(size, 1e9f, 0.0f, text.c_str());
  };
  const LabelPlacement placement =
      placeSceneLabels(labels, area.width, area.height, size, measure(" ").y,
                       [&](const std::string& text) { return measure(text).x; });
  const float padding = placement.padding;
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  draw->PushClipRect(ImVec2(area.x, area.y), ImVec2(area.right(), area.bottom()));
  const ImVec2 origin(area.x, area.y);
  const float line = std::max(1.0f, kLabelLine * size);
  for (const PlacedLabel& p : placement.placed) {
    const SceneLabel& label = labels[p.request];
    const ImU32 colour = packed(labelColour(label.kind, p.dimmed));
    const ImVec2 start(origin.x + p.leaderStart.x, origin.y + p.leaderStart.y);
    const ImVec2 anchor(origin.x + label.x, origin.y + label.y);
    draw->AddLine(start, anchor, packed(labelHaloColour(p.dimmed)), line + 1.5f);
    draw->AddLine(start, anchor, colour, line);
    draw->AddCircleFilled(anchor, 2.0f * line + 1.0f, colour);
    const ImVec2 min(origin.x + p.box.min.x, origin.y + p.box.min.y);
    const ImVec2 max(origin.x + p.box.max().x, origin.y + p.box.max().y);
    draw->AddRectFilled(min, max, packed(labelBoxColour(p.dimmed)), padding);
    draw->AddText(font, size, ImVec2(min.x + padding, min.y + padding), colour,
                  placement.texts[p.request].c_str());
  }
  draw->PopClipRect();
}

}  // namespace myo
