// The main window's UI: menu bar, parts panel, status bar, file dialog and help windows, drawn in
// one call that merges their intents. Reads UiStateView only; no GL, no geometry edits.
#pragma once

#include "ui/file_dialog.h"
#include "ui/item_probe.h"
#include "ui/layers_panel.h"
#include "ui/menu_bar.h"
#include "ui/muscle_card.h"
#include "ui/parts_panel.h"
#include "ui/referral_panel.h"
#include "ui/treatment_panel.h"
#include "ui/trigger_point_panel.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// The part of the window left for the 3D view, in window pixels from the top-left corner.
struct SceneArea {
  float x = 0.0f, y = 0.0f, width = 0.0f, height = 0.0f;
};

// Panel state kept between frames; owned by the app, one per window.
struct MainUiMemory {
  PartsPanelMemory parts;
  TriggerPointPanelMemory triggerPoints;
  FileDialogMemory fileDialog;
  WindowToggles windows;
  ItemProbe* probe = nullptr;  // test hook: widget rectangles are recorded here when set
  SceneArea sceneArea;         // output: set by drawMainUi every frame
};

// Draws the whole main UI for one frame and returns the merged intents. Call between
// ImGui::NewFrame and ImGui::Render. O(visible rows) per frame, more while searching parts.
[[nodiscard]] UiIntents drawMainUi(const UiStateView& view, MainUiMemory& memory);

}  // namespace myo
