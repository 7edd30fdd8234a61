// Lays out the main window's panels and merges their intents.
#include "ui/main_ui.h"

#include <imgui.h>
#include <imgui_internal.h>

#include "ui/help_windows.h"
#include "ui/status_bar.h"

namespace myo {

UiIntents drawMainUi(const UiStateView& view, MainUiMemory& memory) {
  UiIntents intents = drawMenuBar(view, memory.windows, memory.fileDialog, memory.probe);
  drawStatusBar(view);
  // The work rect being built already excludes this frame's menu bar and status bar.
  const ImRect work = static_cast<ImGuiViewportP*>(ImGui::GetMainViewport())->GetBuildWorkRect();
  float panelWidth = 0.0f;
  if (memory.windows.parts) {
    mergeIntents(intents,
                 drawPartsPanel(view, memory.parts, work.Min, work.GetHeight(), memory.probe));
    panelWidth = memory.parts.width;
  }
  memory.sceneArea = {work.Min.x + panelWidth, work.Min.y, work.GetWidth() - panelWidth,
                      work.GetHeight()};
  mergeIntents(intents, drawTriggerPointPanel(view, memory.triggerPoints, memory.probe));
  mergeIntents(intents, drawReferralPanel(view.referral, memory.probe));
  mergeIntents(intents, drawTreatmentPanel(view.treatment, memory.probe));
  mergeIntents(intents, drawMuscleCard(view.muscleCard, memory.probe));
  mergeIntents(intents, drawLayersPanel(view.layers, ImVec2(work.Min.x, work.Max.y), memory.probe));
  if (!view.hoveredName.empty() && !ImGui::GetIO().WantCaptureMouse)
    ImGui::SetTooltip("%s", view.hoveredName.c_str());  // what is under the mouse in 3D
  drawControlsWindow(memory.windows.controls);
  drawAboutWindow(memory.windows.about);
  for (std::filesystem::path& path : drawFileDialog(memory.fileDialog, memory.probe)) {
    intents.openPaths.push_back(std::move(path));
  }
  return intents;
}

}  // namespace myo
