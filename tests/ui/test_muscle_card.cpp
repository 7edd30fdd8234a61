// The muscle card and the layers panel return their intents.
#include <catch2/catch.hpp>

#include "imgui_harness.h"
#include "ui/layers_panel.h"
#include "ui/muscle_card.h"

using myo::test::ImGuiHarness;

TEST_CASE("the muscle card's buttons ask for isolate, layer, frame, mirror and a point", "[ui]") {
  ImGuiHarness ui;
  myo::MuscleCardView view;
  myo::UiIntents intents;
  const std::function<void()> draw = ImGuiHarness::inWindow(
      [&] { myo::mergeIntents(intents, myo::drawMuscleCard(view, &ui.probe)); });
  ui.frames(2, draw);
  CHECK_FALSE(ui.drew("card/isolate"));  // nothing selected: no card
  view = {true,
          7,
          "Soleus (right)",
          "muscle",
          "Points the foot.",
          "Back of the tibia",
          "Heel bone",
          "Tibial nerve",
          {},
          3,
          {{12, "Distal belly above the Achilles tendon", "Soleus (right) — distal belly"}},
          true};
  ui.frames(3, draw);
  ui.click(ui.centerOf("card/isolate"), draw);
  CHECK(intents.isolatePart == 7);
  ui.click(ui.centerOf("card/layer"), draw);
  CHECK(intents.showLayerOfPart == 7);
  ui.click(ui.centerOf("card/frame"), draw);
  CHECK(intents.framePart == 7);
  ui.click(ui.centerOf("card/mirror"), draw);
  CHECK(intents.mirrorSelection);
  ui.click(ui.centerOf("card/point/12"), draw);
  REQUIRE(intents.selectTriggerPoint);
  CHECK(*intents.selectTriggerPoint == 12);
}

TEST_CASE("the layers panel asks for X-ray and opacities", "[ui]") {
  ImGuiHarness ui;
  myo::LayersView view;
  view.muscleOpacity = 0.2f;
  myo::UiIntents intents;
  const std::function<void()> draw = ImGuiHarness::inWindow(
      [&] { myo::mergeIntents(intents, myo::drawLayersPanel(view, &ui.probe)); });
  ui.frames(3, draw);
  ui.click(ui.centerOf("layers/muscle"), draw);  // the middle: 0.5
  REQUIRE(intents.setMuscleOpacity);
  CHECK(*intents.setMuscleOpacity == Approx(0.5f).margin(0.05f));
  ui.click(ui.centerOf("layers/xray"), draw);
  REQUIRE(intents.setXray);
  CHECK(*intents.setXray);
}
