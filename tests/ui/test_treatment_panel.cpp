// The treatment panel: hidden until a point is chosen; the timer's buttons and sliders come back
// as intents; "release now" only while pressing; clinician-only techniques get no timer.
#include <catch2/catch.hpp>

#include "imgui_harness.h"
#include "ui/treatment_panel.h"

using myo::test::ImGuiHarness;

namespace {

struct TreatmentPanelFixture {
  ImGuiHarness ui;
  myo::TreatmentView view;
  myo::UiIntents intents;
  std::function<void()> draw = ImGuiHarness::inWindow(
      [this] { myo::mergeIntents(intents, myo::drawTreatmentPanel(view, &ui.probe)); });
  TreatmentPanelFixture() {
    view.active = true;
    view.pointLabel = "soleus_1.R";
    view.techniqueNames = {"Pressure release", "Stretching", "Dry needling"};
    view.steps = {"Find the spot.", "Press and hold."};
    view.phase = "Ready";
    view.holdsTotal = 3;
    view.holdSeconds = 40.0f;  // so a click in the sliders' middles changes them
    view.discomfort = 2;
    view.targetLabel = "Mild to moderate: 4-6 of 10";
    view.targetMin = 4;
    view.targetMax = 6;
    view.pointRedFlags = {"Sudden worst-ever headache: emergency care."};
    view.techniqueRedFlags = {"Stop if pressing causes numbness."};
    view.contraindications = {"Open wounds."};
    view.generalContraindications = {"Fever."};
    ui.frames(3, draw);
  }
};

}  // namespace

TEST_CASE("nothing shows until a trigger point is chosen", "[ui]") {
  TreatmentPanelFixture f;
  CHECK(f.ui.drew("timer/toggle"));
  f.view.active = false;
  f.ui.frames(2, f.draw);
  CHECK_FALSE(f.ui.drew("timer/toggle"));
}

TEST_CASE("timer buttons and sliders return intents", "[ui]") {
  TreatmentPanelFixture f;
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
  TreatmentPanelFixture f;
  f.view.clinicianOnly = true;
  f.view.technique = 2;
  f.ui.frames(2, f.draw);
  CHECK_FALSE(f.ui.drew("timer/toggle"));
  CHECK(f.ui.drew("treat/professional"));  // when to see a professional stays one click away
  CHECK(f.ui.drew("treat/contraindications"));
}

TEST_CASE("the technique's target is shown, and the slider says where it stands", "[ui]") {
  TreatmentPanelFixture f;
  std::string text = f.ui.textOf(f.draw);
  INFO(text);
  CHECK(text.find("Target: Mild to moderate: 4-6 of 10") != std::string::npos);  // 2 is below
  f.view.discomfort = 5;
  text = f.ui.textOf(f.draw);
  CHECK(text.find("In the target: Mild to moderate: 4-6 of 10") != std::string::npos);
  f.view.discomfort = 8;
  text = f.ui.textOf(f.draw);
  CHECK(text.find("Above the target, ease off") != std::string::npos);
  f.view.targetLabel = "No pain: a gentle pull only";  // a stretch: 0-2
  f.view.targetMin = 0;
  f.view.targetMax = 2;
  f.view.discomfort = 5;
  text = f.ui.textOf(f.draw);
  CHECK(text.find("Above the target, ease off: No pain: a gentle pull only") != std::string::npos);
  CHECK(text.find("5-7") == std::string::npos);
}

TEST_CASE("the point's and the technique's warnings show without a click", "[ui]") {
  TreatmentPanelFixture f;
  const std::string text = f.ui.textOf(f.draw);
  CHECK(text.find("Sudden worst-ever headache") != std::string::npos);
  CHECK(text.find("Stop if pressing causes numbness") != std::string::npos);
  CHECK(text.find("Open wounds.") == std::string::npos);  // "Do not use when" stays one click away
  f.ui.click(f.ui.centerOf("treat/contraindications"), f.draw);
  const std::string opened = f.ui.textOf(f.draw);
  CHECK(opened.find("Open wounds.") != std::string::npos);
  CHECK(opened.find("Fever.") != std::string::npos);
}

TEST_CASE("a clinician-only technique still shows its warnings", "[ui]") {
  TreatmentPanelFixture f;
  f.view.clinicianOnly = true;
  const std::string text = f.ui.textOf(f.draw);
  CHECK(text.find("Clinician only") != std::string::npos);
  CHECK(text.find("Stop if pressing causes numbness") != std::string::npos);
  CHECK(text.find("discomfort") == std::string::npos);  // no slider, no target
}

TEST_CASE("the history plots span the panel and say what they plot", "[ui]") {
  TreatmentPanelFixture f;
  f.view.pastDiscomfortAfter = {6.0f, 4.0f, 3.0f};
  f.view.pastHeldSeconds = {60.0f, 45.0f, 60.0f};
  f.view.recentHolds = {"2026-12-01 10:00 UTC · 60 s · 7 → 3"};
  const std::string text = f.ui.textOf(f.draw);
  CHECK(text.find("Discomfort after each hold (0 to 10)") != std::string::npos);
  CHECK(text.find("Seconds held, up to 60 s") != std::string::npos);
  for (const char* plot : {"treat/history/after", "treat/history/held"}) {
    INFO(plot);
    REQUIRE(f.ui.drew(plot));
    const auto& rect = f.ui.probe.rects.at(plot);
    CHECK(rect.max.x - rect.min.x > 200.0f);  // across the panel, not an empty box
    CHECK(rect.max.y - rect.min.y > 20.0f);
  }
}

TEST_CASE("after a press the panel asks how it is now, 0 to 10 or skip", "[ui]") {
  TreatmentPanelFixture f;
  CHECK_FALSE(f.ui.drew("timer/how_now/5"));
  f.view.askHowNow = true;
  f.ui.frames(2, f.draw);
  for (int level = 0; level <= 10; ++level)
    CHECK(f.ui.drew("timer/how_now/" + std::to_string(level)));
  f.ui.click(f.ui.centerOf("timer/how_now/3"), f.draw);
  CHECK(f.intents.answerHowNow == 3);
  f.ui.click(f.ui.centerOf("timer/how_now/skip"), f.draw);
  CHECK(f.intents.answerHowNow == -1);
}
