// The export dialog: a modal popup over the window.
#include "ui/export_view_dialog.h"

#include <algorithm>
#include <iterator>

#include <imgui.h>
#include <imgui_stdlib.h>

namespace myo {
namespace {

constexpr const char* kTitle = "Export 3D view";

struct SizeItem {
  const char* label;
  int times, width, height;  // a multiple of the view, or a fixed size (times 0)
};
constexpr SizeItem kSizes[] = {{"The view's size", 1, 0, 0},
                               {"Twice the view's size", 2, 0, 0},
                               {"1920 \u00d7 1080 (Full HD)", 0, 1920, 1080},
                               {"2560 \u00d7 1440", 0, 2560, 1440},
                               {"3840 \u00d7 2160 (4K)", 0, 3840, 2160},
                               {"Custom size", 0, -1, -1}};
constexpr int kCustom = static_cast<int>(std::size(kSizes)) - 1;

ViewPicture requestOf(const ExportViewMemory& memory) {
  const SizeItem& size = kSizes[memory.size];
  ViewPicture picture;
  picture.times = std::max(1, size.times);
  if (size.times == 0) {
    picture.width = memory.width;
    picture.height = memory.height;
  }
  picture.labels = memory.labels;
  picture.legend = memory.legend;
  picture.file = memory.file;
  return picture;
}

}  // namespace

UiIntents drawExportViewDialog(const UiStateView& view, ExportViewMemory& memory,
                               ItemProbe* probe) {
  UiIntents intents;
  if (memory.open && !ImGui::IsPopupOpen(kTitle)) ImGui::OpenPopup(kTitle);
  if (!ImGui::BeginPopupModal(kTitle, &memory.open, ImGuiWindowFlags_AlwaysAutoResize))
    return intents;
  probeLastItem(probe, "export/window");
  const float width = 22.0f * ImGui::GetFontSize();
  ImGui::SetNextItemWidth(width);
  if (ImGui::BeginCombo("Size", kSizes[memory.size].label)) {
    for (int i = 0; i < static_cast<int>(std::size(kSizes)); ++i)
      if (ImGui::Selectable(kSizes[i].label, i == memory.size)) {
        memory.size = i;
        if (kSizes[i].width > 0) {
          memory.width = kSizes[i].width;
          memory.height = kSizes[i].height;
        }
      }
    ImGui::EndCombo();
  }
  probeLastItem(probe, "export/size");
  if (memory.size == kCustom) {
    ImGui::SetNextItemWidth(width);
    if (ImGui::InputInt2("Pixels", &memory.width)) {
      memory.width = std::clamp(memory.width, 16, 16384);
      memory.height = std::clamp(memory.height, 16, 16384);
    }
    probeLastItem(probe, "export/pixels");
  }
  ImGui::TextDisabled("The view's camera; a wider or narrower picture shows more at the sides.");
  ImGui::Checkbox("Labels", &memory.labels);
  probeLastItem(probe, "export/labels");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("The muscle and trigger point labels, as the view places them");
  const bool painted = !view.referral.selection.empty();
  ImGui::BeginDisabled(!painted);
  ImGui::Checkbox("Colour legend", &memory.legend);
  ImGui::EndDisabled();
  probeLastItem(probe, "export/legend");
  if (!painted) ImGui::TextDisabled("The legend needs a trigger point's referral on show.");
  ImGui::SetNextItemWidth(width);
  ImGui::InputTextWithHint("File", "a dated file in your screenshots folder", &memory.file);
  probeLastItem(probe, "export/file");
  if (ImGui::Button("Export")) {
    intents.saveViewImage = requestOf(memory);
    memory.open = false;
    ImGui::CloseCurrentPopup();
  }
  probeLastItem(probe, "export/export");
  ImGui::SameLine();
  if (ImGui::Button("Cancel")) {
    memory.open = false;
    ImGui::CloseCurrentPopup();
  }
  probeLastItem(probe, "export/cancel");
  ImGui::EndPopup();
  return intents;
}

}  // namespace myo
