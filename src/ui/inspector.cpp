// Inspector sections, in the order a person treating a knot reads them.
#include "ui/inspector.h"

#include <imgui.h>

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

UiIntents drawInspector(const UiStateView& view, const ScreenRect& rect, ItemProbe* probe) {
  UiIntents intents;
  if (view.dock.inspector.collapsed) {
    if (drawCollapsedStrip("Inspector", rect, false, "Show the inspector", probe,
                           "dock/inspector_open"))
      intents.collapseInspector = false;
    return intents;
  }
  if (beginDockedWindow("Inspector", rect)) {
    drawHeader(intents, probe);
    ImGui::BeginChild("##inspector_body");
    const TreatmentView& treatment = view.treatment;
    if (treatment.active) {
      ImGui::TextWrapped("%s", treatment.pointName.c_str());
      ImGui::TextDisabled("%s", treatment.pointLabel.c_str());
      if (section("Treat", probe)) mergeIntents(intents, drawTreatmentPanel(treatment, probe));
      drawTriggerPointDetails(treatment);
    } else if (!view.muscleCard.active) {
      ImGui::TextWrapped(
          "Choose a trigger point in the sidebar's Trigger points tab, or click a muscle to "
          "read about it.");
    }
    if (view.muscleCard.active && section("Selected part", probe))
      mergeIntents(intents, drawMuscleCard(view.muscleCard, probe));
    if (section("Referred pain", probe))
      mergeIntents(intents, drawReferralPanel(view.referral, probe));
    ImGui::EndChild();
  }
  ImGui::End();
  return intents;
}

}  // namespace myo
