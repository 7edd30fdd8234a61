// The left sidebar: the Parts, (trigger) Points, Lessons and Quiz tabs over the Layers section, or
// the strip it collapses to. Reads UiStateView, returns intents; draws no scene.
#pragma once

#include "ui/dock_layout.h"
#include "ui/item_probe.h"
#include "ui/lessons_panel.h"
#include "ui/parts_panel.h"
#include "ui/quiz_panel.h"
#include "ui/trigger_point_panel.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

struct SidebarMemory {
  PartsPanelMemory parts;
  TriggerPointPanelMemory triggerPoints;
  LessonsPanelMemory lessons;
  QuizPanelMemory quiz;
  std::optional<SidebarTab> shownTab;  // the tab ImGui showed last frame
};

// Draws the sidebar in `rect` (open, or its strip when view.dock says collapsed). O(visible
// rows of the open tab).
[[nodiscard]] UiIntents drawSidebar(const UiStateView& view, const ScreenRect& rect,
                                    SidebarMemory& memory, ItemProbe* probe);

}  // namespace myo
