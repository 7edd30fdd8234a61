// The "Export 3D view" dialog: the picture's size (the view's own, twice it, 1920×1080,
// 2560×1440, 3840×2160 or typed), whether the labels and the referral legend are painted on, and
// the file. Returns the request as an intent; draws nothing of the scene. ImGui only.
#pragma once

#include <string>

#include "ui/item_probe.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

struct ExportViewMemory {
  bool open = false;  // set to open the dialog; cleared when it closes
  int size = 4;       // index into the sizes offered (3840×2160)
  int width = 3840, height = 2160;
  bool labels = true, legend = true;
  std::string file;  // "" : a dated file in the screenshots folder
};

// Draws the dialog while memory.open; Export returns saveViewImage. O(1).
[[nodiscard]] UiIntents drawExportViewDialog(const UiStateView& view, ExportViewMemory& memory,
                                             ItemProbe* probe);

}  // namespace myo
