// The main window's UI: menu bar, status bar, the docked sidebar and inspector with their
// splitters, the pain diary's drawer, the file dialog and help windows — or, in presenter mode,
// only the presenter's caption and narration — drawn in one call that merges their intents. Reads
// UiStateView only; no GL, no geometry edits.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "ui/diary_panel.h"
#include "ui/dock_layout.h"
#include "ui/export_view_dialog.h"
#include "ui/file_dialog.h"
#include "ui/inspector.h"
#include "ui/item_probe.h"
#include "ui/menu_bar.h"
#include "ui/presenter_overlay.h"
#include "ui/sidebar.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// A window the UI drew this frame and where (window pixels).
struct PanelRect {
  std::string name;  // "sidebar", "inspector", "menu_bar", "status_bar", "controls" …
  ScreenRect rect;
};

// Panel state kept between frames; owned by the app, one per window.
struct MainUiMemory {
  SidebarMemory sidebar;
  InspectorMemory inspector;
  DiaryPanelMemory diary;
  FileDialogMemory fileDialog;
  ExportViewMemory exportView;
  WindowToggles windows;
  PresenterMemory presenter;
  ItemProbe* probe = nullptr;     // test hook: widget rectangles are recorded here when set
  ScreenRect sceneArea;           // output: the 3D view's rectangle, set every frame
  std::vector<PanelRect> panels;  // output: every window drawn this frame but tooltips and popups
};

// Draws the whole main UI for one frame and returns the merged intents. Call between
// ImGui::NewFrame and ImGui::Render. O(visible rows) per frame, more while searching parts.
[[nodiscard]] UiIntents drawMainUi(const UiStateView& view, MainUiMemory& memory);

}  // namespace myo
