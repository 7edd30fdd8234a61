// The Treat view on the bundled body: for every technique of a point it carries that technique's
// own target and red flags, the point's red flags, and whether it may be timed at all.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "app/treatment_bridge.h"
#include "support/bundled_body_state.h"
#include "support/test_paths.h"

namespace {

myo::TreatmentView viewWithTechnique(myo::AppState& state, int technique) {
  myo::UiIntents intents;
  intents.chooseTechnique = technique;
  myo::applyTreatmentIntents(intents, state);
  return myo::makeTreatmentView(state);
}

}  // namespace

TEST_CASE("the Treat view carries each technique's own target and warnings", "[treatment]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "treat-view-recent.txt"),
                      myo::test::scratch() / "treat-view-log.tsv");
  myo::test::openBundledBody(state);
  const myo::Atlas& atlas = *state.placedAtlas.atlas();

  myo::UiIntents choose;
  choose.selectTriggerPoint = myo::test::placedIndex(state, "upper_trapezius_1.R");
  myo::applyTreatmentIntents(choose, state);
  const myo::TriggerPoint& point = *atlas.findTriggerPoint("upper_trapezius_1");
  const std::string headache = atlas.findRedFlag("headache")->text;
  std::set<std::string> labels;
  for (std::size_t i = 0; i < point.techniques.size(); ++i) {
    const myo::TreatmentView view = viewWithTechnique(state, static_cast<int>(i));
    const myo::Technique& technique = *atlas.findTechnique(point.techniques[i].technique);
    INFO(technique.id);
    REQUIRE(view.active);
    CHECK(view.targetLabel == technique.target.label);
    CHECK(view.targetMin == technique.target.minDiscomfort);
    CHECK(view.targetMax == technique.target.maxDiscomfort);
    CHECK(view.techniqueRedFlags == technique.redFlags);
    CHECK(view.contraindications == technique.contraindications);
    CHECK(view.clinicianOnly == technique.clinicianOnly);
    // The point's own flag is shown first, and not again among the general ones.
    CHECK(view.pointRedFlags == std::vector<std::string>{headache});
    CHECK(std::count(view.redFlags.begin(), view.redFlags.end(), headache) == 0);
    for (const std::string& line : view.generalContraindications)
      CHECK(std::count(view.contraindications.begin(), view.contraindications.end(), line) == 0);
    labels.insert(view.targetLabel);
  }
  CHECK(labels.size() >= 4);  // pressure, compression, stretch, heat each say their own

  choose.selectTriggerPoint = myo::test::placedIndex(state, "iliopsoas_3.L");
  myo::applyTreatmentIntents(choose, state);
  const myo::TriggerPoint& distal = *atlas.findTriggerPoint("iliopsoas_3");
  for (std::size_t i = 0; i < distal.techniques.size(); ++i) {
    const myo::TreatmentView view = viewWithTechnique(state, static_cast<int>(i));
    INFO(distal.techniques[i].technique);
    CHECK(view.clinicianOnly == (distal.techniques[i].technique == "pressure_release" ||
                                 distal.techniques[i].technique == "dry_needling"));
  }
}
