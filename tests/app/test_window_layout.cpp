// The real window's docked layout, read back with the `layout` script verb: nothing covers the
// 3D view at 1280x800 and 1920x1080, at 100 % and 200 % UI scale; the layout is kept between
// runs, and a damaged settings file is reported once and replaced.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/ui_settings.h"
#include "core/io/image.h"
#include "support/run_command.h"
#include "support/test_paths.h"

namespace {

struct Rect {
  double x, y, w, h;
};

Rect rectOf(const nlohmann::json& json) {
  return {json[0].get<double>(), json[1].get<double>(), json[2].get<double>(),
          json[3].get<double>()};
}

bool overlap(const Rect& a, const Rect& b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

std::string readText(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs `script` in the window at `size` with `dir` as its config and data folders; returns
// what it printed and the layout it wrote to dir/layout.json.
std::pair<myo::test::RunResult, nlohmann::json> runLayout(const std::filesystem::path& dir,
                                                          const std::string& size,
                                                          const std::string& script) {
  std::filesystem::create_directories(dir);
  std::filesystem::remove(dir / "layout.json");
  { std::ofstream(dir / "layout.myo") << script << "layout layout.json\nquit\n"; }
  const myo::test::RunResult result = myo::test::runCommand(
      "XDG_DATA_HOME=" + dir.string() + " XDG_CONFIG_HOME=" + dir.string() +
      " xvfb-run -a -s '-screen 0 1920x1080x24' " + std::string(MYOSCOPE_BINARY) +
      (size.empty() ? "" : " --window-size " + size) + " --script " +
      (dir / "layout.myo").string() + " 2>&1");
  INFO(result.output);
  REQUIRE(result.status == 0);
  return {result, nlohmann::json::parse(readText(dir / "layout.json"))};
}

}  // namespace

TEST_CASE("the real window leaves the 3D view uncovered at 1280x800 and 1920x1080",
          "[smoke][layout]") {
  for (const auto& [size, width, height] :
       {std::tuple("1280x800", 1280.0, 800.0), std::tuple("1920x1080", 1920.0, 1080.0)}) {
    for (const int scale : {100, 200}) {
      const auto dir = myo::test::scratch() / ("layout_" + std::string(size));
      std::filesystem::remove_all(dir);
      const auto [result, layout] =
          runLayout(dir, size,
                    "wait-ready\nselect-point upper_trapezius_1.R\nui-scale " +
                        std::to_string(scale) + "\nframes 2\n");
      INFO(size << " at " << scale << " %: " << layout.dump());
      const Rect view = rectOf(layout["view"]);
      CHECK(view.w >= 0.3 * width);
      CHECK(view.h >= 0.85 * height);
      for (const char* name : {"sidebar", "inspector", "menu_bar", "status_bar"})
        CHECK(layout["panels"].contains(name));
      for (const auto& [name, rect] : layout["panels"].items()) {
        INFO(name);
        const Rect panel = rectOf(rect);
        CHECK_FALSE(overlap(panel, view));
        CHECK(panel.x >= 0.0);
        CHECK(panel.x + panel.w <= width);
        CHECK(panel.y + panel.h <= height);
      }
    }
  }
}

TEST_CASE("F12's picture is the 3D view alone, at its size or twice it", "[smoke][layout]") {
  const auto dir = myo::test::scratch() / "layout_view_image";
  std::filesystem::remove_all(dir);
  const auto [result, layout] =
      runLayout(dir, "1280x800", "wait-ready\nview-image view1.png 1\nview-image view2.png 2\n");
  const Rect view = rectOf(layout["view"]);
  auto one = myo::readPng(dir / "view1.png");
  auto two = myo::readPng(dir / "view2.png");
  REQUIRE(one.ok());
  REQUIRE(two.ok());
  CHECK(one->width == static_cast<int>(view.w));
  CHECK(one->height == static_cast<int>(view.h));
  CHECK(two->width == 2 * one->width);
  CHECK(two->height == 2 * one->height);
  // No panel in it: the top row is the background's gradient, as grey as the view's own top.
  const std::uint8_t* corner = one->pixel(2, 2);
  CHECK(std::abs(corner[0] - corner[2]) < 20);
  CHECK(corner[0] > 60);  // the dark theme's panels are darker than the background's top
}

TEST_CASE("the window keeps its size and layout between runs and replaces a damaged file",
          "[smoke][layout]") {
  const auto dir = myo::test::scratch() / "layout_kept";
  std::filesystem::remove_all(dir);
  const auto settings = dir / "myoscope" / "settings.json";
  std::filesystem::create_directories(settings.parent_path());
  { std::ofstream(settings) << "{\"sidebar\": {\"width\": 4"; }  // cut off mid-write
  const auto [damaged, defaults] = runLayout(dir, "", "frames 1\n");
  const std::string problem = "settings.json: is not valid JSON";
  const std::size_t first = damaged.output.find(problem);
  CHECK(first != std::string::npos);
  CHECK(damaged.output.find(problem, first + 1) == std::string::npos);  // once
  CHECK(rectOf(defaults["panels"]["sidebar"]).w == 300.0);
  REQUIRE(myo::readUiSettings(settings).ok());  // replaced by the settings in use

  myo::UiSettings chosen;
  chosen.windowWidth = 1440;
  chosen.windowHeight = 900;
  chosen.dock.sidebar.width = 420.0f;
  chosen.dock.inspector.collapsed = true;
  chosen.dock.tab = myo::SidebarTab::TriggerPoints;
  chosen.uiScale = 1.0f;
  REQUIRE(myo::writeUiSettings(settings, chosen).ok());
  const auto [kept, layout] = runLayout(dir, "", "frames 1\n");
  INFO(layout.dump());
  CHECK(kept.output.find("settings.json") == std::string::npos);
  CHECK(rectOf(layout["panels"]["menu_bar"]).w == 1440.0);
  CHECK(rectOf(layout["panels"]["sidebar"]).w == 420.0);
  CHECK(rectOf(layout["panels"]["inspector"]).w < 40.0);  // the collapsed strip
  const auto after = myo::readUiSettings(settings);
  REQUIRE(after.ok());
  CHECK(after->windowWidth == 1440);
  CHECK(after->dock.sidebar.width == 420.0f);
  CHECK(after->dock.inspector.collapsed);
  CHECK(after->dock.tab == myo::SidebarTab::TriggerPoints);
}
