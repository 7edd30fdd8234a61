#include <algorithm>
#include <utility>

#include <imgui_internal.h>
#include <catch2/catch.hpp>

#include "imgui_harness.h"
#include "ui/main_ui.h"

using myo::PartKind;
using myo::UiIntents;
using myo::test::ImGuiHarness;

namespace {

myo::UiStateView sampleView() {
  myo::UiStateView view;
  view.parts = {
      {"FJ441_BP62721_FMA32547_Right infraspinatus", "Right infraspinatus", PartKind::Muscle, true,
       9290},
      {"FJ471_BP62649_FMA32548_Left_infraspinatus", "Left infraspinatus", PartKind::Muscle, true,
       8998},
      {"trapezius.L", "Left trapezius", PartKind::Muscle, true, 1200},
      {"femur.R", "Right femur", PartKind::Bone, true, 3000},
      {"skin", "Skin", PartKind::Skin, true, 50000},
      {"mystery", "Mystery", PartKind::Unknown, true, 12},
  };
  view.sourceName = "/data/body.glb";
  view.triangleCount = 72500;
  view.fps = 60.0f;
  view.renderer = "llvmpipe";
  return view;
}

// Draws the main UI each frame and merges every frame's intents into `intents`.
struct PartsPanelFixture {
  ImGuiHarness ui;
  myo::UiStateView view = sampleView();
  myo::MainUiMemory memory;
  UiIntents intents;
  std::function<void()> draw = [this] {
    myo::mergeIntents(intents, myo::drawMainUi(view, memory));
  };

  PartsPanelFixture() {
    memory.probe = &ui.probe;
    ui.frames(3, draw);
  }
  std::vector<std::size_t> drawnRows() const {
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < view.parts.size(); ++i) {
      if (ui.drew("parts/row/" + std::to_string(i))) rows.push_back(i);
    }
    return rows;
  }
};

using Rows = std::vector<std::size_t>;

}  // namespace

TEST_CASE("parts tree shows the open Muscles group and hides collapsed groups", "[ui]") {
  PartsPanelFixture f;
  CHECK(f.drawnRows() == Rows{0, 1, 2});
  CHECK(f.ui.drew("parts/group/0"));        // Muscles
  CHECK(f.ui.drew("parts/group/2"));        // Bones, collapsed
  CHECK_FALSE(f.ui.drew("parts/group/1"));  // no tendons in the model
  f.ui.click(f.ui.centerOf("parts/group/2"), f.draw);
  f.ui.frame(f.draw);
  CHECK(f.drawnRows() == Rows{0, 1, 2, 3});
}

TEST_CASE("typing in the search box filters the rows", "[ui]") {
  PartsPanelFixture f;
  f.ui.click(f.ui.centerOf("parts/search"), f.draw);
  f.ui.type("INFRA", f.draw);
  f.ui.frame(f.draw);
  CHECK(f.memory.sidebar.parts.search == "INFRA");
  CHECK(f.drawnRows() == Rows{0, 1});
  CHECK_FALSE(f.ui.drew("parts/group/2"));  // no bone matches: the group is not drawn
}

TEST_CASE("a search match inside a collapsed group opens it", "[ui]") {
  PartsPanelFixture f;
  f.memory.sidebar.parts.search = "femur";
  f.ui.frames(2, f.draw);
  CHECK(f.drawnRows() == Rows{3});
}

TEST_CASE("clicking a part checkbox asks to toggle that part", "[ui]") {
  PartsPanelFixture f;
  f.ui.click(f.ui.centerOf("parts/visible/1"), f.draw);
  REQUIRE(f.intents.setVisible.size() == 1);
  CHECK(f.intents.setVisible[0] == std::pair<std::size_t, bool>{1, false});

  f.intents = {};
  f.view.parts[2].visible = false;
  f.ui.click(f.ui.centerOf("parts/visible/2"), f.draw);
  REQUIRE(f.intents.setVisible.size() == 1);
  CHECK(f.intents.setVisible[0] == std::pair<std::size_t, bool>{2, true});
  CHECK_FALSE(f.intents.selectPart);
}

TEST_CASE("a group checkbox toggles every listed part of the group", "[ui]") {
  PartsPanelFixture f;
  f.ui.click(f.ui.centerOf("parts/group_visible/0"), f.draw);
  using Set = std::vector<std::pair<std::size_t, bool>>;
  CHECK(f.intents.setVisible == Set{{0, false}, {1, false}, {2, false}});

  f.intents = {};
  f.view.parts[0].visible = false;  // mixed: clicking shows them all
  f.ui.click(f.ui.centerOf("parts/group_visible/0"), f.draw);
  CHECK(f.intents.setVisible == Set{{0, true}, {1, true}, {2, true}});
}

TEST_CASE("show all and hide all", "[ui]") {
  PartsPanelFixture f;
  f.ui.click(f.ui.centerOf("parts/hide_all"), f.draw);
  CHECK(f.intents.setAllVisible == false);
  f.ui.click(f.ui.centerOf("parts/show_all"), f.draw);
  CHECK(f.intents.setAllVisible == true);
}

