// The trigger point panel: typing searches, the region combo filters, clicking chooses a point
// and Ctrl-click adds it to the referral; the chosen point's description shows.
#include <catch2/catch.hpp>

#include "imgui_harness.h"
#include "ui/trigger_point_panel.h"

using myo::test::ImGuiHarness;

namespace {

struct TriggerPointPanelFixture {
  ImGuiHarness ui;
  myo::UiStateView view;
  myo::TriggerPointPanelMemory memory;
  myo::UiIntents intents;
  std::function<void()> draw = ImGuiHarness::inWindow(
      [this] { myo::mergeIntents(intents, myo::drawTriggerPointPanel(view, memory, &ui.probe)); });
  TriggerPointPanelFixture() {
    view.referral.ready = true;
    view.triggerPointList.rows = {{0, "upper_trapezius_1.L  Upper trapezius", ""},
                                  {1, "upper_trapezius_1.R  Upper trapezius", ""},
                                  {2, "soleus_1.R  Soleus", ""}};
    view.triggerPointList.regions = {{"head_neck", "Head and neck"},
                                     {"shoulder_arm", "Shoulder and arm"},
                                     {"trunk_hip", "Trunk and hip"},
                                     {"leg_foot", "Leg and foot"}};
    ui.frames(3, draw);
  }
};

}  // namespace

TEST_CASE("clicking a listed point chooses it; Ctrl-click adds it", "[ui]") {
  TriggerPointPanelFixture f;
  CHECK(f.ui.drew("points/row/2"));
  f.ui.click(f.ui.centerOf("points/row/2"), f.draw);
  REQUIRE(f.intents.selectTriggerPoint);
  CHECK(*f.intents.selectTriggerPoint == 2);
  f.intents = {};
  f.ui.io().KeyCtrl = true;
  f.ui.click(f.ui.centerOf("points/row/1"), f.draw);
  REQUIRE(f.intents.toggleTriggerPoint);
  CHECK(*f.intents.toggleTriggerPoint == 1);
  CHECK_FALSE(f.intents.selectTriggerPoint);
}

TEST_CASE("typing in the search box asks for that search", "[ui]") {
  TriggerPointPanelFixture f;
  f.ui.click(f.ui.centerOf("points/search"), f.draw);
  f.ui.type("heel", f.draw);
  REQUIRE(f.intents.setTriggerPointQuery);
  CHECK(*f.intents.setTriggerPointQuery == "heel");
  CHECK(f.memory.query == "heel");
  // The app answers with the matching rows only.
  f.view.triggerPointList.rows = {{2, "soleus_1.R  Soleus", ""}};
  f.view.triggerPointList.query = "heel";
  f.ui.frames(2, f.draw);
  CHECK(f.ui.drew("points/row/2"));
  CHECK_FALSE(f.ui.drew("points/row/0"));
}

TEST_CASE("the region combo asks for one region", "[ui]") {
  TriggerPointPanelFixture f;
  f.ui.click(f.ui.centerOf("points/region"), f.draw);
  f.ui.frames(2, f.draw);
  REQUIRE(f.ui.drew("points/region/leg_foot"));
  f.ui.click(f.ui.centerOf("points/region/leg_foot"), f.draw);
  REQUIRE(f.intents.setTriggerPointRegion);
  CHECK(*f.intents.setTriggerPointRegion == "leg_foot");
}

TEST_CASE("where does it hurt: the switch and the show buttons", "[ui]") {
  TriggerPointPanelFixture f;
  f.ui.click(f.ui.centerOf("pain/mode"), f.draw);
  REQUIRE(f.intents.setPainMode);
  CHECK(*f.intents.setPainMode);
  f.view.painFinder.mode = true;
  f.view.painFinder.place = "Heel (right)";
  f.view.painFinder.rows = {{2, "Soleus (right) — distal belly", 1.0f, false}};
  f.view.painFinder.muscles = {{"Soleus (right)", 1.0f, false, "", {0}}};
  f.view.painFinder.warnings = {"Calf pain with swelling may be a blood clot."};
  f.ui.frames(2, f.draw);
  // The warning is on screen, above the muscles.
  const std::string shown = f.ui.textOf(f.draw);
  const std::size_t warning = shown.find("Calf pain with swelling may be a blood clot.");
  REQUIRE(warning != std::string::npos);
  CHECK(warning < shown.find("Soleus (right)"));
  f.ui.click(f.ui.centerOf("pain/show/2"), f.draw);
  REQUIRE(f.intents.selectTriggerPoint);
  CHECK(*f.intents.selectTriggerPoint == 2);
  f.intents = {};
  f.ui.io().KeyCtrl = true;  // Ctrl+Show adds the point instead of replacing the referral
  f.ui.click(f.ui.centerOf("pain/show/2"), f.draw);
  f.ui.io().KeyCtrl = false;
  CHECK(f.intents.toggleTriggerPoint == 2);
  CHECK_FALSE(f.intents.selectTriggerPoint);
}

TEST_CASE("choose a place: plain names, searchable", "[ui]") {
  TriggerPointPanelFixture f;
  f.view.painFinder.mode = true;
  f.view.painFinder.places = {{"acromion.L", "Tip of the shoulder (left)"},
                              {"heel.R", "Heel (right)"},
                              {"lateral_shoulder.R", "Side of the shoulder (right)"}};
  f.ui.frames(2, f.draw);
  f.ui.click(f.ui.centerOf("pain/place"), f.draw);
  f.ui.frames(2, f.draw);
  CHECK(f.ui.drew("pain/place/heel.R"));
  f.ui.type("should", f.draw);  // the search box took the focus as the list opened
  f.ui.frames(2, f.draw);
  CHECK(f.ui.drew("pain/place/acromion.L"));
  CHECK(f.ui.drew("pain/place/lateral_shoulder.R"));
  CHECK_FALSE(f.ui.drew("pain/place/heel.R"));
  f.ui.click(f.ui.centerOf("pain/place/acromion.L"), f.draw);
  CHECK(f.intents.painAtPlace == "acromion.L");
}

TEST_CASE("the chosen point's details show its symptoms open and its self-care folded", "[ui]") {
  ImGuiHarness ui;
  myo::TreatmentView treatment;
  const auto draw = ImGuiHarness::inWindow([&] { myo::drawTriggerPointDetails(treatment); });
  CHECK(ui.textOf(draw).find_first_not_of(" \n") == std::string::npos);  // no point chosen
  treatment.active = true;
  treatment.symptoms = {"Pain over the eye."};
  treatment.selfCare = {"Gentle pincer massage."};
  const std::string text = ui.textOf(draw);
  CHECK(text.find("Pain over the eye.") != std::string::npos);
  CHECK(text.find("Self-care") != std::string::npos);
  CHECK(text.find("Gentle pincer massage.") == std::string::npos);
}

TEST_CASE("the search's clear button empties it and asks for every point again", "[ui]") {
  TriggerPointPanelFixture f;
  CHECK_FALSE(f.ui.drew("points/search/clear"));  // nothing to clear yet
  f.ui.click(f.ui.centerOf("points/search"), f.draw);
  f.ui.type("heel", f.draw);
  f.ui.frames(2, f.draw);
  REQUIRE(f.ui.drew("points/search/clear"));
  f.intents = {};
  f.ui.click(f.ui.centerOf("points/search/clear"), f.draw);
  REQUIRE(f.intents.setTriggerPointQuery);
  CHECK(f.intents.setTriggerPointQuery->empty());
  CHECK(f.memory.query.empty());
}
