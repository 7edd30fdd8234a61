// The dark and light ImGui styles and the UI scale.
#include "ui/theme.h"

#include <algorithm>
#include <filesystem>

#include <imgui.h>

#include "ui/label_style.h"

namespace myo {
namespace {

ImVec4 rgb(int hex, float alpha = 1.0f) {
  return {static_cast<float>((hex >> 16) & 0xff) / 255.0f,
          static_cast<float>((hex >> 8) & 0xff) / 255.0f, static_cast<float>(hex & 0xff) / 255.0f,
          alpha};
}

// The colours a theme varies; everything else derives from them.
struct Palette {
  ImVec4 text, textDim, windowBg, panelBg, popupBg, frame, frameHover, border, accent, accentHover,
      accentActive;
};

const Palette kDark{rgb(0xe6e8eb), rgb(0x80868f), rgb(0x1b1e23), rgb(0x21252b),
                    rgb(0x23272e), rgb(0x2c3139), rgb(0x363c46), rgb(0x3a4049),
                    rgb(0x2f7fbf), rgb(0x3a93d9), rgb(0x4aa3e8)};
const Palette kLight{rgb(0x1e2329), rgb(0x8a9099), rgb(0xf5f6f8), rgb(0xe9ecef),
                     rgb(0xffffff), rgb(0xe1e5ea), rgb(0xd3d9e0), rgb(0xc4cad3),
                     rgb(0x2a73b8), rgb(0x3a86cc), rgb(0x1f5f9e)};

ImVec4 withAlpha(ImVec4 c, float a) {
  return {c.x, c.y, c.z, a};
}

void applyPalette(ImGuiStyle& style, const Palette& p) {
  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = p.text;
  c[ImGuiCol_TextDisabled] = p.textDim;
  c[ImGuiCol_WindowBg] = p.windowBg;
  c[ImGuiCol_ChildBg] = withAlpha(p.panelBg, 0.0f);
  c[ImGuiCol_PopupBg] = p.popupBg;
  c[ImGuiCol_MenuBarBg] = p.panelBg;
  c[ImGuiCol_TitleBg] = p.panelBg;
  c[ImGuiCol_TitleBgActive] = p.panelBg;
  c[ImGuiCol_TitleBgCollapsed] = p.panelBg;
  c[ImGuiCol_Border] = p.border;
  c[ImGuiCol_BorderShadow] = withAlpha(p.border, 0.0f);
  c[ImGuiCol_FrameBg] = p.frame;
  c[ImGuiCol_FrameBgHovered] = p.frameHover;
  c[ImGuiCol_FrameBgActive] = p.frameHover;
  c[ImGuiCol_CheckMark] = p.accentActive;
  c[ImGuiCol_SliderGrab] = p.accent;
  c[ImGuiCol_SliderGrabActive] = p.accentActive;
  c[ImGuiCol_Button] = p.frame;
  c[ImGuiCol_ButtonHovered] = p.frameHover;
  c[ImGuiCol_ButtonActive] = withAlpha(p.accent, 0.6f);
  c[ImGuiCol_Header] = withAlpha(p.accent, 0.55f);
  c[ImGuiCol_HeaderHovered] = withAlpha(p.accentHover, 0.25f);
  c[ImGuiCol_HeaderActive] = withAlpha(p.accentActive, 0.55f);
  c[ImGuiCol_Separator] = p.border;
  c[ImGuiCol_SeparatorHovered] = p.accentHover;
  c[ImGuiCol_SeparatorActive] = p.accentActive;
  c[ImGuiCol_ResizeGrip] = withAlpha(p.accent, 0.20f);
  c[ImGuiCol_ResizeGripHovered] = withAlpha(p.accentHover, 0.60f);
  c[ImGuiCol_ResizeGripActive] = p.accentActive;
  c[ImGuiCol_ScrollbarBg] = withAlpha(p.windowBg, 0.0f);
  c[ImGuiCol_ScrollbarGrab] = p.frameHover;
  c[ImGuiCol_ScrollbarGrabHovered] = p.border;
  c[ImGuiCol_ScrollbarGrabActive] = p.accent;
  c[ImGuiCol_TableHeaderBg] = p.frame;
  c[ImGuiCol_TableBorderStrong] = p.border;
  c[ImGuiCol_TableBorderLight] = withAlpha(p.border, 0.5f);
  c[ImGuiCol_TextSelectedBg] = withAlpha(p.accent, 0.35f);
  c[ImGuiCol_NavHighlight] = p.accentHover;
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.0f, 0.0f, 0.0f, 0.45f);
}

void applyShape(ImGuiStyle& style) {
  style.WindowPadding = ImVec2(10.0f, 10.0f);
  style.FramePadding = ImVec2(8.0f, 4.0f);
  style.ItemSpacing = ImVec2(8.0f, 5.0f);
  style.ItemInnerSpacing = ImVec2(6.0f, 4.0f);
  style.IndentSpacing = 16.0f;
  style.ScrollbarSize = 12.0f;
  style.GrabMinSize = 10.0f;
  style.WindowRounding = 6.0f;
  style.ChildRounding = 4.0f;
  style.FrameRounding = 4.0f;
  style.PopupRounding = 4.0f;
  style.ScrollbarRounding = 6.0f;
  style.GrabRounding = 3.0f;
  style.TabRounding = 4.0f;
  style.WindowBorderSize = 1.0f;
  style.FrameBorderSize = 0.0f;
  style.PopupBorderSize = 1.0f;
  style.WindowTitleAlign = ImVec2(0.02f, 0.5f);
}

}  // namespace

void applyTheme(bool dark, float scale) {
  const float s = std::clamp(scale, kUiScaleMin, kUiScaleMax);
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  if (dark) {
    ImGui::StyleColorsDark(&style);
  } else {
    ImGui::StyleColorsLight(&style);
  }
  applyPalette(style, dark ? kDark : kLight);
  applyShape(style);
  style.ScaleAllSizes(s);
  ImGui::GetIO().FontGlobalScale = s;
}

bool loadUiFont() {
  constexpr const char* kFontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  constexpr float kPresenterPixels = 64.0f;
  static const ImWchar kRanges[] = {0x0020, 0x00FF,  // Latin and Latin-1 (°, ×, ½)
                                    0x2010, 0x205E,  // dashes, quotes, ellipsis, bullets
                                    0x2190, 0x21FF,  // arrows
                                    0x2212, 0x2212,  // minus
                                    0x2248, 0x2265,  // ≈, ≤, ≥
                                    0};
  std::error_code missing;
  if (!std::filesystem::exists(kFontFile, missing)) return false;
  ImGuiIO& io = ImGui::GetIO();
  if (io.Fonts->AddFontFromFileTTF(kFontFile, kLabelTextPixels, nullptr, kRanges) == nullptr)
    return false;
  ImFontConfig large;
  large.OversampleH = 1;  // at 64 px a glyph needs no sub-pixel copies (a third of the atlas)
  return io.Fonts->AddFontFromFileTTF(kFontFile, kPresenterPixels, &large, kRanges) != nullptr;
}

ImFont* presenterFont() {
  const ImFontAtlas* fonts = ImGui::GetIO().Fonts;
  return fonts->Fonts.Size > 1 ? fonts->Fonts[1] : nullptr;
}

}  // namespace myo
