// Presenter mode: room-sized text from the screen, the caption and narration bands, and a main
// window that draws nothing over the 3D view but those two bands.
#include <catch2/catch.hpp>

#include <algorithm>

#include "imgui_harness.h"
#include "ui/main_ui.h"
#include "ui/presenter_layout.h"
#include "ui/theme.h"

using myo::test::ImGuiHarness;

TEST_CASE("presenter text is a 24th of the screen, at least 7 mm, and steps by 15 %",
          "[presenter]") {
  CHECK(myo::presenterTextPixels(1080.0f, 0.0f, 0) == 45.0f);
  CHECK(myo::presenterTextPixels(768.0f, 0.0f, 0) == 32.0f);
  // A small, dense screen: 1080 lines over 120 mm; 7 mm is 63 px there.
  CHECK(myo::presenterTextPixels(1080.0f, 120.0f, 0) == 63.0f);
  CHECK(myo::presenterTextPixels(1080.0f, 300.0f, 0) == 45.0f);  // 7 mm is less: a 24th wins
  CHECK(myo::presenterTextPixels(1080.0f, 0.0f, 1) == 52.0f);
  CHECK(myo::presenterTextPixels(1080.0f, 0.0f, -2) == 34.0f);
  CHECK(myo::presenterTextPixels(1080.0f, 0.0f, 50) == myo::presenterTextPixels(1080.0f, 0.0f, 8));
}

TEST_CASE("the caption and narration bands sit at the top and the bottom and grow with text",
          "[presenter]") {
  const myo::ScreenRect window{0.0f, 0.0f, 1920.0f, 1080.0f};
  const myo::PresenterRects two = myo::presenterLayout(window, 45.0f, 2);
  CHECK(two.caption.y == 0.0f);
  CHECK(two.caption.width == 1920.0f);
  CHECK(two.caption.height == 91.0f);  // 0.8 × 45 × 1.25 + 2 × 23 padding
  CHECK(two.narration.bottom() == 1080.0f);
  CHECK(two.narration.height == 159.0f);  // 2 × 45 × 1.25 + 2 × 23, rounded
  const myo::PresenterRects six = myo::presenterLayout(window, 45.0f, 6);
  CHECK(six.narration.height == myo::presenterLayout(window, 45.0f, 4).narration.height);
  CHECK(myo::presenterLayout(window, 45.0f, 0).narration.empty());
  CHECK_FALSE(myo::overlaps(two.caption, two.narration));
}

TEST_CASE("presenter mode draws only the caption and the narration, off the 3D view",
          "[presenter]") {
  for (const ImVec2 size : {ImVec2(1280.0f, 800.0f), ImVec2(1920.0f, 1080.0f)}) {
    INFO(size.x << "x" << size.y);
    ImGuiHarness ui(size);
    myo::applyTheme(true, 1.0f);
    myo::UiStateView view;
    view.presenter = true;
    view.lessons.open = true;
    view.lessons.title = "The shoulder";
    view.lessons.stepTitles = {"Cuff", "Infraspinatus"};
    view.lessons.step = 1;
    view.lessons.narration = "Its knot sits on the back, but the pain is felt deep in the front.";
    view.lessons.teacherNotes = "Not for the room.";
    view.treatment.active = true;
    view.treatment.pointRedFlags = {"Pain after a fall needs an examination first."};
    myo::MainUiMemory memory;
    memory.probe = &ui.probe;
    myo::UiIntents intents;
    ui.frames(3, [&] { myo::mergeIntents(intents, myo::drawMainUi(view, memory)); });
    std::vector<std::string> names;
    for (const myo::PanelRect& p : memory.panels) names.push_back(p.name);
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<std::string>{"caption", "narration"});
    const myo::ScreenRect scene = memory.sceneArea;
    CHECK(scene.x == 0.0f);
    CHECK(scene.width == size.x);
    for (const myo::PanelRect& p : memory.panels) {
      INFO(p.name);
      CHECK_FALSE(myo::overlaps(p.rect, scene));
      CHECK(p.rect.width == size.x);
    }
    // Caption, view and narration fill the window from top to bottom.
    float covered = scene.height;
    for (const myo::PanelRect& p : memory.panels) covered += p.rect.height;
    CHECK(covered == Approx(size.y));
    CHECK(scene.height > 0.6f * size.y);
  }
}
