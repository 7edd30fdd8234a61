// The diary drawer: a header row of actions, the thumbnail strip, and the plots.
#include "ui/diary_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ui/dock_frame.h"

namespace myo {
namespace {

// The header: the title and months, the exports and closing on the right; under them the note
// and the save.
void drawActions(const DiaryView& view, DiaryPanelMemory& memory, UiIntents& intents,
                 ItemProbe* probe) {
  ImGui::TextUnformatted("Pain diary");
  ImGui::SameLine();
  ImGui::TextDisabled("%zu %s", view.entries.size(),
                      view.entries.size() == 1 ? "entry" : "entries");
  for (std::size_t m = 0; m < view.months.size(); ++m) {
    ImGui::SameLine();
    const bool shown = view.month == view.months[m];
    if (ImGui::SmallButton(view.monthLabels[m].c_str()))
      intents.showDiaryMonth = shown ? std::string() : view.months[m];
    probeLastItem(probe, "diary/month", static_cast<int>(m));
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip(shown ? "Back to the drawing"
                              : "Where it hurt most that month, on the body");
  }
  const ImGuiStyle& style = ImGui::GetStyle();
  const float buttons = ImGui::CalcTextSize("Export CSVSummary PDFx").x +
                        6.0f * style.FramePadding.x + 2.0f * style.ItemSpacing.x;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX() + style.ItemSpacing.x,
                           ImGui::GetWindowContentRegionMax().x - buttons));
  ImGui::BeginDisabled(view.entries.empty());
  if (ImGui::SmallButton("Export CSV")) intents.exportDiaryCsv = std::string();
  probeLastItem(probe, "diary/csv");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("Entries and holds as a table, for a spreadsheet");
  ImGui::SameLine();
  if (ImGui::SmallButton("Summary PDF")) intents.exportDiarySummary = std::string();
  probeLastItem(probe, "diary/pdf");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("One page for a clinician: the month shown, or the latest");
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::SmallButton("x")) intents.showDiary = false;
  probeLastItem(probe, "diary/close");

  ImGui::SetNextItemWidth(16.0f * ImGui::GetFontSize());
  char note[256];
  std::snprintf(note, sizeof note, "%s", memory.note.c_str());
  if (ImGui::InputTextWithHint("##note", "Note for today's entry (optional)", note, sizeof note))
    memory.note = note;
  probeLastItem(probe, "diary/note");
  ImGui::SameLine();
  ImGui::BeginDisabled(!view.canSave);
  if (ImGui::Button("Save drawing")) {
    intents.saveDiaryEntry = memory.note;
    memory.note.clear();
  }
  ImGui::EndDisabled();
  probeLastItem(probe, "diary/save");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip(view.canSave ? "Keep the drawing as the entry of %s"
                                   : "Paint where it hurts first (Points tab: Where does it "
                                     "hurt?), then save it as the entry of %s",
                      view.today.c_str());
  ImGui::SameLine();
  ImGui::TextDisabled(
      "%s", view.status.empty() ? "Click: show it. Ctrl-click: compare." : view.status.c_str());
}

// One entry's card: its thumbnail (or a placeholder), day, area and holds.
void drawEntry(const DiaryView& view, std::size_t i, float height, UiIntents& intents,
               ItemProbe* probe) {
  const DiaryView::Entry& entry = view.entries[i];
  const float imageHeight = height - 3.2f * ImGui::GetTextLineHeightWithSpacing();
  const float width = std::max(imageHeight * entry.thumbnailAspect, 5.5f * ImGui::GetFontSize());
  ImGui::PushID(static_cast<int>(i));
  ImGui::BeginGroup();
  const bool chosen = view.shown == static_cast<int>(i) || view.compared == static_cast<int>(i);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  if (ImGui::InvisibleButton("card", ImVec2(width, height))) {
    if (ImGui::GetIO().KeyCtrl && view.shown >= 0 && view.shown != static_cast<int>(i))
      intents.compareDiaryEntries = std::make_pair(view.shown, static_cast<int>(i));
    else
      intents.showDiaryEntry = chosen && view.compared < 0 ? -1 : static_cast<int>(i);
  }
  probeLastItem(probe, "diary/entry", static_cast<int>(i));
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "%s%s%s\nClick: show it on the body. Ctrl-click: compare with the one "
        "shown.",
        entry.note.empty() ? "" : entry.note.c_str(), entry.note.empty() ? "" : "\n",
        entry.otherBody ? "Drawn on another body." : "");
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 frame = ImGui::GetColorU32(chosen ? ImGuiCol_ButtonActive : ImGuiCol_FrameBg);
  draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height), frame, 4.0f);
  const float imageWidth = imageHeight * entry.thumbnailAspect;
  const ImVec2 imageAt(at.x + 0.5f * (width - imageWidth), at.y + 2.0f);
  if (entry.thumbnail != 0)
    draw->AddImage(reinterpret_cast<ImTextureID>(entry.thumbnail), imageAt,
                   ImVec2(imageAt.x + imageWidth, imageAt.y + imageHeight));
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  const ImU32 muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  const float line = ImGui::GetTextLineHeightWithSpacing();
  float y = at.y + imageHeight + 4.0f;
  draw->AddText(ImVec2(at.x + 4.0f, y), text, entry.label.c_str());
  char detail[96];
  std::snprintf(detail, sizeof detail, "%.0f cm\u00b2 \u00b7 %.1f/3", entry.squareCm,
                entry.intensity);
  draw->AddText(ImVec2(at.x + 4.0f, y += line), muted, detail);
  std::snprintf(detail, sizeof detail, "%d hold%s", entry.holds, entry.holds == 1 ? "" : "s");
  draw->AddText(ImVec2(at.x + 4.0f, y += line), entry.holds > 0 ? text : muted, detail);
  ImGui::EndGroup();
  ImGui::PopID();
}

