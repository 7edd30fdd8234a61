// The parts tree: groups, search, visibility checkboxes, hover and selection.
#include "ui/parts_panel.h"

#include <algorithm>
#include <array>
#include <cfloat>
#include <string>
#include <vector>

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "ui/flow_row.h"
#include "ui/number_format.h"
#include "ui/search_box.h"

namespace myo {
namespace {

constexpr float kTooltipDelay = 0.5f;  // seconds of hover before a row shows its raw name

// Rows of one tree group that pass the search, and how many the group has in all.
struct GroupRows {
  PartGroup group = PartGroup::Other;
  std::vector<std::size_t> rows;
  std::size_t total = 0;
};

std::array<GroupRows, kPartGroups.size()> groupRows(const UiStateView& view,
                                                    const std::vector<std::size_t>& matches) {
  std::array<GroupRows, kPartGroups.size()> groups;
  for (std::size_t g = 0; g < kPartGroups.size(); ++g) groups[g].group = kPartGroups[g];
  for (const PartRow& row : view.parts)
    ++groups[static_cast<std::size_t>(partGroup(row.kind))].total;
  for (std::size_t index : matches) {
    groups[static_cast<std::size_t>(partGroup(view.parts[index].kind))].rows.push_back(index);
  }
  return groups;
}

void setRowsVisible(const std::vector<std::size_t>& rows, bool visible, UiIntents& intents) {
  for (std::size_t index : rows) intents.setVisible.emplace_back(index, visible);
}

void drawToolbar(const UiStateView& view, PartsPanelMemory& memory, std::size_t matchCount,
                 UiIntents& intents, ItemProbe* probe) {
  (void)searchBox("##search", "Search parts", memory.search, probe, "parts/search");
  const bool searching = !memory.search.empty();
  if (ImGui::Button("Show all")) intents.setAllVisible = true;
  probeLastItem(probe, "parts/show_all");
  sameLineIfFits(buttonWidth("Hide all"));
  if (ImGui::Button("Hide all")) intents.setAllVisible = false;
  probeLastItem(probe, "parts/hide_all");
  const std::string count = searching ? formatThousands(matchCount) + " of " +
                                            formatThousands(view.parts.size()) + " match"
                                      : formatThousands(view.parts.size()) + " parts";
  sameLineIfFits(textWidth(count.c_str()));
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", count.c_str());
  if (view.selectedParts.size() < 2) return;
  const std::string isolate =
      "Isolate the " + std::to_string(view.selectedParts.size()) + " selected";
  if (ImGui::Button(isolate.c_str())) intents.isolateParts = view.selectedParts;
  probeLastItem(probe, "parts/isolate_selection");
  sameLineIfFits(buttonWidth("Deselect"));
  if (ImGui::Button("Deselect")) intents.selectPart = -1;
  probeLastItem(probe, "parts/deselect");
}

bool isSelected(const UiStateView& view, int part) {
  return std::find(view.selectedParts.begin(), view.selectedParts.end(), part) !=
         view.selectedParts.end();
}

// A click on part row `id` among `shown` (the rows in display order): alone, Ctrl toggles it in
// the selection, Shift selects the run from the last plain click.
void clickRow(const UiStateView& view, const std::vector<std::size_t>& shown, int id,
              PartsPanelMemory& memory, UiIntents& intents) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.KeyCtrl) {
    std::vector<int> selection = view.selectedParts;
    const auto at = std::find(selection.begin(), selection.end(), id);
    if (at != selection.end())
      selection.erase(at);
    else
      selection.push_back(id);
    intents.selectParts = selection;
    return;
  }
  const auto position = [&](int part) {
    return std::find(shown.begin(), shown.end(), static_cast<std::size_t>(part)) - shown.begin();
  };
  const auto anchor = position(memory.anchorPart);
  if (io.KeyShift && memory.anchorPart >= 0 && anchor < static_cast<long>(shown.size())) {
    const auto here = position(id);
    std::vector<int> run = {memory.anchorPart};  // the anchor stays first: the card's part
    for (auto i = std::min(anchor, here); i <= std::max(anchor, here); ++i)
      if (static_cast<int>(shown[static_cast<std::size_t>(i)]) != memory.anchorPart)
        run.push_back(static_cast<int>(shown[static_cast<std::size_t>(i)]));
    intents.selectParts = run;
    return;
  }
  intents.selectPart = id;
  memory.anchorPart = id;
}

