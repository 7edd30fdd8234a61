// Pointer capture: a press is the panels' where one of last frame's windows lies under it, even
// when ImGui has not yet seen the pointer there.
#include <catch2/catch.hpp>

#include "ui/pointer_capture.h"

#include "imgui_harness.h"

namespace {

// A panel at x 0–300 (the sidebar), the rest of the display left to the 3D view.
void sidebar() {
  ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
  ImGui::SetNextWindowSize(ImVec2(300.0f, 800.0f));
  ImGui::Begin("sidebar", nullptr, ImGuiWindowFlags_NoDecoration);
  ImGui::Button("Points");
  ImGui::End();
}

}  // namespace

TEST_CASE("a press goes where it happened, not where ImGui last saw the pointer", "[capture]") {
  myo::test::ImGuiHarness ui;
  ui.io().MousePos = ImVec2(150.0f, 400.0f);  // over the sidebar
  ui.frames(3, sidebar);
  REQUIRE(ui.io().WantCaptureMouse);
  CHECK(myo::panelsTakePress(150.0, 400.0));  // seen there: ImGui's own answer
  // The pointer moved onto the view and pressed within one frame: the view's, though ImGui
  // still hovers the sidebar.
  CHECK_FALSE(myo::panelsTakePress(700.0, 400.0));

  ui.io().MousePos = ImVec2(700.0f, 400.0f);  // over the view
  ui.frames(3, sidebar);
  REQUIRE_FALSE(ui.io().WantCaptureMouse);
  CHECK_FALSE(myo::panelsTakePress(700.0, 400.0));
  CHECK(myo::panelsTakePress(40.0, 20.0));  // moved onto the sidebar's button and pressed

  ui.frames(2, [] {  // an open popup takes every press, wherever it falls
    sidebar();
    ImGui::OpenPopup("menu");
    if (ImGui::BeginPopup("menu")) {
      ImGui::Text("item");
      ImGui::EndPopup();
    }
  });
  CHECK(myo::panelsTakePress(900.0, 600.0));
}
