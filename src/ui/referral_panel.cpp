// Trigger point list, playback controls and the colormap legend.
#include "ui/referral_panel.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>

namespace myo {
namespace {

ImU32 toColor(const glm::vec3& srgb) {
  return IM_COL32(static_cast<int>(255.0f * srgb.x), static_cast<int>(255.0f * srgb.y),
                  static_cast<int>(255.0f * srgb.z), 255);
}

// A horizontal bar of the colormap from 0 to 1 with its meaning underneath.
void drawLegend(Colormap map) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x, height = ImGui::GetFrameHeight() * 0.6f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  constexpr int kSteps = 32;
  for (int i = 0; i < kSteps; ++i) {
    const float a = static_cast<float>(i) / kSteps, b = static_cast<float>(i + 1) / kSteps;
    draw->AddRectFilledMultiColor(ImVec2(origin.x + a * width, origin.y),
                                  ImVec2(origin.x + b * width, origin.y + height),
                                  toColor(colormapColor(map, a)), toColor(colormapColor(map, b)),
                                  toColor(colormapColor(map, b)), toColor(colormapColor(map, a)));
  }
  ImGui::Dummy(ImVec2(width, height));
  ImGui::TextUnformatted("few patients");
  ImGui::SameLine(std::max(0.0f, width - ImGui::CalcTextSize("most patients").x));
  ImGui::TextUnformatted("most patients");
  ImGui::TextWrapped(
      "Shade shows how often patients report pain there, not how strong it is. Patterns are "
      "typical, not fixed.");
}

}  // namespace

UiIntents drawReferralPanel(const ReferralView& view, ItemProbe* probe) {
  UiIntents intents;
  if (!view.status.empty()) ImGui::TextWrapped("%s", view.status.c_str());
  if (view.progress >= 0.0f) {
    ImGui::ProgressBar(view.progress, ImVec2(-1.0f, 0.0f));
    probeLastItem(probe, "referral/progress");
  }
  if (view.selection.empty()) ImGui::TextDisabled("Choose a trigger point to see its referral");
  ImGui::BeginDisabled(view.selection.empty());
  if (ImGui::Button(view.playing ? "Pause" : "Play")) intents.setPlaying = !view.playing;
  probeLastItem(probe, "referral/play");
  ImGui::SameLine();
  bool loop = view.loop;
  if (ImGui::Checkbox("Loop", &loop)) intents.setReferralLoop = loop;
  probeLastItem(probe, "referral/loop");
  float seconds = view.seconds;
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::SliderFloat("##time", &seconds, 0.0f, view.loopSeconds, "%.1f s"))
    intents.setReferralSeconds = seconds;
  probeLastItem(probe, "referral/time");
  float speed = view.speed;
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::SliderFloat("##speed", &speed, 0.25f, 2.0f, "speed %.2fx"))
    intents.setReferralSpeed = speed;
  ImGui::EndDisabled();
  for (const Colormap map : {Colormap::Warm, Colormap::Viridis, Colormap::Cividis}) {
    if (map != Colormap::Warm) ImGui::SameLine();
    const std::string name(colormapName(map));
    if (ImGui::RadioButton(name.c_str(), view.colormap == map)) intents.setColormap = map;
    probeLastItem(probe, "referral/colormap/" + name);
  }
  bool isolines = view.isolines;
  if (ImGui::Checkbox("Isolines every 5 cm", &isolines)) intents.setIsolines = isolines;
  probeLastItem(probe, "referral/isolines");
  drawLegend(view.colormap);
  return intents;
}

}  // namespace myo
