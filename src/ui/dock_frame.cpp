// Docked windows, collapsed strips and splitters.
#include "ui/dock_frame.h"

#include <imgui.h>

namespace myo {
namespace {

constexpr ImGuiWindowFlags kDockedFlags =
    ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
    ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoFocusOnAppearing;

void placeNextWindow(const ScreenRect& rect) {
  ImGui::SetNextWindowPos(ImVec2(rect.x, rect.y), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(rect.width, rect.height), ImGuiCond_Always);
}

}  // namespace

bool beginDockedWindow(const char* name, const ScreenRect& rect) {
  placeNextWindow(rect);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  const bool shown = ImGui::Begin(name, nullptr, kDockedFlags);
  ImGui::PopStyleVar(2);
  return shown;
}

bool drawCollapsedStrip(const char* name, const ScreenRect& rect, bool pointsRight,
                        const char* tooltip, ItemProbe* probe, const char* probeKey) {
  bool clicked = false;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(2.0f, 4.0f));
  if (beginDockedWindow(name, rect)) {
    clicked = ImGui::ArrowButton("##open", pointsRight ? ImGuiDir_Right : ImGuiDir_Left);
    probeLastItem(probe, probeKey);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
  }
  ImGui::End();
  ImGui::PopStyleVar();
  return clicked;
}

std::optional<float> drawSplitter(const char* name, const ScreenRect& rect, float sideWidth,
                                  bool growsRight, float uiScale, ItemProbe* probe,
                                  const char* probeKey) {
  if (rect.empty()) return std::nullopt;
  std::optional<float> width;
  placeNextWindow(rect);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0.0f, 0.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowMinSize, ImVec2(1.0f, 1.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  if (ImGui::Begin(name, nullptr,
                   ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground |
                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav |
                       ImGuiWindowFlags_NoBringToFrontOnFocus |
                       ImGuiWindowFlags_NoFocusOnAppearing)) {
    ImGui::InvisibleButton("##drag", ImVec2(rect.width, rect.height));
    probeLastItem(probe, probeKey);
    const bool active = ImGui::IsItemActive();
    const bool hovered = ImGui::IsItemHovered();
    if (active || hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    const float dx = ImGui::GetIO().MouseDelta.x;
    if (active && dx != 0.0f) {
      const float grown = growsRight ? dx : -dx;
      width = draggedDockWidth(sideWidth / uiScale, grown, uiScale, ImGui::GetIO().DisplaySize.x);
    }
    const ImGuiCol colour = active    ? ImGuiCol_SeparatorActive
                            : hovered ? ImGuiCol_SeparatorHovered
                                      : ImGuiCol_Separator;
    const float mid = rect.x + 0.5f * rect.width;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(rect.x, rect.y),
                                              ImVec2(rect.right(), rect.bottom()),
                                              ImGui::GetColorU32(ImGuiCol_WindowBg));
    ImGui::GetWindowDrawList()->AddLine(ImVec2(mid, rect.y), ImVec2(mid, rect.bottom()),
                                        ImGui::GetColorU32(colour),
                                        active || hovered ? 3.0f : 1.0f);
  }
  ImGui::End();
  ImGui::PopStyleVar(3);
  return width;
}

}  // namespace myo
