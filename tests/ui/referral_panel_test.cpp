// The referred-pain panel: picking a trigger point, playback controls, colormap choice and the
// search filter all come back as intents.
#include <catch2/catch.hpp>

#include "imgui_harness.h"
#include "ui/referral_panel.h"

using myo::test::ImGuiHarness;

namespace {

struct Fixture {
  ImGuiHarness ui;
  myo::ReferralView view;
  myo::ReferralPanelMemory memory;
  myo::UiIntents intents;
  std::function<void()> draw = [this] {
    myo::mergeIntents(intents, myo::drawReferralPanel(view, memory, &ui.probe));
  };
  Fixture() {
    view.triggerPoints = {"upper_trapezius_1.L  Upper trapezius",
                          "upper_trapezius_1.R  Upper trapezius",
                          "soleus_1.R  Soleus — distal belly"};
    ui.frames(3, draw);
  }
};

}  // namespace

TEST_CASE("clicking a trigger point selects it; the controls need a selection", "[ui]") {
  Fixture f;
  CHECK(f.ui.drew("referral/point/2"));
  f.ui.click(f.ui.centerOf("referral/play"), f.draw);
  CHECK_FALSE(f.intents.setPlaying);  // disabled: nothing selected yet
  f.ui.click(f.ui.centerOf("referral/point/2"), f.draw);
  REQUIRE(f.intents.selectTriggerPoint);
  CHECK(*f.intents.selectTriggerPoint == 2);
}

TEST_CASE("play, loop and colormap controls return their intents", "[ui]") {
  Fixture f;
  f.view.selection = {1};
  f.view.playing = true;
  f.ui.frames(2, f.draw);
  f.ui.click(f.ui.centerOf("referral/play"), f.draw);
  REQUIRE(f.intents.setPlaying);
  CHECK_FALSE(*f.intents.setPlaying);  // "Pause" while playing
  f.ui.click(f.ui.centerOf("referral/loop"), f.draw);
  REQUIRE(f.intents.setReferralLoop);
  CHECK_FALSE(*f.intents.setReferralLoop);
  f.ui.click(f.ui.centerOf("referral/colormap/cividis"), f.draw);
  REQUIRE(f.intents.setColormap);
  CHECK(*f.intents.setColormap == myo::Colormap::Cividis);
  f.ui.click(f.ui.centerOf("referral/time"), f.draw);  // the middle of the time slider
  REQUIRE(f.intents.setReferralSeconds);
  CHECK(*f.intents.setReferralSeconds == Approx(0.5f * f.view.loopSeconds).margin(1.0f));
}

TEST_CASE("Ctrl-click asks to add a trigger point to the selection", "[ui]") {
  Fixture f;
  f.view.selection = {0};
  f.ui.io().KeyCtrl = true;
  f.ui.click(f.ui.centerOf("referral/point/2"), f.draw);
  REQUIRE(f.intents.toggleTriggerPoint);
  CHECK(*f.intents.toggleTriggerPoint == 2);
  CHECK_FALSE(f.intents.selectTriggerPoint);
}

TEST_CASE("the search box filters the trigger point list", "[ui]") {
  Fixture f;
  f.ui.click(f.ui.centerOf("referral/search"), f.draw);
  f.ui.type("sole", f.draw);
  f.ui.frame(f.draw);
  CHECK(f.memory.filter == "sole");
  CHECK(f.ui.drew("referral/point/2"));
  CHECK_FALSE(f.ui.drew("referral/point/0"));
}

TEST_CASE("a progress bar shows only while work runs", "[ui]") {
  Fixture f;
  CHECK_FALSE(f.ui.drew("referral/progress"));
  f.view.status = "Preparing the body's surface for referral fields...";
  f.view.progress = 0.4f;
  f.ui.frames(2, f.draw);
  CHECK(f.ui.drew("referral/progress"));
  f.view.progress = -1.0f;
  f.ui.frames(2, f.draw);
  CHECK_FALSE(f.ui.drew("referral/progress"));
}
