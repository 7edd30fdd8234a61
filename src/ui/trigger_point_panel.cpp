// Region combo, search box, result list and the chosen point's description.
#include "ui/trigger_point_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "ui/search_box.h"
#include "ui/text_lists.h"

namespace myo {
namespace {

// A collapsing section of bullet lines; nothing when `lines` is empty.
void bulletSection(const char* title, const std::vector<std::string>& lines, bool open) {
  if (lines.empty()) return;
  if (ImGui::CollapsingHeader(title, open ? ImGuiTreeNodeFlags_DefaultOpen : 0)) bulletLines(lines);
}

void drawRegionFilter(const TriggerPointListView& list, UiIntents& intents, ItemProbe* probe) {
  std::string current = "All regions";
  for (const TriggerPointListView::Region& region : list.regions)
    if (region.id == list.region) current = region.name;
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::BeginCombo("##region", current.c_str())) {
    if (ImGui::Selectable("All regions", list.region.empty())) intents.setTriggerPointRegion = "";
    for (const TriggerPointListView::Region& region : list.regions) {
      if (ImGui::Selectable(region.name.c_str(), list.region == region.id))
        intents.setTriggerPointRegion = region.id;
      probeLastItem(probe, "points/region/" + region.id);
    }
    ImGui::EndCombo();
  }
  probeLastItem(probe, "points/region");
}

// "Where does it hurt?": the switch, a place to choose, and the ranked trigger points.
void drawPainFinder(const PainFinderView& pain, UiIntents& intents, ItemProbe* probe) {
  bool mode = pain.mode;
  if (ImGui::Checkbox("Where does it hurt?", &mode)) intents.setPainMode = mode;
  probeLastItem(probe, "pain/mode");
  if (!pain.mode) return;
  ImGui::TextWrapped("Click the body where it hurts, or choose a place:");
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::BeginCombo("##place", pain.place.empty() ? "Choose a place" : pain.place.c_str())) {
    for (const std::string& place : pain.places)
      if (ImGui::Selectable(place.c_str(), place == pain.place)) intents.painAtPlace = place;
    ImGui::EndCombo();
  }
  probeLastItem(probe, "pain/place");
  if (pain.place.empty()) return;
  if (pain.rows.empty()) {
    ImGui::TextWrapped("No trigger point in the atlas refers pain to %s.", pain.place.c_str());
    return;
  }
  ImGui::TextWrapped("May refer pain to %s (most likely first):", pain.place.c_str());
  for (const PainFinderView::Row& row : pain.rows) {
    ImGui::PushID(row.index);
    if (ImGui::SmallButton("Show")) intents.selectTriggerPoint = row.index;
    probeLastItem(probe, "pain/show", row.index);
    ImGui::SameLine();
    ImGui::ProgressBar(row.score, ImVec2(3.0f * ImGui::GetFontSize(), 0.0f), "");
    ImGui::SameLine();
    ImGui::TextWrapped("%s%s", row.label.c_str(), row.spillover ? " (spillover)" : "");
    ImGui::PopID();
  }
  ImGui::Separator();
}

}  // namespace

UiIntents drawTriggerPointPanel(const UiStateView& view, TriggerPointPanelMemory& memory,
                                ItemProbe* probe) {
  UiIntents intents;
  const TriggerPointListView& list = view.triggerPointList;
  drawPainFinder(view.painFinder, intents, probe);
  drawRegionFilter(list, intents, probe);
  if (searchBox("##tpsearch", "Muscle, place or symptom (e.g. heel, headache)", memory.query, probe,
                "points/search"))
    intents.setTriggerPointQuery = memory.query;
  if (!view.referral.ready && !view.referral.status.empty())
    ImGui::TextWrapped("%s", view.referral.status.c_str());
  // The list fills the tab down to the hint line under it.
  if (ImGui::BeginListBox("##tplist", ImVec2(-1.0f, -ImGui::GetTextLineHeightWithSpacing()))) {
    for (const TriggerPointListView::Row& row : list.rows) {
      const auto& selection = view.referral.selection;
      const bool selected =
          std::find(selection.begin(), selection.end(), row.index) != selection.end();
      if (ImGui::Selectable(row.label.c_str(), selected)) {
        if (ImGui::GetIO().KeyCtrl)
          intents.toggleTriggerPoint = row.index;
        else
          intents.selectTriggerPoint = row.index;
      }
      probeLastItem(probe, "points/row", row.index);
      if (ImGui::IsItemHovered() &&
          ImGui::CalcTextSize(row.label.c_str()).x > ImGui::GetItemRectSize().x)
        ImGui::SetTooltip("%s", row.label.c_str());  // the whole row when it is cut off
    }
    ImGui::EndListBox();
  }
  if (!list.query.empty() || !list.region.empty())
    ImGui::TextDisabled("%zu matching", list.rows.size());
  else
    ImGui::TextDisabled("Ctrl-click adds a point to the referral (up to four)");
  return intents;
}

void drawTriggerPointDetails(const TreatmentView& t) {
  if (!t.active) return;
  bulletSection("Symptoms", t.symptoms, true);
  bulletSection("Can be mistaken for", t.mimics, false);
  if (!t.differential.empty() && ImGui::CollapsingHeader("Telling it apart"))
    ImGui::TextWrapped("%s", t.differential.c_str());
  bulletSection("Self-care", t.selfCare, false);
  bulletSection("Cautions", t.cautions, true);
  bulletSection("Sources", t.sources, false);
}

}  // namespace myo
