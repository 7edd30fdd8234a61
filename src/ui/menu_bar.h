// The main menu bar (File, View, Help). Reads UiStateView, returns UiIntents and opens the file
// dialog or help windows through the flags it is given; no GL. Key shortcuts are only shown here:
// the app handles the keys themselves.
#pragma once

#include "ui/file_dialog.h"
#include "ui/item_probe.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// Which optional windows of the main UI are open.
struct WindowToggles {
  bool controls = false;
  bool about = false;
  bool exportView = false;  // the export dialog is asked for (the main UI opens it)
};

// Draws the main menu bar along the top of the viewport. Call between NewFrame and Render. O(1)
// plus O(recent files) while the File menu is open.
[[nodiscard]] UiIntents drawMenuBar(const UiStateView& view, WindowToggles& windows,
                                    FileDialogMemory& dialog, ItemProbe* probe = nullptr);

}  // namespace myo
