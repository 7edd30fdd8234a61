#include <imgui_internal.h>
#include <catch2/catch.hpp>

#include "imgui_harness.h"
#include "ui/help_windows.h"
#include "ui/main_ui.h"
#include "ui/theme.h"

using myo::UiIntents;
using myo::test::ImGuiHarness;

namespace {

struct MenuFixture {
  ImGuiHarness ui;
  myo::UiStateView view;
  myo::MainUiMemory memory;
  UiIntents intents;
  std::function<void()> draw = [this] {
    myo::mergeIntents(intents, myo::drawMainUi(view, memory));
  };

  MenuFixture() {
    memory.probe = &ui.probe;
    ui.frames(2, draw);
  }
  // Opens a top-level menu and clicks one of its items (both by probe key).
  void choose(const std::string& menu, const std::string& item) {
    ui.click(ui.centerOf(menu), draw);
    ui.frames(2, draw);
    ui.click(ui.centerOf(item), draw);
  }
  // Opens a top-level menu, hovers a submenu until it opens, then clicks an item in it.
  void chooseIn(const std::string& menu, const std::string& submenu, const std::string& item) {
    ui.click(ui.centerOf(menu), draw);
    ui.frames(2, draw);
    ui.io().MousePos = ui.centerOf(submenu);
    ui.frames(3, draw);
    ui.click(ui.centerOf(item), draw);
  }
};

}  // namespace

TEST_CASE("View menu switches the theme", "[ui]") {
  MenuFixture f;
  f.choose("menu/View", "menu/Light theme");
  CHECK(f.intents.setDarkTheme == false);
  f.intents = {};
  f.view.darkTheme = false;
  f.choose("menu/View", "menu/Dark theme");
  CHECK(f.intents.setDarkTheme == true);
}

TEST_CASE("View menu presets, frame all and UI scale", "[ui]") {
  MenuFixture f;
  f.choose("menu/View", "menu/Left");
  CHECK(f.intents.viewPreset == myo::ViewPreset::Left);
  f.choose("menu/View", "menu/Frame all");
  CHECK(f.intents.frameAll);
  f.chooseIn("menu/View", "menu/UI scale", "menu/150 %");
  REQUIRE(f.intents.setUiScale.has_value());
  CHECK(*f.intents.setUiScale == Approx(1.5f));
  f.choose("menu/View", "menu/Sidebar");
  CHECK(f.intents.toggleSidebar);
  f.choose("menu/View", "menu/Inspector");
  CHECK(f.intents.toggleInspector);
}

TEST_CASE("File menu: recent files, screenshot and quit", "[ui]") {
  MenuFixture f;
  f.view.recentFiles = {"/models/body.glb", "/models/arm.obj"};
  f.chooseIn("menu/File", "menu/Recent", "menu/recent/1");
  REQUIRE(f.intents.openPaths.size() == 1);
  CHECK(f.intents.openPaths[0] == std::filesystem::path("/models/arm.obj"));
  f.choose("menu/File", "menu/Save window");
  CHECK(f.intents.takeScreenshot);
  f.choose("menu/File", "menu/Save 3D view at twice the size");
  REQUIRE(f.intents.saveViewImage);
  CHECK(f.intents.saveViewImage->times == 2);
  CHECK_FALSE(f.intents.quit);
  f.choose("menu/File", "menu/Quit");
  CHECK(f.intents.quit);
}

TEST_CASE("Help menu opens the Controls and About windows", "[ui]") {
  MenuFixture f;
  f.choose("menu/Help", "menu/Controls");
  CHECK(f.memory.windows.controls);
  f.choose("menu/Help", "menu/About Myoscope");
  CHECK(f.memory.windows.about);
  f.ui.frames(2, f.draw);
  CHECK(ImGui::FindWindowByName("Controls") != nullptr);
  // The Controls window lists the timer keys and the hidden gestures.
  std::string listed;
  for (const myo::ControlBinding& binding : myo::controlBindings())
    listed += std::string(binding.input) + " = " + binding.action + "\n";
  for (const char* line :
       {"Space (no lesson open) = Start, pause or resume the timer",
        "Enter = Release now: the spot eased",
        "Right / PageDown / Space (a lesson open) = Next step", "F11 = Presenter mode on or off",
        "R = Reset the hold timer", "Trigger points: Ctrl-click = Add or remove its referral",
        "Mark the painful spot", "F2 / F3 = Show or hide the sidebar / the inspector",
        "Shift+F12 = Save the whole window", "Ctrl+Show = Add that point's referral",
        "Ctrl-click / Shift-click = Add a part to the selection"}) {
    INFO(line);
    CHECK(listed.find(line) != std::string::npos);
  }
}

