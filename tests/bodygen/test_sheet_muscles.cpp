// Sheet muscles: slips laid on the trunk or skull surface, closed, on their own side, and where
// anatomy puts them.
#include <catch2/catch.hpp>

#include "bodygen/muscle_shapes.h"
#include "bodygen/sheet_muscles.h"
#include "core/anatomy/muscle_catalog.h"
#include "core/geometry/mesh_topology.h"

TEST_CASE("projecting onto the trunk surface lands on it, normals face outward", "[sheets]") {
  const myo::SheetSurface surface = myo::trunkSurface();
  const glm::vec3 sternum = myo::referencePoint("sternum", myo::ref::BodySide::Mid);
  const glm::vec3 l3 = myo::referencePoint("l3_spinous", myo::ref::BodySide::Mid);
  const glm::vec3 front = surface.project(sternum + glm::vec3(0.0f, 0.0f, 0.05f), 0.0f);
  const glm::vec3 back = surface.project(l3 - glm::vec3(0.0f, 0.0f, 0.05f), 0.0f);
  CHECK(glm::distance(surface.project(front, 0.0f), front) < 1e-4f);  // on the surface: stays
  CHECK(surface.normal(front).z > 0.8f);
  CHECK(surface.normal(back).z < -0.6f);
  const glm::vec3 lifted = surface.project(front, 0.01f);
  CHECK(glm::distance(lifted, front) == Approx(0.01f).margin(0.001f));
}

TEST_CASE("a converging fan has one slip per origin point plus two between each pair", "[sheets]") {
  const myo::SheetSurface surface = myo::trunkSurface();
  myo::SheetSpec sheet;
  const glm::vec3 l3 = myo::referencePoint("l3_spinous", myo::ref::BodySide::Mid);
  sheet.origins = {l3, l3 + glm::vec3(-0.05f, 0.0f, 0.0f), l3 + glm::vec3(-0.1f, 0.0f, 0.02f)};
  sheet.insertions = {l3 + glm::vec3(-0.15f, 0.25f, 0.05f)};
  const std::vector<myo::LoftSpec> slips = myo::sheetLofts(surface, sheet);
  CHECK(slips.size() == 7);
  for (const myo::LoftSpec& slip : slips) {
    CHECK(glm::distance(slip.end, sheet.insertions[0]) < 0.02f);
    CHECK(myo::analyseTopology(myo::loftSurface(slip, 16, 1)).closedAndOriented());
  }
}

TEST_CASE("the latissimus, external oblique, rectus abdominis and temporalis lie in place",
          "[sheets]") {
  const std::vector<myo::BodyShape> shapes = myo::sheetMuscles();
  const float spineZ = myo::referencePoint("vertebra_l3", myo::ref::BodySide::Mid).z;
  const glm::vec3 humerus =
      myo::boneSurfacePoint("humerus", myo::ref::BodySide::Right, 0.16f, {1, 0, 1});
  const glm::vec3 temple = myo::referencePoint("ear", myo::ref::BodySide::Right);
  std::size_t slips = 0;
  for (const myo::BodyShape& shape : shapes) {
    INFO(shape.name);
    REQUIRE(myo::findMuscle(shape.name) != nullptr);
    const bool right = shape.side == myo::ref::BodySide::Right;
    for (const myo::LoftRing& ring : shape.loft.rings)
      CHECK((right ? ring.centre.x : -ring.centre.x) < 0.005f);  // own side of the midline
    if (!right) continue;
    ++slips;
    const glm::vec3 middle = shape.loft.rings[shape.loft.rings.size() / 2].centre;
    if (shape.name == "latissimus_dorsi") {
      CHECK(middle.z < spineZ + 0.05f);  // on the back
      CHECK(glm::distance(shape.loft.end, humerus) < 0.02f);
    } else if (shape.name == "temporalis") {
      CHECK(middle.y > temple.y - 0.03f);  // on the side of the skull, above the arch
      CHECK(std::abs(middle.x) > 0.045f);  // out on the temporal fossa
    } else if (shape.name == "rectus_abdominis") {
      CHECK(middle.z > spineZ + 0.1f);  // on the front of the belly
      CHECK(std::abs(middle.x) < 0.07f);
    } else {
      CHECK(shape.name == "external_oblique");
      CHECK(std::abs(middle.x) > 0.07f);  // on the flank
    }
  }
  CHECK(slips == 22 + 22 + 7 + 46);  // the temporalis: 6 given origins, 8 slips between each pair
}
