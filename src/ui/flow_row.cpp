// Widths from ImGui's style and font; the fit test against the last item's right edge.
#include "ui/flow_row.h"

#include <imgui.h>

namespace myo {

void sameLineIfFits(float width) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float lastRight = ImGui::GetItemRectMax().x;
  const float windowRight = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (lastRight + style.ItemSpacing.x + width <= windowRight) ImGui::SameLine();
}

float buttonWidth(const char* label) {
  return ImGui::CalcTextSize(label, nullptr, true).x + 2.0f * ImGui::GetStyle().FramePadding.x;
}

float textWidth(const char* text) {
  return ImGui::CalcTextSize(text, nullptr, true).x;
}

}  // namespace myo
