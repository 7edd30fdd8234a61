// Technique steps, the timer ring and the history plots.
#include "ui/treatment_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "ui/text_lists.h"

namespace myo {
namespace {

constexpr float kPi = 3.14159265f;

// The ring: the phase's progress as an arc, the countdown large in its middle, the phase above.
void drawRing(const TreatmentView& view) {
  const float radius = 5.0f * ImGui::GetFontSize();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 centre(origin.x + 0.5f * width, origin.y + radius + 8.0f);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 track = ImGui::GetColorU32(ImGuiCol_FrameBg);
  const bool pressing = view.holding;
  const ImU32 fill = view.cue ? IM_COL32(255, 214, 90, 255)
                              : (pressing ? IM_COL32(226, 92, 60, 255)
                                          : ImGui::GetColorU32(ImGuiCol_PlotHistogram));
  const float thickness = 0.16f * radius;
  draw->PathArcTo(centre, radius, 0.0f, 2.0f * kPi, 64);
  draw->PathStroke(track, 0, thickness);
  if (view.phaseProgress > 0.0f) {
    draw->PathArcTo(centre, radius, -0.5f * kPi, -0.5f * kPi + 2.0f * kPi * view.phaseProgress, 64);
    draw->PathStroke(fill, 0, thickness);
  }
  char countdown[16];
  const int seconds = static_cast<int>(std::ceil(view.remaining));
  std::snprintf(countdown, sizeof countdown, "%d:%02d", seconds / 60, seconds % 60);
  const float big = 3.2f * ImGui::GetFontSize();
  ImFont* font = ImGui::GetFont();
  const ImVec2 size = font->CalcTextSizeA(big, FLT_MAX, 0.0f, countdown);
  draw->AddText(font, big, ImVec2(centre.x - 0.5f * size.x, centre.y - 0.5f * size.y),
                ImGui::GetColorU32(ImGuiCol_Text), countdown);
  const std::string phase = view.paused ? view.phase + " (paused)" : view.phase;
  const ImVec2 phaseSize = ImGui::CalcTextSize(phase.c_str());
  draw->AddText(ImVec2(centre.x - 0.5f * phaseSize.x, centre.y - 0.5f * size.y - phaseSize.y), fill,
                phase.c_str());
  char holds[32];
  std::snprintf(holds, sizeof holds, "hold %d of %d", std::min(view.holdsDone + 1, view.holdsTotal),
                view.holdsTotal);
  const ImVec2 holdsSize = ImGui::CalcTextSize(holds);
  draw->AddText(ImVec2(centre.x - 0.5f * holdsSize.x, centre.y + 0.5f * size.y),
                ImGui::GetColorU32(ImGuiCol_TextDisabled), holds);
  ImGui::Dummy(ImVec2(width, 2.0f * radius + 16.0f));
}

// The discomfort slider, coloured by the technique's target: green inside it, orange above it,
// plain below; the target as the technique states it underneath.
void drawDiscomfort(const TreatmentView& view, UiIntents& intents, ItemProbe* probe) {
  const bool above = view.discomfort > view.targetMax;
  const bool inside = !above && view.discomfort >= view.targetMin;
  const ImVec4 good(0.45f, 0.8f, 0.45f, 1.0f);
  const ImVec4 warn(0.95f, 0.55f, 0.25f, 1.0f);
  int colours = 0;
  if (inside || above) {
    ImGui::PushStyleColor(ImGuiCol_SliderGrab, inside ? good : warn);
    ImGui::PushStyleColor(ImGuiCol_SliderGrabActive, inside ? good : warn);
    colours = 2;
  }
  int discomfort = view.discomfort;
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::SliderInt("##discomfort", &discomfort, 0, 10, "discomfort %d/10",
                       ImGuiSliderFlags_AlwaysClamp))
    intents.setDiscomfort = discomfort;
  probeLastItem(probe, "timer/discomfort");
  ImGui::PopStyleColor(colours);
  if (view.targetLabel.empty()) return;
  if (inside || above) ImGui::PushStyleColor(ImGuiCol_Text, inside ? good : warn);
  ImGui::TextWrapped(
      "%s%s", inside ? "In the target: " : (above ? "Above the target, ease off: " : "Target: "),
      view.targetLabel.c_str());
  if (inside || above) ImGui::PopStyleColor();
  probeLastItem(probe, "timer/target");
}

// "How is it now?" after a press: the discomfort after it, 0–10 in as many rows as the width
// needs, or skip.
void drawHowNow(UiIntents& intents, ItemProbe* probe) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float rowHeight = ImGui::GetFrameHeightWithSpacing();
  const float width = ImGui::GetContentRegionAvail().x - 2.0f * style.WindowPadding.x;
  const float smallest = 2.2f * ImGui::GetFontSize();  // "10" with its padding
  const int perRow = std::clamp(
      static_cast<int>((width + style.ItemSpacing.x) / (smallest + style.ItemSpacing.x)), 1, 11);
  const int rows = (11 + perRow - 1) / perRow;
  const float height = (3.0f + static_cast<float>(rows)) * rowHeight + style.WindowPadding.y;
  ImGui::BeginChild("##how_now", ImVec2(0.0f, height), true);
  ImGui::TextColored(ImVec4(0.45f, 0.8f, 0.45f, 1.0f), "How is it now?");
  ImGui::TextWrapped("Discomfort at the spot after the press, 0 none to 10 worst:");
  const float button =
      (ImGui::GetContentRegionAvail().x - static_cast<float>(perRow - 1) * style.ItemSpacing.x) /
      static_cast<float>(perRow);
  for (int level = 0; level <= 10; ++level) {
    if (level % perRow != 0) ImGui::SameLine();
    const std::string label = std::to_string(level);
    if (ImGui::Button(label.c_str(), ImVec2(button, 0.0f))) intents.answerHowNow = level;
    probeLastItem(probe, "timer/how_now", level);
  }
  if (ImGui::SmallButton("Skip")) intents.answerHowNow = -1;
  probeLastItem(probe, "timer/how_now/skip");
  ImGui::EndChild();
}

