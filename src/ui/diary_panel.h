// The pain diary's drawer under the 3D view: save today's drawing with a note, the entries as a
// strip of thumbnails (click shows one on the body, Ctrl-click a second to compare them side by
// side), the months' "where it hurt most", each region's painted area entry by entry with the
// holds logged on those days, and the CSV and PDF exports. ImGui only; it returns intents.
#pragma once

#include <string>

#include "ui/dock_layout.h"
#include "ui/item_probe.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

struct DiaryPanelMemory {
  std::string note;  // the note typed for the next save
};

// Draws the drawer in `rect`. O(entries + regions · entries).
[[nodiscard]] UiIntents drawDiaryPanel(const DiaryView& view, const ScreenRect& rect,
                                       DiaryPanelMemory& memory, ItemProbe* probe);

// The days of two compared entries over the halves of the split 3D view `scene`, and the
// month shown when a composite is. O(1).
void drawDiaryOverlay(const DiaryView& view, const ScreenRect& scene);

}  // namespace myo
