// The pain drawing through the apply step: strokes paint in the finder's mode only, the brush's
// settings, undo and clear, the ranked muscles of a tension-headache drawing, red flags first,
// and the renderer sync's redraw signal.
#include <catch2/catch.hpp>

#include "app/apply_intents.h"
#include "app/pain_finder_bridge.h"
#include "support/bundled_body_state.h"
#include "support/test_paths.h"

namespace {

myo::UiIntents stroke(const glm::vec3& at, bool start) {
  myo::UiIntents intents;
  intents.clickBody = myo::UiIntents::BodyClick{0, at, false, true, start};
  return intents;
}

myo::UiIntents dabAt(const std::string& landmark) {
  myo::UiIntents intents;
  intents.painDabAtPlace = landmark;
  return intents;
}

}  // namespace

TEST_CASE("a drawing of tension headache lists its muscles, upper trapezius first", "[pain]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "painmap-recent.txt"),
                      myo::test::scratch() / "painmap-log.tsv");
  myo::test::openBundledBody(state);
  const myo::BodyLandmarks& landmarks = *state.placedAtlas.landmarks();
  const glm::vec3 temple = *landmarks.at("temple", 'R');

  // Outside the finder's mode a stroke paints nothing.
  (void)myo::applyIntents(stroke(temple, true), state);
  CHECK(state.painMap.empty());

  myo::UiIntents on;
  on.setPainMode = true;
  on.setPainBrushRadius = 0.5f;  // clamped to 10 cm
  on.setPainLevel = 3;
  (void)myo::applyIntents(on, state);
  CHECK(state.painMap.brush.radius == Approx(myo::PainBrush::kMaxRadius));
  CHECK(state.painMap.brush.level == myo::PainLevel::Severe);
  myo::UiIntents brush;
  brush.setPainBrushRadius = 0.04f;
  (void)myo::applyIntents(brush, state);
  (void)myo::applyIntents(stroke(temple, true), state);
  (void)myo::applyIntents(stroke(temple + glm::vec3(0.0f, 0.01f, 0.0f), false), state);
  REQUIRE(state.painMap.drawing().dabs.size() == 2);
  CHECK(state.painMap.drawing().dabs[0].level == myo::PainLevel::Severe);
  CHECK(state.painMap.drawing().dabs[0].radius == Approx(0.04f));
  // The back of the neck, moderate, a stroke of three dabs from the occiput down.
  brush = {};
  brush.setPainLevel = 2;
  brush.setPainBrushRadius = 0.03f;
  (void)myo::applyIntents(brush, state);
  (void)myo::applyIntents(dabAt("occiput"), state);
  (void)myo::applyIntents(dabAt("mastoid.R"), state);
  (void)myo::applyIntents(dabAt("angle_of_neck.R"), state);
  CHECK(state.painMap.drawing().dabs.size() == 5);
  CHECK(state.takePainRedraw(myo::painSurface(state)));
  CHECK_FALSE(state.takePainRedraw(myo::painSurface(state)));

  const myo::PainFinderView view = myo::makePainFinderView(state);
  CHECK(view.drawnSquareCm > 50.0f);  // 4 cm and 3 cm discs: well over 50 cm²
  CHECK(view.drawnSquareCm < 250.0f);
  CHECK(view.place.starts_with("the painted areas ("));
  REQUIRE(view.muscles.size() >= 4);
  CHECK(view.muscles.front().label == "Trapezius, descending part (right)");
  bool temporalis = false;
  for (const auto& m : view.muscles) temporalis = temporalis || m.label == "Temporalis (right)";
  CHECK(temporalis);
  CHECK_FALSE(view.muscles.front().spilloverOnly);
  // Headache places call for the emergency signs before any muscle.
  REQUIRE_FALSE(view.warnings.empty());
  CHECK(view.warnings[0].find("worst-ever headache") != std::string::npos);

  // Undo takes back the last stroke (one dab), the eraser paints nothing, clear empties it.
  myo::UiIntents undo;
  undo.undoPainStroke = true;
  (void)myo::applyIntents(undo, state);
  CHECK(state.painMap.drawing().dabs.size() == 4);
  CHECK(state.takePainRedraw(myo::painSurface(state)));
  myo::UiIntents eraser;
  eraser.setPainEraser = true;
  (void)myo::applyIntents(eraser, state);
  (void)myo::applyIntents(dabAt("temple.R"), state);
  const myo::PainFinderView erased = myo::makePainFinderView(state);
  CHECK(erased.drawnSquareCm < view.drawnSquareCm - 20.0f);
  myo::UiIntents clear;
  clear.clearPainDrawing = true;
  (void)myo::applyIntents(clear, state);
  CHECK(state.painMap.empty());
  CHECK(myo::makePainFinderView(state).muscles.empty());
}