void drawTimer(const TreatmentView& view, UiIntents& intents, ItemProbe* probe) {
  drawRing(view);
  const char* toggle = view.ready || view.done ? "Start" : (view.paused ? "Resume" : "Pause");
  const float half = 0.5f * (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x);
  if (ImGui::Button(toggle, ImVec2(half, 0.0f))) intents.timerToggle = true;
  probeLastItem(probe, "timer/toggle");
  ImGui::SameLine();
  if (ImGui::Button("Reset", ImVec2(half, 0.0f))) intents.timerReset = true;
  probeLastItem(probe, "timer/reset");
  ImGui::BeginDisabled(!view.holding);
  if (ImGui::Button(view.releaseLabel.c_str(), ImVec2(-1.0f, 2.0f * ImGui::GetFrameHeight())))
    intents.timerRelease = true;
  probeLastItem(probe, "timer/release");
  ImGui::EndDisabled();
  if (view.askHowNow) drawHowNow(intents, probe);
  ImGui::TextDisabled("Space start/pause, Enter release, R reset");
  // Long holds (heat) slide in minutes, the rest in seconds.
  const float unit = view.maxHold >= 300.0f ? 60.0f : 1.0f;
  float hold = view.holdSeconds / unit;
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::SliderFloat("##hold", &hold, view.minHold / unit, view.maxHold / unit,
                         unit > 1.0f ? "%.0f min" : "hold %.0f s", ImGuiSliderFlags_AlwaysClamp))
    intents.setHoldSeconds = hold * unit;
  probeLastItem(probe, "timer/hold");
  int sets = view.sets;
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::SliderInt("##sets", &sets, 1, 5, sets == 1 ? "1 set" : "%d sets"))
    intents.setSets = sets;
  probeLastItem(probe, "timer/sets");
  drawDiscomfort(view, intents, probe);
  bool sound = view.sound;
  if (ImGui::Checkbox("Sound at each phase change", &sound)) intents.setSound = sound;
  probeLastItem(probe, "timer/sound");
}

