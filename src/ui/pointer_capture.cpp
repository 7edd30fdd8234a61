// Pointer capture: ImGui's own answer where it is current, a hit test of last frame's windows
// where the pointer has moved since.
#include "ui/pointer_capture.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>

namespace myo {

bool panelsTakePress(double x, double y) {
  const ImGuiIO& io = ImGui::GetIO();
  const bool seen = std::abs(io.MousePos.x - x) < 0.5 && std::abs(io.MousePos.y - y) < 0.5;
  if (seen) return io.WantCaptureMouse;
  if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel))
    return true;
  const ImVec2 at(static_cast<float>(x), static_cast<float>(y));
  for (const ImGuiWindow* window : GImGui->Windows)
    if (window->Active && !window->Hidden &&
        (window->Flags & ImGuiWindowFlags_NoMouseInputs) == 0 &&
        window->OuterRectClipped.Contains(at))
      return true;
  return false;
}

}  // namespace myo
