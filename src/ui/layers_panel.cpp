// Opacity sliders, the X-ray switch and the muscle layer choice.
#include "ui/layers_panel.h"

#include <imgui.h>

namespace myo {

UiIntents drawLayersPanel(const LayersView& view, ItemProbe* probe) {
  UiIntents intents;
  bool xray = view.xray;
  if (ImGui::Checkbox("X-ray", &xray)) intents.setXray = xray;
  probeLastItem(probe, "layers/xray");
  ImGui::BeginDisabled(view.xray);
  const auto slider = [&](const char* id, const char* format, float value,
                          std::optional<float>& out) {
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::SliderFloat(id, &value, 0.0f, 1.0f, format)) out = value;
    probeLastItem(probe, std::string("layers/") + (id + 2));
  };
  slider("##skin", "skin %.2f", view.skinOpacity, intents.setSkinOpacity);
  slider("##muscle", "muscles %.2f", view.muscleOpacity, intents.setMuscleOpacity);
  slider("##bone", "bones %.2f", view.boneOpacity, intents.setBoneOpacity);
  ImGui::EndDisabled();
  static constexpr const char* kPeel[] = {"All muscle layers", "Without the superficial layer",
                                          "Deep layer only"};
  int peel = view.peel;
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::Combo("##peel", &peel, kPeel, 3)) intents.setPeel = peel;
  probeLastItem(probe, "layers/peel");
  return intents;
}

}  // namespace myo
