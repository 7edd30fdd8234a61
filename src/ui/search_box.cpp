// Search box with a clear button.
#include "ui/search_box.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace myo {

bool searchBox(const char* id, const char* hint, std::string& text, ItemProbe* probe,
               const std::string& probeKey) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const bool searching = !text.empty();
  const float clearWidth = ImGui::CalcTextSize("x").x + 2.0f * style.FramePadding.x;
  ImGui::SetNextItemWidth(searching ? -(clearWidth + style.ItemSpacing.x) : -FLT_MIN);
  bool changed = ImGui::InputTextWithHint(id, hint, &text);
  probeLastItem(probe, probeKey);
  if (searching) {
    ImGui::SameLine();
    ImGui::PushID(id);
    if (ImGui::Button("x")) {
      text.clear();
      changed = true;
    }
    probeLastItem(probe, probeKey + "/clear");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Clear the search");
    ImGui::PopID();
  }
  return changed;
}

}  // namespace myo