// This point's holds: the latest as lines, and from two holds on the discomfort after each and
// the seconds held as plots across the panel (oldest left).
void drawHistory(const TreatmentView& view, ItemProbe* probe) {
  if (!view.logProblem.empty())
    ImGui::TextColored(ImVec4(0.95f, 0.5f, 0.4f, 1.0f), "%s", view.logProblem.c_str());
  if (view.pastDiscomfortAfter.empty()) {
    ImGui::TextDisabled("No holds logged for this point yet.");
    return;
  }
  const std::size_t count = view.pastDiscomfortAfter.size();
  ImGui::Text("%zu hold%s logged", count, count == 1 ? "" : "s");
  for (const std::string& line : view.recentHolds) ImGui::BulletText("%s", line.c_str());
  if (count < 2) return;  // a plot needs two holds
  // ImGui 1.86 plots take no "-1 = full width": give them the width left.
  const ImVec2 size(ImGui::GetContentRegionAvail().x, 3.0f * ImGui::GetFontSize());
  ImGui::TextDisabled("Discomfort after each hold (0 to 10)");
  ImGui::PlotLines("##after", view.pastDiscomfortAfter.data(), static_cast<int>(count), 0, nullptr,
                   0.0f, 10.0f, size);
  probeLastItem(probe, "treat/history/after");
  const float longest = *std::max_element(view.pastHeldSeconds.begin(), view.pastHeldSeconds.end());
  ImGui::TextDisabled("Seconds held, up to %.0f s", static_cast<double>(longest));
  ImGui::PlotHistogram("##held", view.pastHeldSeconds.data(), static_cast<int>(count), 0, nullptr,
                       0.0f, std::max(longest, 1.0f), size);
  probeLastItem(probe, "treat/history/held");
}

}  // namespace

UiIntents drawTreatmentPanel(const TreatmentView& view, ItemProbe* probe, bool showWarnings,
                             bool* warningsInView) {
  if (warningsInView != nullptr) *warningsInView = false;
  UiIntents intents;
  if (!view.active) return intents;
  std::vector<const char*> names;
  for (const std::string& name : view.techniqueNames) names.push_back(name.c_str());
  int technique = view.technique;
  ImGui::SetNextItemWidth(-1.0f);
  if (!names.empty() &&
      ImGui::Combo("##technique", &technique, names.data(), static_cast<int>(names.size())))
    intents.chooseTechnique = technique;
  probeLastItem(probe, "treat/technique");
  if (view.clinicianOnly) {
    ImGui::TextColored(ImVec4(0.95f, 0.7f, 0.3f, 1.0f),
                       "Clinician only: described for information, never to do on yourself.");
  } else {
    drawTimer(view, intents, probe);
  }
  if (!view.pointRedFlags.empty() || !view.techniqueRedFlags.empty()) {
    if (showWarnings) ImGui::SetNextItemOpen(true);
    const bool open =
        ImGui::CollapsingHeader("Stop and get help if", ImGuiTreeNodeFlags_DefaultOpen);
    if (showWarnings) ImGui::SetScrollHereY(0.0f);
    if (warningsInView != nullptr) {  // the header and about three lines under it
      const float top = ImGui::GetWindowPos().y;
      const float bottom = top + ImGui::GetWindowHeight();
      *warningsInView =
          open && ImGui::GetItemRectMin().y >= top &&
          ImGui::GetItemRectMax().y + 3.0f * ImGui::GetTextLineHeightWithSpacing() <= bottom;
    }
    if (open) {
      warningLines(view.pointRedFlags);
      warningLines(view.techniqueRedFlags);
    }
    probeLastItem(probe, "treat/warnings");
  }
  if (!view.clinicianOnly) {
    if (ImGui::CollapsingHeader("History", ImGuiTreeNodeFlags_DefaultOpen))
      drawHistory(view, probe);
    ImGui::Separator();
  }
  if (!view.techniqueNotes.empty()) ImGui::TextWrapped("%s", view.techniqueNotes.c_str());
  if (ImGui::CollapsingHeader("Steps")) {
    numberedLines(view.steps);
    if (!view.targetText.empty()) ImGui::TextWrapped("%s", view.targetText.c_str());
  }
  probeLastItem(probe, "treat/steps");
  if (ImGui::CollapsingHeader("Do not use when")) {
    bulletLines(view.contraindications);
    if (!view.generalContraindications.empty()) {
      ImGui::TextDisabled("And for any self-care:");
      bulletLines(view.generalContraindications);
    }
  }
  probeLastItem(probe, "treat/contraindications");
  if (ImGui::CollapsingHeader("When to see a professional")) {
    bulletLines(view.seeAProfessional);
    warningLines(view.redFlags);
  }
  probeLastItem(probe, "treat/professional");
  if (!view.evidence.empty() && ImGui::CollapsingHeader("Evidence"))
    ImGui::TextWrapped("%s", view.evidence.c_str());
  return intents;
}

}  // namespace myo
