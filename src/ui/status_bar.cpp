// The bottom status bar.
#include "ui/status_bar.h"

#include <algorithm>
#include <filesystem>
#include <string>

#include <imgui.h>
#include <imgui_internal.h>

#include "ui/number_format.h"

namespace myo {
namespace {

const ImVec4 kWarningColor{0.95f, 0.68f, 0.22f, 1.0f};

void separator() {
  ImGui::SameLine();
  ImGui::TextDisabled("|");
  ImGui::SameLine();
}

std::string displayName(const std::string& source) {
  if (source.empty()) return "No model";
  const std::string name = std::filesystem::path(source).filename().string();
  return name.empty() ? source : name;
}

// A body opening in the background: its bar and name, in place of the message.
void drawOpening(const UiStateView& view) {
  const float fontSize = ImGui::GetFontSize();
  const std::string percent =
      std::to_string(static_cast<int>(view.openingProgress * 100.0f)) + " %";
  ImGui::ProgressBar(view.openingProgress, ImVec2(8.0f * fontSize, 0.0f), percent.c_str());
  ImGui::SameLine();
  ImGui::Text("Opening %s...", view.opening.c_str());
}

// The status message, else the latest warning in the warning colour with all of them on hover.
void drawMessage(const UiStateView& view, float maxX) {
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImGui::PushClipRect(start, ImVec2(std::max(maxX, start.x), start.y + ImGui::GetFrameHeight()),
                      true);
  if (!view.statusMessage.empty()) {
    ImGui::TextUnformatted(view.statusMessage.c_str());
  } else if (!view.warnings.empty()) {
    std::string text = "[!] " + view.warnings.back();
    if (view.warnings.size() > 1) {
      text += "  (+" + std::to_string(view.warnings.size() - 1) + " more)";
    }
    ImGui::PushStyleColor(ImGuiCol_Text, kWarningColor);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
  } else {
    ImGui::TextUnformatted("");
  }
  ImGui::PopClipRect();
  const bool cutOff = ImGui::GetItemRectMax().x > maxX;
  if (cutOff && !view.statusMessage.empty() && ImGui::IsItemHovered()) {
    ImGui::SetTooltip("%s", view.statusMessage.c_str());  // the whole message
  } else if (!view.warnings.empty() && ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 40.0f);
    for (const std::string& warning : view.warnings) ImGui::BulletText("%s", warning.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
}

}  // namespace

void drawStatusBar(const UiStateView& view) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
                                 ImGuiWindowFlags_NoScrollWithMouse;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(style.WindowPadding.x, 0.0f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, style.Colors[ImGuiCol_MenuBarBg]);
  if (ImGui::BeginViewportSideBar("##status_bar", ImGui::GetMainViewport(), ImGuiDir_Down,
                                  ImGui::GetFrameHeight(), flags)) {
    const std::string source = displayName(view.sourceName);
    const std::string triangles = formatThousands(view.triangleCount) + " triangles";
    const std::string fps = formatFps(view.fps);
    const std::string renderer = view.renderer.empty() ? "no renderer" : view.renderer;

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(source.c_str());
    if (ImGui::IsItemHovered() && !view.sourceName.empty()) {
      ImGui::SetTooltip("%s", view.sourceName.c_str());
    }
    separator();
    ImGui::TextUnformatted(triangles.c_str());
    separator();

    // The frame rate alone on the right (the renderer on hover), so the message has the room.
    const float rightWidth = ImGui::CalcTextSize(fps.c_str()).x + style.ItemSpacing.x;
    const float rightX = ImGui::GetWindowContentRegionMax().x - rightWidth;
    if (!view.opening.empty())
      drawOpening(view);
    else
      drawMessage(view, ImGui::GetWindowPos().x + rightX - style.ItemSpacing.x);

    ImGui::SameLine(rightX);
    ImGui::TextDisabled("%s", fps.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Drawn by %s", renderer.c_str());
  }
  ImGui::End();
  ImGui::PopStyleColor();
  ImGui::PopStyleVar(2);
}

}  // namespace myo
