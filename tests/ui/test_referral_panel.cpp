// The referred-pain panel: playback controls and colormap choice come back as intents, and
// they stay disabled until a trigger point is chosen.
#include <catch2/catch.hpp>

#include "imgui_harness.h"
#include "ui/referral_panel.h"

using myo::test::ImGuiHarness;

namespace {

struct ReferralPanelFixture {
  ImGuiHarness ui;
  myo::ReferralView view;
  myo::UiIntents intents;
  std::function<void()> draw = ImGuiHarness::inWindow(
      [this] { myo::mergeIntents(intents, myo::drawReferralPanel(view, &ui.probe)); });
  ReferralPanelFixture() {
    view.ready = true;
    ui.frames(3, draw);
  }
};

}  // namespace

TEST_CASE("the playback controls need a chosen trigger point", "[ui]") {
  ReferralPanelFixture f;
  f.ui.click(f.ui.centerOf("referral/play"), f.draw);
  CHECK_FALSE(f.intents.setPlaying);  // disabled: nothing selected yet
  f.view.selection = {2};
  f.ui.frames(2, f.draw);
  f.ui.click(f.ui.centerOf("referral/play"), f.draw);
  CHECK(f.intents.setPlaying);
}

TEST_CASE("play, loop and colormap controls return their intents", "[ui]") {
  ReferralPanelFixture f;
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

TEST_CASE("a progress bar shows only while work runs", "[ui]") {
  ReferralPanelFixture f;
  CHECK_FALSE(f.ui.drew("referral/progress"));
  f.view.status = "Preparing the body's surface for referral fields...";
  f.view.progress = 0.4f;
  f.ui.frames(2, f.draw);
  CHECK(f.ui.drew("referral/progress"));
  f.view.progress = -1.0f;
  f.ui.frames(2, f.draw);
  CHECK_FALSE(f.ui.drew("referral/progress"));
}