// Each region's area entry by entry, and the holds of those days under them, on one x axis.
void drawPlots(const DiaryView& view) {
  const float width = ImGui::GetContentRegionAvail().x;
  const float rowHeight = 1.7f * ImGui::GetFontSize();
  ImGui::PushStyleColor(ImGuiCol_PlotLines, ImVec4(0.42f, 0.70f, 0.95f, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImVec4(0.95f, 0.72f, 0.25f, 1.0f));
  for (const DiaryView::Series& series : view.regions) {
    ImGui::TextDisabled("%s, up to %.0f cm\u00b2", series.label.c_str(), series.peak);
    ImGui::PlotLines("##area", series.squareCm.data(), static_cast<int>(series.squareCm.size()), 0,
                     series.intensity.c_str(), 0.0f, std::max(series.peak, 1.0f) * 1.15f,
                     ImVec2(width, rowHeight));
  }
  std::vector<float> holds;
  float most = 1.0f;
  for (const DiaryView::Entry& entry : view.entries) {
    holds.push_back(static_cast<float>(entry.holds));
    most = std::max(most, holds.back());
  }
  ImGui::TextDisabled("Holds logged on each entry's day");
  ImGui::PlotHistogram("##holds", holds.data(), static_cast<int>(holds.size()), 0, nullptr, 0.0f,
                       most * 1.2f, ImVec2(width, rowHeight));
  ImGui::PopStyleColor(2);
}

}  // namespace

UiIntents drawDiaryPanel(const DiaryView& view, const ScreenRect& rect, DiaryPanelMemory& memory,
                         ItemProbe* probe) {
  UiIntents intents;
  if (beginDockedWindow("Pain diary", rect)) {
    drawActions(view, memory, intents, probe);
    if (view.entries.empty()) {
      ImGui::TextWrapped(
          "No entries yet. Paint where it hurts (Points tab, Where does it hurt?) and save the "
          "drawing here, once a day or whenever it changes.");
    } else {
      const float height = ImGui::GetContentRegionAvail().y;
      const float stripWidth = 0.58f * ImGui::GetContentRegionAvail().x;
      ImGui::BeginChild("entries", ImVec2(stripWidth, height), false,
                        ImGuiWindowFlags_HorizontalScrollbar);
      const float cardHeight =
          ImGui::GetContentRegionAvail().y - ImGui::GetStyle().ScrollbarSize - 2.0f;
      for (std::size_t i = 0; i < view.entries.size(); ++i) {
        if (i > 0) ImGui::SameLine();
        drawEntry(view, i, cardHeight, intents, probe);
      }
      if (ImGui::IsWindowAppearing()) ImGui::SetScrollHereX(1.0f);  // the latest in sight
      ImGui::EndChild();
      ImGui::SameLine();
      ImGui::BeginChild("plots", ImVec2(0.0f, height));
      drawPlots(view);
      ImGui::EndChild();
    }
  }
  ImGui::End();
  return intents;
}

void drawDiaryOverlay(const DiaryView& view, const ScreenRect& scene) {
  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  const auto caption = [&](const std::string& text, float centreX) {
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    const ImVec2 at(centreX - 0.5f * size.x, scene.y + 0.6f * ImGui::GetFontSize());
    const float pad = 0.35f * ImGui::GetFontSize();
    draw->AddRectFilled(ImVec2(at.x - pad, at.y - pad),
                        ImVec2(at.x + size.x + pad, at.y + size.y + pad), IM_COL32(20, 22, 26, 200),
                        pad);
    draw->AddText(at, IM_COL32(235, 235, 240, 255), text.c_str());
  };
  if (!view.compareLeft.empty()) {
    caption(view.compareLeft, scene.x + 0.25f * scene.width);
    caption(view.compareRight, scene.x + 0.75f * scene.width);
    const float middle = std::floor(scene.x + 0.5f * scene.width);
    draw->AddLine(ImVec2(middle, scene.y), ImVec2(middle, scene.bottom()), IM_COL32(0, 0, 0, 255),
                  2.0f);
  } else if (!view.month.empty()) {
    for (std::size_t m = 0; m < view.months.size(); ++m)
      if (view.months[m] == view.month)
        caption("Where it hurt most: " + view.monthLabels[m], scene.x + 0.5f * scene.width);
  }
}

}  // namespace myo
