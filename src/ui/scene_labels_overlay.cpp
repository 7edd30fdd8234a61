// Measure, place, draw.
#include "ui/scene_labels_overlay.h"

#include <string>

#include <imgui.h>

#include "core/geometry/label_layout.h"

namespace myo {
namespace {

ImU32 colourOf(SceneLabel::Kind kind, bool dimmed) {
  const int alpha = dimmed ? 110 : 255;
  switch (kind) {
    case SceneLabel::Kind::Muscle:
      return IM_COL32(255, 255, 255, alpha);
    case SceneLabel::Kind::TriggerPoint:
      return IM_COL32(255, 170, 70, alpha);
    case SceneLabel::Kind::Landmark:
      return IM_COL32(150, 205, 255, alpha);
  }
  return IM_COL32(255, 255, 255, alpha);
}

// `text`, shortened with an ellipsis until it is at most `width` px wide as `measure` sizes
// it. O(length²) worst.
template <typename Measure>
std::string fitted(const std::string& text, float width, const Measure& measure) {
  if (measure(text).x <= width) return text;
  std::string cut = text;
  while (!cut.empty()) {
    // The last whole UTF-8 character: its continuation bytes, then its first byte.
    while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();
    if (!cut.empty()) cut.pop_back();
    const std::string shown = cut + "\u2026";
    if (measure(shown).x <= width) return shown;
  }
  return {};
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
  const float padding = 0.25f * size;
  const LabelLayoutOptions options{0.5f * size, 0.2f * size, 0.3f};
  const float widestText = options.columnShare * area.width - 2.0f * padding;
  std::vector<std::string> texts;
  std::vector<LabelRequest> requests;
  for (const SceneLabel& label : labels) {
    texts.push_back(fitted(label.text, widestText, measure));
    const ImVec2 text = measure(texts.back());
    requests.push_back({{label.x, label.y},
                        {text.x + 2.0f * padding, text.y + 2.0f * padding},
                        label.hidden,
                        label.keep});
  }
  const std::vector<PlacedLabel> placed =
      layoutLabels(requests, {{0.0f, 0.0f}, {area.width, area.height}}, options);
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  draw->PushClipRect(ImVec2(area.x, area.y), ImVec2(area.right(), area.bottom()));
  const ImVec2 origin(area.x, area.y);
  const float line = std::max(1.0f, 0.09f * size);
  for (const PlacedLabel& p : placed) {
    const SceneLabel& label = labels[p.request];
    const ImU32 colour = colourOf(label.kind, p.dimmed);
    const ImVec2 start(origin.x + p.leaderStart.x, origin.y + p.leaderStart.y);
    const ImVec2 anchor(origin.x + label.x, origin.y + label.y);
    draw->AddLine(start, anchor, IM_COL32(0, 0, 0, p.dimmed ? 60 : 140), line + 1.5f);  // halo
    draw->AddLine(start, anchor, colour, line);
    draw->AddCircleFilled(anchor, 2.0f * line + 1.0f, colour);
    const ImVec2 min(origin.x + p.box.min.x, origin.y + p.box.min.y);
    const ImVec2 max(origin.x + p.box.max().x, origin.y + p.box.max().y);
    draw->AddRectFilled(min, max, IM_COL32(12, 14, 18, p.dimmed ? 110 : 190), padding);
    draw->AddText(font, size, ImVec2(min.x + padding, min.y + padding), colour,
                  texts[p.request].c_str());
  }
  draw->PopClipRect();
}

}  // namespace myo
