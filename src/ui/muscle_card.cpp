// Card text, trigger point buttons and the selection actions.
#include "ui/muscle_card.h"

#include <cfloat>

#include <imgui.h>

namespace myo {
namespace {

void labelled(const char* label, const std::string& text) {
  if (text.empty()) return;
  ImGui::TextDisabled("%s", label);
  ImGui::Indent();
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::Unindent();
}

}  // namespace

UiIntents drawMuscleCard(const MuscleCardView& view, ItemProbe* probe) {
  UiIntents intents;
  if (!view.active) return intents;
  ImGui::TextWrapped("%s", view.title.c_str());
  static constexpr const char* kLayers[] = {"", "superficial", "intermediate", "deep"};
  if (view.layer >= 1 && view.layer <= 3)
    ImGui::TextDisabled("%s, %s layer", view.kind.c_str(), kLayers[view.layer]);
  else
    ImGui::TextDisabled("%s", view.kind.c_str());
  labelled("What it does", view.action);
  labelled("Starts at", view.origin);
  labelled("Attaches to", view.insertion);
  labelled("Nerve", view.innervation);
  if (!view.triggerPoints.empty()) {
    ImGui::TextDisabled("Trigger points");
    for (const TriggerPointListView::Row& row : view.triggerPoints) {
      ImGui::PushID(row.index);
      // Full width, so a long place is clipped at the edge (and read whole on hover).
      if (ImGui::Button(row.label.c_str(), ImVec2(-FLT_MIN, 0.0f)))
        intents.selectTriggerPoint = row.index;
      ImGui::PopID();
      probeLastItem(probe, "card/point", row.index);
      if (ImGui::IsItemHovered() && !row.tooltip.empty())
        ImGui::SetTooltip("%s", row.tooltip.c_str());
    }
  }
  if (ImGui::Button("Isolate")) intents.isolatePart = view.part;
  probeLastItem(probe, "card/isolate");
  ImGui::SameLine();
  ImGui::BeginDisabled(view.layer == 0);
  if (ImGui::Button("Only this layer")) intents.showLayerOfPart = view.part;
  probeLastItem(probe, "card/layer");
  ImGui::EndDisabled();
  if (ImGui::Button("Frame")) intents.framePart = view.part;
  probeLastItem(probe, "card/frame");
  ImGui::SameLine();
  ImGui::BeginDisabled(!view.hasMirror);
  if (ImGui::Button("Other side")) intents.mirrorSelection = true;
  probeLastItem(probe, "card/mirror");
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (ImGui::Button("Deselect")) intents.clearSelection = true;
  probeLastItem(probe, "card/deselect");
  if (!view.sources.empty() && ImGui::CollapsingHeader("Sources"))
    for (const std::string& source : view.sources) ImGui::BulletText("%s", source.c_str());
  return intents;
}

}  // namespace myo