TEST_CASE("themes set colours, sizes and the font scale", "[ui]") {
  ImGuiHarness ui;
  myo::applyTheme(false, 1.5f);
  const ImGuiStyle& style = ImGui::GetStyle();
  CHECK(style.Colors[ImGuiCol_WindowBg].x > 0.8f);
  CHECK(style.FramePadding.x == Approx(8.0f * 1.5f));
  CHECK(ui.io().FontGlobalScale == Approx(1.5f));

  myo::applyTheme(true, 5.0f);  // clamped, and not compounded with the previous scale
  CHECK(style.Colors[ImGuiCol_WindowBg].x < 0.2f);
  CHECK(style.FramePadding.x == Approx(8.0f * myo::kUiScaleMax));
  CHECK(ui.io().FontGlobalScale == Approx(myo::kUiScaleMax));
  ui.frame([] { ImGui::ShowDemoWindow(); });
}

TEST_CASE("mergeIntents appends lists and keeps the set values", "[ui]") {
  UiIntents into;
  into.setVisible = {{1, true}};
  into.selectPart = 4;
  UiIntents from;
  from.setVisible = {{2, false}};
  from.openPaths = {"a.glb"};
  from.frameAll = true;
  from.setDarkTheme = false;
  myo::mergeIntents(into, std::move(from));
  CHECK(into.setVisible.size() == 2);
  CHECK(into.openPaths.size() == 1);
  CHECK(into.frameAll);
  CHECK(into.setDarkTheme == false);
  CHECK(into.selectPart == 4);
  CHECK_FALSE(into.hoverPart);
}

TEST_CASE("View menu turns label layers on and off, presenter mode and the turntable on", "[ui]") {
  MenuFixture f;
  f.view.labels.muscles = true;
  f.chooseIn("menu/View", "menu/Labels", "menu/Landmarks");
  REQUIRE(f.intents.setLabels);
  CHECK(f.intents.setLabels->landmarks);
  CHECK(f.intents.setLabels->muscles);  // the others as they were
  CHECK_FALSE(f.intents.setLabels->triggerPoints);
  f.intents = {};
  f.chooseIn("menu/View", "menu/Labels", "menu/Muscles");
  REQUIRE(f.intents.setLabels);
  CHECK_FALSE(f.intents.setLabels->muscles);
  f.intents = {};
  f.choose("menu/View", "menu/Presenter mode");
  CHECK(f.intents.setPresenter == true);
  f.intents = {};
  f.choose("menu/View", "menu/Turntable");
  CHECK(f.intents.setTurntable == true);
}

TEST_CASE("File > Export 3D view asks a size, labels and legend and returns them", "[ui]") {
  MenuFixture f;
  f.choose("menu/File", "menu/Export 3D view...");
  f.ui.frames(3, f.draw);
  REQUIRE(f.memory.exportView.open);
  REQUIRE(f.ui.probe.rects.count("export/export") == 1);
  // No referral on show: the legend cannot be asked for.
  f.ui.click(f.ui.centerOf("export/legend"), f.draw);
  CHECK(f.memory.exportView.legend);  // its default stays, and the picture skips it
  f.ui.click(f.ui.centerOf("export/labels"), f.draw);
  CHECK_FALSE(f.memory.exportView.labels);
  f.ui.click(f.ui.centerOf("export/export"), f.draw);
  REQUIRE(f.intents.saveViewImage);
  CHECK(f.intents.saveViewImage->width == 3840);
  CHECK(f.intents.saveViewImage->height == 2160);
  CHECK_FALSE(f.intents.saveViewImage->labels);
  CHECK(f.intents.saveViewImage->file.empty());
  CHECK_FALSE(f.memory.exportView.open);

  // With a referral playing the legend can be turned off; the view's own size is a multiple.
  f.intents = {};
  f.view.referral.selection = {0};
  f.memory.exportView.size = 1;  // twice the view's size
  f.choose("menu/File", "menu/Export 3D view...");
  f.ui.frames(3, f.draw);
  f.ui.click(f.ui.centerOf("export/legend"), f.draw);
  CHECK_FALSE(f.memory.exportView.legend);
  f.ui.click(f.ui.centerOf("export/export"), f.draw);
  REQUIRE(f.intents.saveViewImage);
  CHECK(f.intents.saveViewImage->times == 2);
  CHECK(f.intents.saveViewImage->width == 0);
  CHECK_FALSE(f.intents.saveViewImage->legend);
}
