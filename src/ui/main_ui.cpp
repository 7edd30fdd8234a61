// Lays out the main window's docked sides and merges the intents of everything drawn.
#include "ui/main_ui.h"

#include <cctype>
#include <cmath>
#include <utility>

#include <imgui.h>
#include <imgui_internal.h>

#include "ui/dock_frame.h"
#include "ui/help_windows.h"
#include "ui/inspector.h"
#include "ui/presenter_layout.h"
#include "ui/presenter_overlay.h"
#include "ui/scene_labels_overlay.h"
#include "ui/status_bar.h"

namespace myo {
namespace {

// Labels in presenter mode, as a share of the narration's room-sized text.
constexpr float kPresenterLabelShare = 0.6f;

// "Sidebar splitter" → "sidebar_splitter", "##status_bar" → "status_bar", "About Myoscope" →
// "about_myoscope": a window's name as the layout lists it.
std::string panelName(const char* windowName) {
  std::string name;
  for (const char* c = windowName; *c != '\0'; ++c) {
    if (c[0] == '#' && c[1] == '#') break;  // ImGui's hidden part of a name
    name += *c == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(*c)));
  }
  return name.empty() ? std::string(windowName).substr(2) : name;
}

// Every top-level window drawn this frame (tooltips, popups and child windows left out).
std::vector<PanelRect> drawnPanels() {
  std::vector<PanelRect> panels;
  const ImGuiWindowFlags transient =
      ImGuiWindowFlags_ChildWindow | ImGuiWindowFlags_Tooltip | ImGuiWindowFlags_Popup;
  for (const ImGuiWindow* window : ImGui::GetCurrentContext()->Windows) {
    if (!window->Active || (window->Flags & transient) != 0) continue;
    if (std::string_view(window->Name).starts_with("Debug##")) continue;  // ImGui's implicit one
    std::string name =
        window->Name == std::string_view("##MainMenuBar") ? "menu_bar" : panelName(window->Name);
    panels.push_back(
        {std::move(name), {window->Pos.x, window->Pos.y, window->Size.x, window->Size.y}});
  }
  return panels;
}

}  // namespace

UiIntents drawMainUi(const UiStateView& view, MainUiMemory& memory) {
  if (view.presenter) {  // the 3D view between the caption and the narration, nothing else
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    UiIntents intents =
        drawPresenterOverlay(view, {0.0f, 0.0f, std::floor(size.x), std::floor(size.y)},
                             memory.presenter, memory.sceneArea);
    drawSceneLabels(view.sceneLabels, memory.sceneArea,
                    kPresenterLabelShare * presenterTextPixels(size.y, view.screenMillimetres,
                                                               view.presenterTextSteps));
    memory.panels = drawnPanels();
    return intents;
  }
  UiIntents intents = drawMenuBar(view, memory.windows, memory.fileDialog, memory.probe);
  drawStatusBar(view);
  // The work rect being built already excludes this frame's menu bar and status bar.
  const ImRect work = static_cast<ImGuiViewportP*>(ImGui::GetMainViewport())->GetBuildWorkRect();
  const float em = ImGui::GetFontSize();
  const float top = std::ceil(work.Min.y), bottom = std::floor(work.Max.y);  // whole pixels
  const DockRects rects = layoutDock({work.Min.x, top, work.GetWidth(), bottom - top}, view.dock,
                                     view.uiScale, 1.6f * em, 0.4f * em);
  if (!rects.sidebar.empty())
    mergeIntents(intents, drawSidebar(view, rects.sidebar, memory.sidebar, memory.probe));
  if (!rects.inspector.empty())
    mergeIntents(intents, drawInspector(view, rects.inspector, memory.inspector, memory.probe));
  if (const auto width =
          drawSplitter("Sidebar splitter", rects.sidebarSplitter, rects.sidebar.width, true,
                       view.uiScale, memory.probe, "dock/sidebar_splitter"))
    intents.setSidebarWidth = width;
  if (const auto width =
          drawSplitter("Inspector splitter", rects.inspectorSplitter, rects.inspector.width, false,
                       view.uiScale, memory.probe, "dock/inspector_splitter"))
    intents.setInspectorWidth = width;
  if (!rects.diary.empty())
    mergeIntents(intents, drawDiaryPanel(view.diary, rects.diary, memory.diary, memory.probe));
  memory.sceneArea = rects.view;
  drawDiaryOverlay(view.diary, memory.sceneArea);
  drawSceneLabels(view.sceneLabels, memory.sceneArea);
  if (!view.hoveredName.empty() && !ImGui::GetIO().WantCaptureMouse)
    ImGui::SetTooltip("%s", view.hoveredName.c_str());  // what is under the mouse in 3D
  drawControlsWindow(memory.windows.controls);
  drawAboutWindow(memory.windows.about);
  if (std::exchange(memory.windows.exportView, false)) memory.exportView.open = true;
  mergeIntents(intents, drawExportViewDialog(view, memory.exportView, memory.probe));
  for (std::filesystem::path& path : drawFileDialog(memory.fileDialog, memory.probe)) {
    intents.openPaths.push_back(std::move(path));
  }
  memory.panels = drawnPanels();
  return intents;
}

}  // namespace myo
