// Sidebar tabs, their contents and the Layers section under them.
#include "ui/sidebar.h"

#include <imgui.h>

#include "ui/dock_frame.h"
#include "ui/layers_panel.h"
#include "ui/lessons_panel.h"
#include "ui/quiz_panel.h"

namespace myo {
namespace {

struct TabItem {
  SidebarTab tab;
  const char* label;
  const char* tooltip;
};

// Short labels, so that the tabs fit a narrow sidebar at 200 % UI scale.
constexpr TabItem kTabs[] = {
    {SidebarTab::Parts, "Parts", "The body's parts and muscle groups: show, hide, select"},
    {SidebarTab::TriggerPoints, "Points",
     "Trigger points: search by muscle, place, symptom or diagnosis"},
    {SidebarTab::Lessons, "Lessons", "Lessons to teach from, and your own"},
    {SidebarTab::Quiz, "Quiz", "Test referral both ways, and the muscles' names"}};

UiIntents drawTab(SidebarTab tab, const UiStateView& view, SidebarMemory& memory,
                  ItemProbe* probe) {
  switch (tab) {
    case SidebarTab::Parts:
      return drawPartsPanel(view, memory.parts, probe);
    case SidebarTab::TriggerPoints:
      return drawTriggerPointPanel(view, memory.triggerPoints, probe);
    case SidebarTab::Lessons:
      return drawLessonsPanel(view, memory.lessons, probe);
    case SidebarTab::Quiz:
      return drawQuizPanel(view, memory.quiz, probe);
  }
  return {};
}

// Height the Layers section takes at the bottom: its header, and its rows while open (px).
float layersHeight(bool open) {
  const float rows = open ? 5.0f : 0.0f;
  return ImGui::GetFrameHeightWithSpacing() * (1.0f + rows) + ImGui::GetStyle().ItemSpacing.y;
}

}  // namespace

UiIntents drawSidebar(const UiStateView& view, const ScreenRect& rect, SidebarMemory& memory,
                      ItemProbe* probe) {
  UiIntents intents;
  if (view.dock.sidebar.collapsed) {
    if (drawCollapsedStrip("Sidebar", rect, true, "Show the sidebar", probe, "dock/sidebar_open"))
      intents.collapseSidebar = false;
    memory.shownTab.reset();
    return intents;
  }
  if (beginDockedWindow("Sidebar", rect)) {
    // The Layers header keeps its open state where ImGui keeps every header's.
    const bool layersOpen = ImGui::GetStateStorage()->GetInt(ImGui::GetID("Layers"), 1) != 0;
    if (ImGui::BeginTabBar("##sidebar_tabs")) {
      for (const TabItem& item : kTabs) {
        // Follow the state's tab only when it changed elsewhere, so that a click wins at once.
        const bool force = memory.shownTab != view.dock.tab && item.tab == view.dock.tab;
        const bool open =
            ImGui::BeginTabItem(item.label, nullptr, force ? ImGuiTabItemFlags_SetSelected : 0);
        probeLastItem(probe, std::string("dock/tab/") + item.label);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", item.tooltip);
        if (!open) continue;
        if (!force && item.tab != view.dock.tab && memory.shownTab == view.dock.tab)
          intents.setSidebarTab = item.tab;
        memory.shownTab = item.tab;
        ImGui::BeginChild("##tab", ImVec2(0.0f, -layersHeight(layersOpen)));
        mergeIntents(intents, drawTab(item.tab, view, memory, probe));
        ImGui::EndChild();
        ImGui::EndTabItem();
      }
      if (ImGui::TabItemButton("\u00ab", ImGuiTabItemFlags_Trailing | ImGuiTabItemFlags_NoTooltip))
        intents.collapseSidebar = true;
      probeLastItem(probe, "dock/sidebar_collapse");
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Collapse the sidebar");
      ImGui::EndTabBar();
    }
    if (ImGui::CollapsingHeader("Layers", ImGuiTreeNodeFlags_DefaultOpen))
      mergeIntents(intents, drawLayersPanel(view.layers, probe));
  }
  ImGui::End();
  return intents;
}

}  // namespace myo
