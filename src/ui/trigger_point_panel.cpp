// Region combo, search box, result list and the chosen point's description.
#include "ui/trigger_point_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string_view>

#include "core/text/ascii_text.h"
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

// The place picker: a search box over the places, by their plain names (or ids).
void drawPlacePicker(const PainFinderView& pain, std::string& filter, UiIntents& intents,
                     ItemProbe* probe) {
  ImGui::SetNextItemWidth(-1.0f);
  const bool open = ImGui::BeginCombo(
      "##place",
      pain.place.empty() || pain.drawnSquareCm > 0.0f ? "Choose a place" : pain.place.c_str(),
      ImGuiComboFlags_HeightLarge);
  probeLastItem(probe, "pain/place");
  if (!open) return;
  if (ImGui::IsWindowAppearing()) {
    filter.clear();
    ImGui::SetKeyboardFocusHere();
  }
  (void)searchBox("##place_search", "Search places (e.g. shoulder)", filter, probe,
                  "pain/place/search");
  const std::string query = asciiLower(filter);
  for (const PainFinderView::Place& place : pain.places) {
    if (asciiLower(place.label).find(query) == std::string::npos &&
        asciiLower(place.id).find(query) == std::string::npos)
      continue;
    if (ImGui::Selectable(place.label.c_str(), place.label == pain.place)) {
      intents.painAtPlace = place.id;
      ImGui::CloseCurrentPopup();
    }
    probeLastItem(probe, "pain/place/" + place.id);
  }
  ImGui::EndCombo();
}

// One trigger point under its muscle: Show (Ctrl: add) and where on the muscle it lies.
void drawPainRow(const PainFinderView::Row& row, UiIntents& intents, ItemProbe* probe) {
  ImGui::PushID(row.index);
  if (ImGui::SmallButton("Show")) {
    if (ImGui::GetIO().KeyCtrl)  // Ctrl adds it to the referral, as in the list
      intents.toggleTriggerPoint = row.index;
    else
      intents.selectTriggerPoint = row.index;
  }
  probeLastItem(probe, "pain/show", row.index);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show its referral (Ctrl: add it)");
  ImGui::SameLine();
  ImGui::TextWrapped("%s%s", row.label.c_str(), row.spillover ? " (spillover)" : "");
  ImGui::PopID();
}

// The drawing's brush: size, intensity or eraser, undo and clear.
void drawPainBrush(const PainFinderView& pain, UiIntents& intents, ItemProbe* probe) {
  float size = pain.brushCm;
  ImGui::SetNextItemWidth(8.0f * ImGui::GetFontSize());
  if (ImGui::SliderFloat("Brush", &size, 1.0f, 10.0f, "%.0f cm"))
    intents.setPainBrushRadius = 0.01f * size;
  probeLastItem(probe, "pain/brush");
  ImGui::SameLine();
  if (ImGui::SmallButton("Diary...")) intents.showDiary = true;
  probeLastItem(probe, "pain/diary");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open the pain diary to save this drawing (F4)");
  static constexpr const char* kLevels[] = {"Mild", "Moderate", "Severe"};
  for (int level = 1; level <= 3; ++level) {
    if (level > 1) ImGui::SameLine();
    if (ImGui::RadioButton(kLevels[level - 1], !pain.eraser && pain.level == level)) {
      intents.setPainLevel = level;
      intents.setPainEraser = false;
    }
    probeLastItem(probe, "pain/level", level);
  }
  bool eraser = pain.eraser;
  if (ImGui::Checkbox("Eraser", &eraser)) intents.setPainEraser = eraser;
  probeLastItem(probe, "pain/eraser");
  ImGui::SameLine();
  ImGui::BeginDisabled(!pain.canUndo);
  if (ImGui::SmallButton("Undo stroke")) intents.undoPainStroke = true;
  probeLastItem(probe, "pain/undo");
  ImGui::SameLine();
  if (ImGui::SmallButton("Clear")) intents.clearPainDrawing = true;
  probeLastItem(probe, "pain/clear");
  ImGui::EndDisabled();
}

// "Where does it hurt?": the switch, a place to choose, and the ranked muscles with their points.
void drawPainFinder(const PainFinderView& pain, std::string& placeFilter, UiIntents& intents,
                    ItemProbe* probe) {
  bool mode = pain.mode;
  if (ImGui::Checkbox("Where does it hurt?", &mode)) intents.setPainMode = mode;
  probeLastItem(probe, "pain/mode");
  if (!pain.mode) return;
  ImGui::TextWrapped(
      "Shift-drag on the body to paint where it hurts; click to mark one spot, or choose a "
      "place:");
  drawPlacePicker(pain, placeFilter, intents, probe);
  drawPainBrush(pain, intents, probe);
  if (pain.place.empty()) return;
  warningLines(pain.warnings);  // before any muscle: when to see a doctor first
  if (pain.rows.empty()) {
    ImGui::TextWrapped("No trigger point in the atlas refers pain to %s.", pain.place.c_str());
    return;
  }
  ImGui::TextWrapped("May refer pain to %s (most likely first):", pain.place.c_str());
  const float best = std::max(pain.muscles.front().score, 1e-6f);
  for (const PainFinderView::Muscle& muscle : pain.muscles) {
    // The bar compares each muscle with the best match; the tooltip gives its own score.
    ImGui::ProgressBar(muscle.score / best, ImVec2(3.0f * ImGui::GetFontSize(), 0.0f), "");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Match %.2f", muscle.score);
    ImGui::SameLine();
    std::string notes;
    if (muscle.spilloverOnly) notes = "spillover only";
    if (!muscle.prevalence.empty())
      notes.append(notes.empty() ? "" : "; ").append(muscle.prevalence);
    if (!notes.empty()) notes = " (" + notes + ")";
    ImGui::TextWrapped("%s%s", muscle.label.c_str(), notes.c_str());
    ImGui::Indent();
    for (const std::size_t r : muscle.rows) drawPainRow(pain.rows[r], intents, probe);
    ImGui::Unindent();
  }
  ImGui::Separator();
}

}  // namespace

UiIntents drawTriggerPointPanel(const UiStateView& view, TriggerPointPanelMemory& memory,
                                ItemProbe* probe) {
  UiIntents intents;
  const TriggerPointListView& list = view.triggerPointList;
  drawPainFinder(view.painFinder, memory.placeFilter, intents, probe);
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
      else if (ImGui::IsItemHovered() && !row.tooltip.empty())
        ImGui::SetTooltip("%s", row.tooltip.c_str());
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
