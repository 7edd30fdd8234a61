// Lofted surfaces: closed, outward, and of the expected volume and extent.
#include <catch2/catch.hpp>

#include <numbers>

#include "bodygen/loft.h"
#include "core/geometry/mesh_measures.h"
#include "core/geometry/mesh_topology.h"

namespace {

// An elliptic cylinder along +Y from y = 0 to y = 1 with semi-axes 0.2 (x) and 0.1 (z),
// closed by cones of height 0.1 at both ends.
myo::LoftSpec ellipticCylinder(bool flipAxes) {
  myo::LoftSpec spec;
  spec.start = {0.0f, -0.1f, 0.0f};
  spec.end = {0.0f, 1.1f, 0.0f};
  for (int i = 0; i <= 4; ++i) {
    myo::LoftRing ring;
    ring.centre = {0.0f, 0.25f * static_cast<float>(i), 0.0f};
    ring.axisA = {flipAxes ? -1.0f : 1.0f, 0.0f, 0.0f};
    ring.axisB = {0.0f, 0.0f, 1.0f};
    ring.radiusA = 0.2f;
    ring.radiusB = 0.1f;
    spec.rings.push_back(ring);
  }
  return spec;
}

}  // namespace

TEST_CASE("a loft is one closed, outward surface of the expected volume", "[loft]") {
  for (const bool flip : {false, true}) {
    const myo::Part part = myo::loftSurface(ellipticCylinder(flip), 64, 3);
    const myo::TopologyReport topology = myo::analyseTopology(part);
    CHECK(topology.closedAndOriented());
    CHECK(topology.degenerateTriangles == 0);
    // Ellipse area pi·a·b times length 1, plus two cones of a third of that per unit height.
    const double area = std::numbers::pi * 0.2 * 0.1;
    const double expected = area * 1.0 + 2.0 * area * 0.1 / 3.0;
    CHECK(myo::signedVolume(part) == Approx(expected).epsilon(0.01));
    REQUIRE(part.normals.size() == part.positions.size());
    // Normals of the side point away from the axis.
    for (std::size_t i = 1; i + 1 < part.positions.size(); ++i) {
      const glm::vec3 radial(part.positions[i].x, 0.0f, part.positions[i].z);
      CHECK(glm::dot(part.normals[i], radial) > 0.0f);
    }
  }
}

TEST_CASE("refinement passes through the given rings and keeps radii non-negative", "[loft]") {
  myo::LoftSpec spec = ellipticCylinder(false);
  spec.rings[2].radiusA = 0.4f;  // a belly in the middle
  spec.rings[3].radiusA = 0.0f;  // a tendon-thin section
  const myo::Part part = myo::loftSurface(spec, 16, 4);
  CHECK(myo::analyseTopology(part).closedAndOriented());
  const myo::Bounds bounds = myo::partBounds(part);
  CHECK(bounds.max.x == Approx(0.4f).margin(1e-4f));  // the belly ring is hit exactly
  CHECK(bounds.min.y == Approx(-0.1f));
  CHECK(bounds.max.y == Approx(1.1f));
}
