// Authored leg muscles: catalogued names, both sides, closed, in the leg and of sane length.
#include <catch2/catch.hpp>

#include "bodygen/authored_leg.h"
#include "bodygen/muscle_catalog.h"
#include "core/mesh_topology.h"

TEST_CASE("authored leg muscles are catalogued, paired, closed and in the legs", "[authored]") {
  const std::vector<myo::BodyShape> shapes = myo::authoredLegMuscles();
  CHECK(shapes.size() == 32);
  for (const myo::BodyShape& shape : shapes) {
    INFO(shape.name);
    const myo::MuscleSpec* spec = myo::findMuscle(shape.name);
    REQUIRE(spec != nullptr);
    CHECK(spec->region == myo::BodyRegion::LegFoot);
    const myo::Part part = myo::loftSurface(shape.loft, shape.segments, shape.subdivisions);
    CHECK(myo::analyseTopology(part).closedAndOriented());
    myo::Bounds bounds;
    for (const auto& p : part.positions) bounds.add(p);
    const bool right = shape.side == myo::ref::BodySide::Right;
    CHECK((right ? bounds.max.x : -bounds.min.x) < 0.02f);  // on its own side of the midline
    CHECK(bounds.max.y < 1.0f);                             // below the iliac crest
    const float length = glm::distance(shape.loft.start, shape.loft.end);
    CHECK(length > 0.03f);
    CHECK(length < 0.55f);
  }
}
