// The treatment panel: hidden until a point is chosen; the timer's buttons and sliders come back
// as intents; "release now" only while pressing; clinician-only techniques get no timer.
#include <catch2/catch.hpp>

#include "imgui_harness.h"
#include "ui/treatment_panel.h"

using myo::test::ImGuiHarness;

namespace {

struct Fixture {
  ImGuiHarness ui;
  myo::TreatmentView view;
  myo::UiIntents intents;
  std::function<void()> draw = [this] {
    myo::mergeIntents(intents, myo::drawTreatmentPanel(view, &ui.probe));
  };
  Fixture() {
    view.active = true;
    view.pointLabel = "soleus_1.R";
    view.techniqueNames = {"Pressure release", "Stretching", "Dry needling"};
    view.steps = {"Find the spot.", "Press and hold."};
    view.phase = "Ready";
    view.holdsTotal = 3;
    view.holdSeconds = 40.0f;  // so a click in the sliders' middles changes them
    view.discomfort = 2;
    ui.frames(3, draw);
  }
};

}  // namespace

TEST_CASE("nothing shows until a trigger point is chosen", "[ui]") {
  Fixture f;
  CHECK(f.ui.drew("timer/toggle"));
  f.view.active = false;
  f.ui.frames(2, f.draw);
  CHECK_FALSE(f.ui.drew("timer/toggle"));
}

TEST_CASE("timer buttons and sliders return intents", "[ui]") {
  Fixture f;
  f.ui.click(f.ui.centerOf("timer/toggle"), f.draw);
  CHECK(f.intents.timerToggle);
  f.ui.click(f.ui.centerOf("timer/release"), f.draw);  // disabled while not pressing
  CHECK_FALSE(f.intents.timerRelease);
  f.view.phase = "Press and hold";
  f.view.holding = true;
  f.view.ready = false;
  f.ui.frames(2, f.draw);
  f.ui.click(f.ui.centerOf("timer/release"), f.draw);
  CHECK(f.intents.timerRelease);
  f.ui.click(f.ui.centerOf("timer/reset"), f.draw);
  CHECK(f.intents.timerReset);
  f.ui.click(f.ui.centerOf("timer/hold"), f.draw);  // the middle of 30–90 s
  REQUIRE(f.intents.setHoldSeconds);
  CHECK(*f.intents.setHoldSeconds == Approx(60.0f).margin(3.0f));
  f.ui.click(f.ui.centerOf("timer/discomfort"), f.draw);
  REQUIRE(f.intents.setDiscomfort);
  CHECK(*f.intents.setDiscomfort == 5);
  f.ui.click(f.ui.centerOf("timer/sound"), f.draw);
  REQUIRE(f.intents.setSound);
  CHECK(*f.intents.setSound);
}

TEST_CASE("a clinician-only technique is described without a timer", "[ui]") {
  Fixture f;
  f.view.clinicianOnly = true;
  f.view.technique = 2;
  f.ui.frames(2, f.draw);
  CHECK_FALSE(f.ui.drew("timer/toggle"));
  CHECK(f.ui.drew("treat/professional"));  // when to see a professional stays one click away
  CHECK(f.ui.drew("treat/contraindications"));
}
