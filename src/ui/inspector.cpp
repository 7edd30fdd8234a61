// Inspector sections, in the order a person treating a knot reads them.
#include "ui/inspector.h"

#include <algorithm>

#include <imgui.h>

#include <string>

#include "ui/dock_frame.h"
#include "ui/muscle_card.h"
#include "ui/referral_panel.h"
#include "ui/treatment_panel.h"
#include "ui/trigger_point_panel.h"

namespace myo {
namespace {

// A top-level section header in the full accent colour, so that the panels' own (paler)
// headers read as parts of it; open at first. True while open.
bool section(const char* label, ItemProbe* probe) {
  const ImGuiStyle& style = ImGui::GetStyle();
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Header, style.Colors[ImGuiCol_SliderGrab]);
  ImGui::PushStyleColor(ImGuiCol_HeaderHovered, style.Colors[ImGuiCol_SliderGrabActive]);
  const bool open = ImGui::CollapsingHeader(label, ImGuiTreeNodeFlags_DefaultOpen);
  ImGui::PopStyleColor(2);
  probeLastItem(probe, std::string("inspector/") + label);
  return open;
}

const ImVec4 kWarningColour(0.93f, 0.42f, 0.32f, 1.0f);  // as the Treat panel's warning lines

// The first sentence of the first warning sign the chosen point and technique carry (the
// whole list is a click away); "" when there is none. O(length).
std::string firstWarningSign(const TreatmentView& treatment) {
  if (!treatment.active) return {};
  const std::vector<std::string>& signs =
      !treatment.pointRedFlags.empty() ? treatment.pointRedFlags : treatment.techniqueRedFlags;
  if (signs.empty()) return {};
  const std::string& sign = signs.front();
  const std::size_t end = sign.find(". ");
  return end == std::string::npos ? sign : sign.substr(0, end + 1);
}

// Most of the inspector's height the footer's sign may take; a longer sign scrolls in place.
constexpr float kFooterShareMax = 0.3f;

// The height (px) of the footer's sign: `sign` wrapped to the window, at most kFooterShareMax
// of `bodyHeight`.
float footerSignHeight(const std::string& sign, float bodyHeight) {
  const float wrap = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ScrollbarSize;
  const float text = ImGui::CalcTextSize(sign.c_str(), nullptr, false, wrap).y;
  return std::min(text, std::max(ImGui::GetTextLineHeight(), kFooterShareMax * bodyHeight));
}

// The footer's height (px): a separator, its title, the sign and a small button.
float footerHeight(float signHeight) {
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  return 2.0f * ImGui::GetTextLineHeightWithSpacing() + signHeight + 2.0f * spacing + 1.0f;
}

// The footer: the first warning sign always in view (scrolling in place when the inspector is
// too short for all of it), and a button to all of them (the Treat section's list). True when
// it was clicked.
bool drawWarningFooter(const TreatmentView& treatment, const std::string& sign, float signHeight,
                       ItemProbe* probe) {
  ImGui::Separator();
  ImGui::TextColored(kWarningColour, "Stop and get help if");
  ImGui::BeginChild("##first_warning", ImVec2(0.0f, signHeight));
  ImGui::PushStyleColor(ImGuiCol_Text, kWarningColour);
  ImGui::TextWrapped("%s", sign.c_str());
  ImGui::PopStyleColor();
  probeLastItem(probe, "inspector/first_warning");
  ImGui::EndChild();
  const std::size_t signs = treatment.pointRedFlags.size() + treatment.techniqueRedFlags.size();
  const std::string all = signs > 1 ? "All " + std::to_string(signs) + " warning signs" : "More";
  const bool clicked = ImGui::SmallButton(all.c_str());
  probeLastItem(probe, "inspector/all_warnings");
  return clicked;
}

// Where the knot is, in words a person can follow on their own body.
void drawWhereToPress(const TreatmentView& treatment) {
  if (!treatment.whereToPress.empty()) ImGui::TextWrapped("%s", treatment.whereToPress.c_str());
  if (!treatment.findFrom.empty()) {
    ImGui::TextDisabled("Find it from");
    for (const std::string& landmark : treatment.findFrom) {
      ImGui::Bullet();
      ImGui::TextWrapped("%s", landmark.c_str());  // wraps in a narrow inspector
    }
  }
  // Depth only: how (and whether) to press is the technique's to say, in the Treat section.
  ImGui::TextDisabled("%s", treatment.deep ? "Deep: it lies under other muscles"
                                           : "Near the surface, under the skin");
}

// The top row: the inspector's name and the button that collapses it.
void drawHeader(UiIntents& intents, ItemProbe* probe) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("Inspector");
  const float button = ImGui::GetFrameHeight();
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - button);
  if (ImGui::Button("\u00bb", ImVec2(button, 0.0f))) intents.collapseInspector = true;
  probeLastItem(probe, "dock/inspector_collapse");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Collapse the inspector");
  ImGui::Separator();
}

}  // namespace

UiIntents drawInspector(const UiStateView& view, const ScreenRect& rect, InspectorMemory& memory,
                        ItemProbe* probe) {
  UiIntents intents;
  if (view.dock.inspector.collapsed) {
    if (drawCollapsedStrip("Inspector", rect, false, "Show the inspector", probe,
                           "dock/inspector_open"))
      intents.collapseInspector = false;
    return intents;
  }
  if (beginDockedWindow("Inspector", rect)) {
    drawHeader(intents, probe);
    const TreatmentView& treatment = view.treatment;
    // The footer repeats the first sign only while the full list is out of view.
    const std::string firstSign =
        memory.warningsInView ? std::string() : firstWarningSign(treatment);
    const float signHeight =
        firstSign.empty() ? 0.0f : footerSignHeight(firstSign, ImGui::GetContentRegionAvail().y);
    ImGui::BeginChild("##inspector_body",
                      ImVec2(0.0f, firstSign.empty() ? 0.0f : -footerHeight(signHeight)));
    if (treatment.active) {
      ImGui::TextWrapped("%s", treatment.pointName.c_str());
      ImGui::TextDisabled("%s", treatment.pointLabel.c_str());
      if (section("Where to press", probe)) drawWhereToPress(treatment);
      const bool timing = !treatment.ready && !treatment.done;
      const bool treatOpen = section("Treat", probe);
      if (timing && !memory.timing) ImGui::SetScrollHereY(0.0f);  // a hold began: the timer on top
      memory.timing = timing;
      bool warningsInView = false;
      if (treatOpen || memory.showWarnings)
        mergeIntents(intents,
                     drawTreatmentPanel(treatment, probe, memory.showWarnings, &warningsInView));
      memory.showWarnings = false;
      memory.warningsInView = warningsInView;
      drawTriggerPointDetails(treatment);
    } else if (treatment.hiddenByQuiz) {
      ImGui::TextWrapped("The quiz's trigger point is named once the answer is revealed.");
    } else if (!view.muscleCard.active) {
      ImGui::TextWrapped(
          "Choose a trigger point in the sidebar's Points tab, or click a muscle to "
          "read about it.");
    }
    if (view.muscleCard.active && section("Selected part", probe))
      mergeIntents(intents, drawMuscleCard(view.muscleCard, probe));
    if (section("Referred pain", probe))
      mergeIntents(intents, drawReferralPanel(view.referral, probe));
    ImGui::EndChild();
    if (!firstSign.empty() && drawWarningFooter(treatment, firstSign, signHeight, probe))
      memory.showWarnings = true;
  }
  ImGui::End();
  return intents;
}

}  // namespace myo
