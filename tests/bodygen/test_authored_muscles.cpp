// Authored muscles: catalogued names, both sides, closed, in their region and of sane length.
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>

#include "bodygen/authored_arm.h"
#include "bodygen/authored_leg.h"
#include "bodygen/authored_trunk.h"
#include "core/anatomy/muscle_catalog.h"
#include "core/geometry/mesh_topology.h"

namespace {

// The bellies among `shapes` (tendons left out).
std::size_t bellies(const std::vector<myo::BodyShape>& shapes) {
  return static_cast<std::size_t>(std::count_if(
      shapes.begin(), shapes.end(), [](const auto& s) { return s.kind == myo::PartKind::Muscle; }));
}

// Checks every shape; `region` is their catalogue region (any when absent) and `maxY` a height
// they stay below.
void checkAuthored(const std::vector<myo::BodyShape>& shapes, std::optional<myo::BodyRegion> region,
                   float maxY) {
  for (const myo::BodyShape& shape : shapes) {
    INFO(shape.name);
    const myo::MuscleSpec* spec = myo::findMuscle(shape.name);
    REQUIRE(spec != nullptr);
    if (region) CHECK(spec->region == *region);
    const myo::Part part = myo::loftSurface(shape.loft, shape.segments, shape.subdivisions);
    CHECK(myo::analyseTopology(part).closedAndOriented());
    const myo::Bounds bounds = myo::partBounds(part);
    const bool right = shape.side == myo::ref::BodySide::Right;
    CHECK((right ? bounds.max.x : -bounds.min.x) < 0.02f);  // on its own side of the midline
    CHECK(bounds.max.y < maxY);
    if (shape.kind == myo::PartKind::Tendon) {  // a thin tube
      for (const myo::LoftRing& ring : shape.loft.rings) CHECK(ring.radiusA < 0.006f);
      continue;
    }
    REQUIRE(shape.kind == myo::PartKind::Muscle);
    const float length = glm::distance(shape.loft.start, shape.loft.end);
    CHECK(length > 0.03f);
    CHECK(length < (shape.name == "multifidus" ? 0.7f : 0.55f));  // sacrum to C3
  }
}

}  // namespace

TEST_CASE("authored leg muscles are catalogued, paired, closed and in the legs", "[authored]") {
  const std::vector<myo::BodyShape> shapes = myo::authoredLegMuscles();
  CHECK(bellies(shapes) == 32);
  checkAuthored(shapes, myo::BodyRegion::LegFoot, 1.0f);  // below the iliac crests
}

TEST_CASE("authored arm muscles are catalogued, paired, closed and in the arms", "[authored]") {
  const std::vector<myo::BodyShape> shapes = myo::authoredArmMuscles();
  CHECK(bellies(shapes) == 22);
  checkAuthored(shapes, myo::BodyRegion::ShoulderArm, 1.45f);  // below the acromion
  for (const myo::BodyShape& shape : shapes)
    if (shape.kind == myo::PartKind::Muscle)
      CHECK(std::abs(shape.loft.end.x) > 0.15f);  // inserts out on the arm, not the trunk
}

TEST_CASE("authored head, neck and trunk muscles are catalogued, paired and closed", "[authored]") {
  const std::vector<myo::BodyShape> shapes = myo::authoredTrunkMuscles();
  CHECK(bellies(shapes) == 32);
  checkAuthored(shapes, std::nullopt, 1.75f);
}
