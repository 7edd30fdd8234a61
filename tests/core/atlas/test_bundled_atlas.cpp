// The bundled atlas (assets/atlas): valid, complete over the research rows, sourced.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "core/anatomy/muscle_catalog.h"
#include "support/bundled_atlas.h"

TEST_CASE("the bundled atlas passes every schema and meaning check", "[atlas]") {
  const myo::AtlasLoad& load = myo::test::bundledAtlasLoad();
  for (const myo::Error& e : load.errors) UNSCOPED_INFO(e.message());
  CHECK(load.errors.empty());
}

TEST_CASE("the bundled atlas covers all 43 research rows with at least 60 points", "[atlas]") {
  const myo::AtlasLoad& load = myo::test::bundledAtlasLoad();
  const myo::Atlas& atlas = load.atlas;
  CHECK(atlas.triggerPoints.size() >= 60);
  std::set<int> rows;
  for (const myo::TriggerPoint& tp : atlas.triggerPoints) {
    INFO(tp.id);
    rows.insert(tp.researchRow);
    CHECK(!tp.sources.empty());
    CHECK(!tp.essential.empty());
    const myo::MuscleSpec* muscle = myo::findMuscle(tp.muscle);
    REQUIRE(muscle != nullptr);
    // A point serves the research row of its muscle (rows 0 in the catalogue are context).
    if (muscle->researchRow != 0) CHECK(muscle->researchRow == tp.researchRow);
  }
  for (int row = 1; row <= 43; ++row) {
    INFO("research row " << row);
    CHECK(rows.count(row) == 1);
  }
}

TEST_CASE("the bundled techniques and safety text are complete", "[atlas]") {
  const myo::AtlasLoad& load = myo::test::bundledAtlasLoad();
  const myo::Atlas& atlas = load.atlas;
  for (const char* id :
       {"ischaemic_compression", "pressure_release", "ball_or_foam_roller", "stretching", "heat",
        "spray_and_stretch", "self_massage", "dry_needling"}) {
    INFO(id);
    const myo::Technique* technique = atlas.findTechnique(id);
    REQUIRE(technique != nullptr);
    const std::string name(id);
    CHECK(technique->clinicianOnly == (name == "dry_needling" || name == "spray_and_stretch"));
    CHECK(!technique->sources.empty());
  }
  const myo::Technique* pressure = atlas.findTechnique("pressure_release");
  REQUIRE(pressure != nullptr);
  CHECK(pressure->minHoldSeconds == Approx(30.0f));
  CHECK(pressure->maxHoldSeconds == Approx(90.0f));
  CHECK(atlas.findTechnique("stretching")->defaultHoldSeconds == Approx(30.0f));
  CHECK(!atlas.safety.disclaimer.empty());
  CHECK(atlas.safety.seeAProfessional.size() >= 4);
  CHECK(atlas.safety.redFlags.size() >= 5);
}

TEST_CASE("every catalogue muscle has a card: what it does and where it attaches", "[atlas]") {
  const myo::Atlas& atlas = myo::test::bundledAtlasLoad().atlas;
  CHECK(atlas.muscles.size() == myo::muscleCatalog().size());
  for (const myo::MuscleSpec& spec : myo::muscleCatalog()) {
    INFO(spec.name);
    const myo::MuscleInfo* info = atlas.findMuscleInfo(std::string(spec.name));
    REQUIRE(info != nullptr);
    CHECK(!info->action.empty());
    CHECK(!info->origin.empty());
    CHECK(!info->insertion.empty());
    CHECK(!info->sources.empty());
  }
}
