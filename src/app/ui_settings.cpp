// Window settings to and from JSON.
#include "app/ui_settings.h"

#include "core/io/json_limits.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/user_paths.h"
#include "core/io/atomic_file.h"

namespace myo {
namespace {

constexpr int kSmallestWindow = 320, kLargestWindow = 16384;  // px

const char* tabName(SidebarTab tab) {
  switch (tab) {
    case SidebarTab::Parts:
      return "parts";
    case SidebarTab::TriggerPoints:
      return "trigger_points";
    case SidebarTab::Lessons:
      return "lessons";
    case SidebarTab::Quiz:
      return "quiz";
  }
  return "parts";
}

nlohmann::json sideJson(const DockSide& side) {
  return {{"shown", side.shown}, {"collapsed", side.collapsed}, {"width", side.width}};
}

// Reads one side; nlohmann throws type_error on a value of the wrong type.
DockSide sideFrom(const nlohmann::json& json, DockSide side) {
  side.shown = json.value("shown", side.shown);
  side.collapsed = json.value("collapsed", side.collapsed);
  side.width = std::max(json.value("width", side.width), kMinDockWidth);
  return side;
}

UiSettings settingsFrom(const nlohmann::json& json) {
  UiSettings settings;
  if (!json.is_object()) throw std::invalid_argument("it is not a JSON object");
  if (json.contains("window")) {
    const nlohmann::json& window = json.at("window");
    settings.windowWidth =
        std::clamp(window.value("width", settings.windowWidth), kSmallestWindow, kLargestWindow);
    settings.windowHeight =
        std::clamp(window.value("height", settings.windowHeight), kSmallestWindow, kLargestWindow);
  }
  if (json.contains("sidebar")) {
    settings.dock.sidebar = sideFrom(json.at("sidebar"), settings.dock.sidebar);
    const std::string tab = json.at("sidebar").value("tab", std::string("parts"));
    if (tab == "parts")
      settings.dock.tab = SidebarTab::Parts;
    else if (tab == "trigger_points")
      settings.dock.tab = SidebarTab::TriggerPoints;
    else if (tab == "lessons")
      settings.dock.tab = SidebarTab::Lessons;
    else if (tab == "quiz")
      settings.dock.tab = SidebarTab::Quiz;
    else
      throw std::invalid_argument("unknown sidebar tab '" + tab + "'");
  }
  if (json.contains("inspector"))
    settings.dock.inspector = sideFrom(json.at("inspector"), settings.dock.inspector);
  const std::string theme = json.value("theme", std::string("dark"));
  if (theme != "dark" && theme != "light")
    throw std::invalid_argument("unknown theme '" + theme + "'");
  settings.darkTheme = theme == "dark";
  if (json.contains("ui_scale"))
    settings.uiScale = std::clamp(json.at("ui_scale").get<float>(), 1.0f, 2.0f);
  return settings;
}

}  // namespace

std::filesystem::path defaultUiSettingsPath() {
  return userConfigDir() / "settings.json";
}

Result<UiSettings> readUiSettings(const std::filesystem::path& file) {
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return UiSettings{};
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in) return Error{file.string(), "", "cannot be read"};
  if (const Result<std::size_t> depth = jsonDepth(text.str()); depth && *depth > kMaxJsonDepth)
    return Error{file.string(), "",
                 "nests deeper than " + std::to_string(kMaxJsonDepth) + " levels (the limit)"};
  try {
    return settingsFrom(nlohmann::json::parse(text.str()));
  } catch (const nlohmann::json::parse_error& e) {
    return Error{file.string(), "", "is not valid JSON (byte " + std::to_string(e.byte) + ")"};
  } catch (const nlohmann::json::exception& e) {  // a value of the wrong type
    const std::string what = e.what();
    return Error{file.string(), "", "has a wrong value: " + what.substr(what.find("] ") + 2)};
  } catch (const std::invalid_argument& e) {
    return Error{file.string(), "", std::string("has a wrong value: ") + e.what()};
  }
}

Status writeUiSettings(const std::filesystem::path& file, const UiSettings& settings) {
  nlohmann::json sidebar = sideJson(settings.dock.sidebar);
  sidebar["tab"] = tabName(settings.dock.tab);
  nlohmann::json json{
      {"window", {{"width", settings.windowWidth}, {"height", settings.windowHeight}}},
      {"sidebar", sidebar},
      {"inspector", sideJson(settings.dock.inspector)},
      {"theme", settings.darkTheme ? "dark" : "light"}};
  if (settings.uiScale) json["ui_scale"] = *settings.uiScale;
  return writeFileAtomic(file, json.dump(2) + "\n");
}

}  // namespace myo
