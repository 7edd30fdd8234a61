// Bullets, warnings and numbered steps.
#include "ui/text_lists.h"

#include <imgui.h>

namespace myo {

void bulletLines(const std::vector<std::string>& lines) {
  for (const std::string& line : lines) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", line.c_str());
  }
}

void warningLines(const std::vector<std::string>& lines) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.93f, 0.42f, 0.32f, 1.0f));
  bulletLines(lines);
  ImGui::PopStyleColor();
}

void numberedLines(const std::vector<std::string>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    ImGui::Text("%zu.", i + 1);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", lines[i].c_str());
  }
}

}  // namespace myo
