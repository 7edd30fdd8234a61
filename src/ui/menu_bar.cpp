// The main menu bar and the intents its items produce.
#include "ui/menu_bar.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>

#include <imgui.h>

#include "ui/theme.h"

namespace myo {
namespace {

struct PresetItem {
  const char* label;
  const char* shortcut;
  ViewPreset preset;
};

constexpr std::array<PresetItem, 6> kPresets{{{"Front", "1", ViewPreset::Front},
                                              {"Back", "2", ViewPreset::Back},
                                              {"Left", "3", ViewPreset::Left},
                                              {"Right", "4", ViewPreset::Right},
                                              {"Top", "5", ViewPreset::Top},
                                              {"Three-quarter", "6", ViewPreset::ThreeQuarter}}};

// A menu item recorded in the probe as "menu/<label>".
bool menuItem(const char* label, const char* shortcut, bool selected, ItemProbe* probe,
              bool enabled = true) {
  const bool clicked = ImGui::MenuItem(label, shortcut, selected, enabled);
  if (probe != nullptr) probeLastItem(probe, std::string("menu/") + label);
  return clicked;
}

// A top-level or sub menu, recorded in the probe as "menu/<label>" while closed (once open, the
// last item is inside the menu's own window).
bool beginMenu(const char* label, ItemProbe* probe, bool enabled = true) {
  const bool open = ImGui::BeginMenu(label, enabled);
  if (probe != nullptr && !open) probeLastItem(probe, std::string("menu/") + label);
  return open;
}

// The dialog starts in the folder of the most recent file, when there is one.
std::filesystem::path dialogStart(const UiStateView& view) {
  if (view.recentFiles.empty()) return {};
  std::error_code ec;
  const std::filesystem::path recent(view.recentFiles.front());
  return std::filesystem::is_directory(recent, ec) ? recent : recent.parent_path();
}

void drawRecentMenu(const UiStateView& view, UiIntents& intents, ItemProbe* probe) {
  if (!beginMenu("Recent", probe, !view.recentFiles.empty())) return;
  for (std::size_t i = 0; i < view.recentFiles.size(); ++i) {
    const std::string& path = view.recentFiles[i];
    const std::string name = std::filesystem::path(path).filename().string();
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::MenuItem(name.empty() ? path.c_str() : name.c_str())) {
      intents.openPaths.emplace_back(path);
    }
    probeLastItem(probe, "menu/recent", static_cast<long long>(i));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", path.c_str());
    ImGui::PopID();
  }
  ImGui::EndMenu();
}

void drawFileMenu(const UiStateView& view, FileDialogMemory& dialog, WindowToggles& windows,
                  UiIntents& intents, ItemProbe* probe) {
  if (!beginMenu("File", probe)) return;
  if (menuItem("Open...", nullptr, false, probe)) {
    openFileDialog(dialog, FileDialogMode::Files, dialogStart(view));
  }
  if (menuItem("Open folder...", nullptr, false, probe)) {
    openFileDialog(dialog, FileDialogMode::Folder, dialogStart(view));
  }
  drawRecentMenu(view, intents, probe);
  ImGui::Separator();
  if (menuItem("Save 3D view", "F12", false, probe)) intents.saveViewImage = ViewPicture{};
  if (menuItem("Save 3D view at twice the size", nullptr, false, probe))
    intents.saveViewImage = ViewPicture{2, 0, 0, false, false, {}};
  if (menuItem("Export 3D view...", nullptr, false, probe)) windows.exportView = true;
  if (menuItem("Save window", "Shift+F12", false, probe)) intents.takeScreenshot = true;
  ImGui::Separator();
  if (menuItem("Quit", nullptr, false, probe)) intents.quit = true;
  ImGui::EndMenu();
}

void drawScaleMenu(const UiStateView& view, UiIntents& intents, ItemProbe* probe) {
  if (!beginMenu("UI scale", probe)) return;
  for (float scale : kUiScaleSteps) {
    char label[16];
    std::snprintf(label, sizeof label, "%d %%", static_cast<int>(std::lround(scale * 100.0f)));
    if (menuItem(label, nullptr, std::fabs(view.uiScale - scale) < 0.01f, probe)) {
      intents.setUiScale = scale;
    }
  }
  ImGui::EndMenu();
}

// The label layers, each on or off (the selected muscle is labelled either way).
void drawLabelsMenu(const UiStateView& view, UiIntents& intents, ItemProbe* probe) {
  if (!beginMenu("Labels", probe)) return;
  const struct {
    const char* label;
    bool LabelLayers::*layer;
  } layers[] = {{"Muscles", &LabelLayers::muscles},
                {"Trigger points", &LabelLayers::triggerPoints},
                {"Landmarks", &LabelLayers::landmarks}};
  for (const auto& item : layers)
    if (menuItem(item.label, nullptr, view.labels.*item.layer, probe)) {
      LabelLayers changed = view.labels;
      changed.*item.layer = !(changed.*item.layer);
      intents.setLabels = changed;
    }
  ImGui::EndMenu();
}

void drawViewMenu(const UiStateView& view, UiIntents& intents, ItemProbe* probe) {
  if (!beginMenu("View", probe)) return;
  for (const PresetItem& item : kPresets) {
    if (menuItem(item.label, item.shortcut, false, probe)) intents.viewPreset = item.preset;
  }
  if (menuItem("Frame all", "F", false, probe)) intents.frameAll = true;
  ImGui::Separator();
  if (menuItem("Sidebar", "F2", view.dock.sidebar.shown, probe)) intents.toggleSidebar = true;
  if (menuItem("Inspector", "F3", view.dock.inspector.shown, probe)) intents.toggleInspector = true;
  if (menuItem("Pain diary", "F4", view.dock.diary, probe)) intents.showDiary = !view.dock.diary;
  if (menuItem("Presenter mode", "F11", view.presenter, probe)) intents.setPresenter = true;
  if (menuItem("Turntable", "T", view.turntable, probe)) intents.setTurntable = !view.turntable;
  drawLabelsMenu(view, intents, probe);
  ImGui::Separator();
  if (menuItem("Dark theme", nullptr, view.darkTheme, probe)) intents.setDarkTheme = true;
  if (menuItem("Light theme", nullptr, !view.darkTheme, probe)) intents.setDarkTheme = false;
  drawScaleMenu(view, intents, probe);
  ImGui::EndMenu();
}

void drawHelpMenu(WindowToggles& windows, ItemProbe* probe) {
  if (!beginMenu("Help", probe)) return;
  if (menuItem("Controls", nullptr, windows.controls, probe)) windows.controls = true;
  if (menuItem("About Myoscope", nullptr, windows.about, probe)) windows.about = true;
  ImGui::EndMenu();
}

}  // namespace

UiIntents drawMenuBar(const UiStateView& view, WindowToggles& windows, FileDialogMemory& dialog,
                      ItemProbe* probe) {
  UiIntents intents;
  if (!ImGui::BeginMainMenuBar()) return intents;
  drawFileMenu(view, dialog, windows, intents, probe);
  drawViewMenu(view, intents, probe);
  drawHelpMenu(windows, probe);
  ImGui::EndMainMenuBar();
  return intents;
}

}  // namespace myo