TEST_CASE("rows report hover, click selects and double-click frames", "[ui]") {
  PartsPanelFixture f;
  f.ui.io().MousePos = f.ui.centerOf("parts/row/1");
  f.intents = {};
  f.ui.frames(2, f.draw);
  CHECK(f.intents.hoverPart == 1);
  CHECK_FALSE(f.intents.selectPart);

  f.ui.click(f.ui.centerOf("parts/row/2"), f.draw);
  CHECK(f.intents.selectPart == 2);
  CHECK_FALSE(f.intents.framePart);
  CHECK(f.intents.setVisible.empty());

  f.intents = {};
  f.ui.io().DeltaTime = 0.05f;
  f.ui.doubleClick(f.ui.centerOf("parts/row/0"), f.draw);
  CHECK(f.intents.selectPart == 0);
  CHECK(f.intents.framePart == 0);
}

TEST_CASE("a selection made in the 3D view opens its group", "[ui]") {
  PartsPanelFixture f;
  CHECK_FALSE(f.ui.drew("parts/row/3"));
  f.view.selectedPart = 3;
  f.view.hoveredPart = 0;
  f.ui.frames(2, f.draw);
  CHECK(f.ui.drew("parts/row/3"));
  CHECK(f.memory.sidebar.parts.revealedPart == 3);
}

TEST_CASE("the sidebar sits between the menu bar and the status bar", "[ui]") {
  PartsPanelFixture f;
  f.view.warnings = {"first warning", "texture 'skin.png' is missing"};
  f.view.statusMessage = "";
  f.ui.frames(2, f.draw);
  const ImGuiWindow* panel = ImGui::FindWindowByName("Sidebar");
  REQUIRE(panel != nullptr);
  const float bar = ImGui::GetFrameHeight();
  CHECK(panel->Pos.y == Approx(bar).margin(1.0));
  CHECK(panel->Pos.y + panel->Size.y == Approx(800.0f - bar).margin(1.0));

  f.view.dock.sidebar.shown = false;
  f.ui.frame(f.draw);
  CHECK_FALSE(f.ui.drew("parts/search"));
}

TEST_CASE("an empty model shows a hint instead of the tree", "[ui]") {
  PartsPanelFixture f;
  f.view.parts.clear();
  f.ui.frames(2, f.draw);
  CHECK_FALSE(f.ui.drew("parts/search"));
  CHECK(f.intents.setVisible.empty());
}

TEST_CASE("muscle groups: found by search, selected and isolated in one click", "[ui]") {
  PartsPanelFixture f;
  f.view.muscleGroups = {{"Rotator cuff", "shoulder cuff SITS", {0, 1}},
                         {"Trapezius", "traps", {2}}};
  f.ui.click(f.ui.centerOf("parts/search"), f.draw);
  f.ui.type("rotator", f.draw);
  f.ui.frames(2, f.draw);
  CHECK(f.ui.drew("parts/muscle_group/0"));
  CHECK_FALSE(f.ui.drew("parts/muscle_group/1"));  // "rotator" is not the trapezius
  f.ui.click(f.ui.centerOf("parts/muscle_group/isolate/0"), f.draw);
  CHECK(f.intents.isolateParts == std::vector<int>{0, 1});
  f.ui.click(f.ui.centerOf("parts/muscle_group/0"), f.draw);
  CHECK(f.intents.selectParts == std::vector<int>{0, 1});
}

TEST_CASE("the parts search knows the lay words of the trigger point search", "[ui]") {
  std::vector<myo::PartRow> rows = {
      {"soleus.R", "Right soleus", PartKind::Muscle, true, 10},
      {"gastrocnemius_medial.L", "Left gastrocnemius, medial head", PartKind::Muscle, true, 10},
      {"femur.R", "Right femur", PartKind::Bone, true, 10}};
  CHECK(myo::filterParts(rows, "calf") == std::vector<std::size_t>{0, 1});
  CHECK(myo::filterParts(rows, "left calf") == std::vector<std::size_t>{1});
  CHECK(myo::filterParts(rows, "femur") == std::vector<std::size_t>{2});
}

TEST_CASE("Ctrl-click adds to the selection, Shift-click selects a run, both isolate", "[ui]") {
  PartsPanelFixture f;
  f.ui.click(f.ui.centerOf("parts/row/0"), f.draw);
  CHECK(f.intents.selectPart == 0);
  f.view.selectedPart = 0;
  f.view.selectedParts = {0};
  f.intents = {};
  f.ui.io().KeyCtrl = true;
  f.ui.click(f.ui.centerOf("parts/row/2"), f.draw);
  f.ui.io().KeyCtrl = false;
  CHECK(f.intents.selectParts == std::vector<int>{0, 2});
  f.view.selectedParts = {0, 2};
  f.ui.frames(2, f.draw);
  REQUIRE(f.ui.drew("parts/isolate_selection"));
  f.ui.click(f.ui.centerOf("parts/isolate_selection"), f.draw);
  CHECK(f.intents.isolateParts == std::vector<int>{0, 2});
  f.intents = {};
  f.ui.io().KeyShift = true;  // from the last plain click (row 0) to row 2: rows 0, 1, 2
  f.ui.click(f.ui.centerOf("parts/row/2"), f.draw);
  f.ui.io().KeyShift = false;
  CHECK(f.intents.selectParts == std::vector<int>{0, 1, 2});
}
