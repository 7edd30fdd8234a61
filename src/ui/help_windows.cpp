// The Controls and About windows.
#include "ui/help_windows.h"

#include <array>

#include <imgui.h>

namespace myo {
namespace {

constexpr std::array<ControlBinding, 36> kBindings{{
    {"Left drag", "Rotate the body"},
    {"Right or middle drag", "Pan"},
    {"Mouse wheel", "Zoom towards the cursor"},
    {"Click a part", "Select it"},
    {"Ctrl-click a part", "Add it to the selection (or take it out)"},
    {"Click the body (Where does it hurt?)", "Mark the painful spot"},
    {"Shift-drag on the body (Where does it hurt?)", "Paint where it hurts with the brush"},
    {"Shift-drag on the body (Where does it refer?)", "Paint the answer as a brush stroke"},
    {"Double-click the body", "Centre the view on that point"},
    {"1 / 2", "Front / back view"},
    {"3 / 4", "Left / right view"},
    {"5 / 6", "Top / three-quarter view"},
    {"F", "Frame the whole model"},
    {"F12", "Save the 3D view as a picture (no panels)"},
    {"Shift+F12", "Save the whole window as a picture"},
    {"F2 / F3", "Show or hide the sidebar / the inspector"},
    {"F4", "Open or close the pain diary"},
    {"Drag a panel's inner edge", "Make the sidebar or the inspector wider"},
    {"\u00ab / \u00bb", "Collapse the sidebar / the inspector to a strip"},
    {"Space (no lesson open)", "Start, pause or resume the timer"},
    {"Enter", "Release now: the spot eased"},
    {"R", "Reset the hold timer"},
    {"Right / PageDown / Space (a lesson open)", "Next step"},
    {"Left / PageUp (a lesson open)", "Previous step"},
    {"F11", "Presenter mode on or off (Esc leaves it)"},
    {"Ctrl + / Ctrl - (presenter mode)", "Larger / smaller text"},
    {"T", "Turntable: the body turns slowly"},
    {"Trigger points: click", "Choose a point, play its referral"},
    {"Trigger points: Ctrl-click", "Add or remove its referral (up to 4)"},
    {"Parts panel: click", "Select a part"},
    {"Parts panel: double-click", "Frame a part"},
    {"Parts panel: right-click a group", "Show only that group"},
    {"Parts panel: Ctrl-click / Shift-click", "Add a part to the selection / select a run"},
    {"Muscle groups: click / Isolate", "Select the group / show only it"},
    {"Where does it hurt?: Ctrl+Show", "Add that point's referral to the others"},
    {"Drop files or a folder", "Open them as one body"},
}};

// Places a help window near the centre the first time it appears.
void placeCentered(float widthEm) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(widthEm * ImGui::GetFontSize(), 0.0f), ImGuiCond_Appearing);
}

}  // namespace

std::span<const ControlBinding> controlBindings() {
  return kBindings;
}

void drawControlsWindow(bool& open) {
  if (!open) return;
  placeCentered(46.0f);
  if (ImGui::Begin("Controls", &open, ImGuiWindowFlags_NoCollapse)) {
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("##bindings", 2, flags)) {
      for (const ControlBinding& binding : kBindings) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", binding.input);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(binding.action);
      }
      ImGui::EndTable();
    }
  }
  ImGui::End();
}

void drawAboutWindow(bool& open) {
  if (!open) return;
  placeCentered(28.0f);
  if (ImGui::Begin("About Myoscope", &open,
                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize)) {
    ImGui::TextUnformatted("Myoscope");
    ImGui::Separator();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
    ImGui::TextUnformatted(
        "A 3D anatomy viewer for exploring muscles and where myofascial trigger points refer "
        "pain. For education; it is not a diagnosis.");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::TextDisabled("Built with Dear ImGui %s, GLFW and OpenGL 3.3.", IMGUI_VERSION);
  }
  ImGui::End();
}

}  // namespace myo