// The row's whole label (at once when the row cuts it off), its raw name, group and size.
void drawRowTooltip(const PartRow& row) {
  if (!ImGui::IsItemHovered()) return;
  const bool cutOff = ImGui::CalcTextSize(row.label.data(), row.label.data() + row.label.size()).x >
                      ImGui::GetItemRectSize().x;
  if (!cutOff && ImGui::GetCurrentContext()->HoveredIdTimer < kTooltipDelay) return;
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(row.label.data(), row.label.data() + row.label.size());
  ImGui::TextDisabled("%.*s", static_cast<int>(row.name.size()), row.name.data());
  ImGui::TextDisabled("%s, %s triangles", partGroupName(partGroup(row.kind)),
                      formatThousands(row.triangles).c_str());
  ImGui::EndTooltip();
}

// One part: visibility checkbox and a selectable label; hover, click and double-click intents.
void drawRow(const UiStateView& view, const std::vector<std::size_t>& shown, std::size_t index,
             bool reveal, PartsPanelMemory& memory, UiIntents& intents, ItemProbe* probe) {
  const PartRow& row = view.parts[index];
  const int id = static_cast<int>(index);
  ImGui::PushID(id);
  if (id == view.hoveredPart && !isSelected(view, id)) {
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 max(min.x + ImGui::GetContentRegionAvail().x, min.y + ImGui::GetFrameHeight());
    ImGui::GetWindowDrawList()->AddRectFilled(min, max, ImGui::GetColorU32(ImGuiCol_HeaderHovered),
                                              ImGui::GetStyle().FrameRounding);
  }
  bool visible = row.visible;
  if (ImGui::Checkbox("##visible", &visible)) intents.setVisible.emplace_back(index, visible);
  probeLastItem(probe, "parts/visible", id);
  bool hovered = ImGui::IsItemHovered();
  ImGui::SameLine();
  const std::string label(row.label);
  if (ImGui::Selectable(label.c_str(), isSelected(view, id),
                        ImGuiSelectableFlags_AllowDoubleClick)) {
    clickRow(view, shown, id, memory, intents);
    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) intents.framePart = id;
  }
  probeLastItem(probe, "parts/row", id);
  hovered = hovered || ImGui::IsItemHovered();
  drawRowTooltip(row);
  if (hovered) intents.hoverPart = id;
  if (reveal) ImGui::SetScrollHereY(0.5f);
  ImGui::PopID();
}

// The muscle groups: each with its parts' visibility, a click selecting them all and a button
// isolating them; open while searching so that "rotator" shows the rotator cuff. False when no
// group matches the search.
bool drawMuscleGroups(const UiStateView& view, PartsPanelMemory& memory, UiIntents& intents,
                      ItemProbe* probe) {
  const std::vector<std::size_t> groups = filterMuscleGroups(view.muscleGroups, memory.search);
  if (groups.empty()) return false;
  if (!memory.search.empty()) ImGui::SetNextItemOpen(true);
  const std::string label = "Muscle groups  (" + std::to_string(groups.size()) + ")###groups";
  const bool open = ImGui::TreeNodeEx(label.c_str(), ImGuiTreeNodeFlags_SpanAvailWidth);
  probeLastItem(probe, "parts/groups");
  if (!open) return true;
  const float isolateWidth =
      ImGui::CalcTextSize("Isolate").x + 2.0f * ImGui::GetStyle().FramePadding.x;
  for (const std::size_t g : groups) {
    const MuscleGroupRow& group = view.muscleGroups[g];
    ImGui::PushID(static_cast<int>(g));
    const auto shown = std::count_if(group.parts.begin(), group.parts.end(), [&](int part) {
      return view.parts[static_cast<std::size_t>(part)].visible;
    });
    bool allShown = static_cast<std::size_t>(shown) == group.parts.size();
    const bool mixed = shown > 0 && !allShown;
    if (mixed) ImGui::PushItemFlag(ImGuiItemFlags_MixedValue, true);
    if (ImGui::Checkbox("##shown", &allShown))
      for (const int part : group.parts)
        intents.setVisible.emplace_back(static_cast<std::size_t>(part), allShown);
    if (mixed) ImGui::PopItemFlag();
    probeLastItem(probe, "parts/muscle_group/visible", static_cast<long long>(g));
    ImGui::SameLine();
    const std::string name =
        std::string(group.name) + "  (" + std::to_string(group.parts.size()) + ")";
    const bool selected = !group.parts.empty() && view.selectedParts == group.parts;
    const float nameWidth =
        ImGui::GetContentRegionAvail().x - isolateWidth - ImGui::GetStyle().ItemSpacing.x;
    if (ImGui::Selectable(name.c_str(), selected, 0, ImVec2(nameWidth, 0.0f)))
      intents.selectParts = group.parts;
    probeLastItem(probe, "parts/muscle_group", static_cast<long long>(g));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Select its %zu parts", group.parts.size());
    ImGui::SameLine();
    if (ImGui::SmallButton("Isolate")) intents.isolateParts = group.parts;
    probeLastItem(probe, "parts/muscle_group/isolate", static_cast<long long>(g));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show only %s", std::string(group.name).c_str());
    ImGui::PopID();
  }
  ImGui::TreePop();
  return true;
}

