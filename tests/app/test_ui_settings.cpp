// Window settings: kept between runs as written, defaults when there is no file, and a damaged
// file reported with its name and problem (never a crash).
#include <catch2/catch.hpp>

#include <fstream>

#include "app/ui_settings.h"
#include "support/test_paths.h"

namespace {

std::filesystem::path freshFile(const std::string& name) {
  const auto dir = myo::test::scratch() / "ui_settings";
  std::filesystem::create_directories(dir);
  const auto file = dir / name;
  std::filesystem::remove(file);
  return file;
}

void write(const std::filesystem::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("settings come back as they were saved", "[persist]") {
  const auto file = freshFile("round_trip.json");
  myo::UiSettings saved;
  saved.windowWidth = 1920;
  saved.windowHeight = 1080;
  saved.dock.sidebar.width = 412.0f;
  saved.dock.inspector.collapsed = true;
  saved.dock.inspector.shown = false;
  saved.dock.tab = myo::SidebarTab::TriggerPoints;
  saved.darkTheme = false;
  saved.uiScale = 1.5f;
  REQUIRE(myo::writeUiSettings(file, saved).ok());
  const auto read = myo::readUiSettings(file);
  REQUIRE(read.ok());
  CHECK(read->windowWidth == 1920);
  CHECK(read->windowHeight == 1080);
  CHECK(read->dock.sidebar.width == 412.0f);
  CHECK(read->dock.sidebar.shown);
  CHECK(read->dock.inspector.collapsed);
  CHECK_FALSE(read->dock.inspector.shown);
  CHECK(read->dock.tab == myo::SidebarTab::TriggerPoints);
  CHECK_FALSE(read->darkTheme);
  CHECK(read->uiScale == 1.5f);
}

TEST_CASE("no settings file means the defaults", "[persist]") {
  const auto read = myo::readUiSettings(freshFile("missing.json"));
  REQUIRE(read.ok());
  CHECK(read->windowWidth == 1280);
  CHECK(read->dock.sidebar.width == myo::DockSettings{}.sidebar.width);
  CHECK_FALSE(read->uiScale.has_value());
}

TEST_CASE("a damaged settings file is an error naming it and the problem", "[persist]") {
  const auto file = freshFile("damaged.json");
  write(file, "{\"window\": {\"width\": 1280,");
  auto read = myo::readUiSettings(file);
  REQUIRE_FALSE(read.ok());
  CHECK(read.error().message().find(file.string() + ": is not valid JSON") == 0);
  write(file, R"({"sidebar": {"shown": "yes"}})");
  read = myo::readUiSettings(file);
  REQUIRE_FALSE(read.ok());
  CHECK(read.error().message().find("has a wrong value: type must be boolean") !=
        std::string::npos);
  write(file, R"({"theme": "purple"})");
  read = myo::readUiSettings(file);
  REQUIRE_FALSE(read.ok());
  CHECK(read.error().message() == file.string() + ": has a wrong value: unknown theme 'purple'");
}

TEST_CASE("settings out of range are clamped", "[persist]") {
  const auto file = freshFile("clamped.json");
  write(file,
        R"({"window": {"width": 5, "height": 99999}, "sidebar": {"width": -40}, "ui_scale": 7})");
  const auto read = myo::readUiSettings(file);
  REQUIRE(read.ok());
  CHECK(read->windowWidth == 320);
  CHECK(read->windowHeight == 16384);
  CHECK(read->dock.sidebar.width == myo::kMinDockWidth);
  CHECK(read->uiScale == 2.0f);
}