// Right-click menu of a group header: isolate, show or hide the group's listed rows.
void drawGroupMenu(const GroupRows& group, UiIntents& intents) {
  if (!ImGui::BeginPopupContextItem("##group_menu")) return;
  const std::string name = partGroupName(group.group);
  if (ImGui::MenuItem(("Show only " + name).c_str()))
    intents.isolateKind = partGroupKind(group.group);
  if (ImGui::MenuItem(("Show " + name).c_str())) setRowsVisible(group.rows, true, intents);
  if (ImGui::MenuItem(("Hide " + name).c_str())) setRowsVisible(group.rows, false, intents);
  ImGui::EndPopup();
}

// A group: tri-state visibility checkbox, a tree node with counts and its (clipped) rows.
void drawGroup(const UiStateView& view, const GroupRows& group, bool searching, int reveal,
               PartsPanelMemory& memory, UiIntents& intents, ItemProbe* probe) {
  const int groupId = static_cast<int>(group.group);
  ImGui::PushID(groupId);
  const auto visibleCount = std::count_if(group.rows.begin(), group.rows.end(),
                                          [&](std::size_t i) { return view.parts[i].visible; });
  bool allVisible = static_cast<std::size_t>(visibleCount) == group.rows.size();
  const bool mixed = visibleCount > 0 && !allVisible;
  if (mixed) ImGui::PushItemFlag(ImGuiItemFlags_MixedValue, true);
  if (ImGui::Checkbox("##group_visible", &allVisible)) {
    setRowsVisible(group.rows, allVisible, intents);
  }
  if (mixed) ImGui::PopItemFlag();
  probeLastItem(probe, "parts/group_visible", groupId);
  ImGui::SameLine();

  std::string label = std::string(partGroupName(group.group)) + "  (";
  if (searching) label += formatThousands(group.rows.size()) + " of ";
  label += formatThousands(group.total) + ")###group";
  const auto revealAt = std::find(group.rows.begin(), group.rows.end(),
                                  static_cast<std::size_t>(std::max(reveal, 0)));
  const bool revealHere = reveal >= 0 && revealAt != group.rows.end();
  if (searching || revealHere) ImGui::SetNextItemOpen(true);
  const ImGuiTreeNodeFlags flags =
      ImGuiTreeNodeFlags_SpanAvailWidth |
      (group.group == PartGroup::Muscles ? ImGuiTreeNodeFlags_DefaultOpen : 0);
  const bool open = ImGui::TreeNodeEx(label.c_str(), flags);
  probeLastItem(probe, "parts/group", groupId);
  drawGroupMenu(group, intents);
  if (open) {
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(group.rows.size()));
    const int revealRow = static_cast<int>(revealAt - group.rows.begin());
    if (revealHere) clipper.ForceDisplayRangeByIndices(revealRow, revealRow + 1);
    while (clipper.Step()) {
      for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
        drawRow(view, group.rows, group.rows[r], revealHere && r == revealRow, memory, intents,
                probe);
      }
    }
    ImGui::TreePop();
  }
  ImGui::PopID();
}

}  // namespace

UiIntents drawPartsPanel(const UiStateView& view, PartsPanelMemory& memory, ItemProbe* probe) {
  UiIntents intents;
  if (view.parts.empty()) {
    ImGui::TextWrapped("No model loaded. Use File > Open... to load one.");
    return intents;
  }
  const std::vector<std::size_t> matches = filterParts(view.parts, memory.search);
  drawToolbar(view, memory, matches.size(), intents, probe);
  ImGui::Separator();
  const int reveal = view.selectedPart != memory.revealedPart ? view.selectedPart : -1;
  memory.revealedPart = view.selectedPart;
  ImGui::BeginChild("##tree");
  const bool groupsMatch = drawMuscleGroups(view, memory, intents, probe);
  for (const GroupRows& group : groupRows(view, matches)) {
    if (!group.rows.empty())
      drawGroup(view, group, !memory.search.empty(), reveal, memory, intents, probe);
  }
  if (matches.empty() && !groupsMatch)
    ImGui::TextDisabled("No part matches \"%s\".", memory.search.c_str());
  ImGui::EndChild();
  if (intents.selectPart) memory.revealedPart = *intents.selectPart;
  return intents;
}

}  // namespace myo
