// Distance primitives, the smooth union, the lofted tube and the many-primitive field.
#include <catch2/catch.hpp>

#include <cmath>

#include "bodygen/distance_field.h"
#include "bodygen/loft.h"
#include "bodygen/sdf.h"

namespace {

// A bent, tapering loft: six rings on an arc, elliptical sections turning as they go.
myo::LoftSpec bentLoft() {
  myo::LoftSpec spec;
  spec.start = {0.0f, -0.06f, 0.0f};
  for (int i = 0; i < 6; ++i) {
    const float angle = 0.15f * static_cast<float>(i);
    myo::LoftRing ring;
    ring.centre = {0.5f * (1.0f - std::cos(angle)), 0.5f * std::sin(angle), 0.0f};
    const glm::vec3 tangent(std::sin(angle), std::cos(angle), 0.0f);
    ring.axisA = glm::normalize(glm::vec3(tangent.y, -tangent.x, 0.0f));
    ring.axisB = {0.0f, 0.0f, 1.0f};
    ring.radiusA = 0.05f + 0.02f * std::sin(static_cast<float>(i));
    ring.radiusB = 0.03f;
    spec.rings.push_back(ring);
  }
  const float last = 0.75f + 0.1f;
  spec.end = {0.5f * (1.0f - std::cos(last)), 0.5f * std::sin(last), 0.0f};
  return spec;
}

}  // namespace

TEST_CASE("sphere, ellipsoid and round cone distances", "[sdf]") {
  CHECK(myo::sdSphere({0.3f, 0.0f, 0.0f}, {0.0f, 0.0f, 0.0f}, 0.1f) == Approx(0.2f));
  CHECK(myo::sdSphere({0.0f, 0.0f, 0.0f}, {0.0f, 0.0f, 0.0f}, 0.1f) == Approx(-0.1f));

  myo::Ellipsoid e;
  e.radii = {0.3f, 0.2f, 0.1f};
  CHECK(myo::sdEllipsoid({0.3f, 0.0f, 0.0f}, e) == Approx(0.0f).margin(1e-6));
  CHECK(myo::sdEllipsoid({0.0f, 0.2f, 0.0f}, e) == Approx(0.0f).margin(1e-6));
  CHECK(myo::sdEllipsoid({0.0f, 0.0f, 0.15f}, e) == Approx(0.05f).margin(1e-4));
  CHECK(myo::sdEllipsoid({0.0f, 0.0f, 0.0f}, e) < 0.0f);
  CHECK(myo::sdEllipsoid({0.25f, 0.15f, 0.0f}, e) > 0.0f);

  const glm::vec3 a(0.0f), b(0.0f, 1.0f, 0.0f);
  // A capsule: distance from the axis minus the radius, spheres at the ends.
  CHECK(myo::sdRoundCone({0.3f, 0.5f, 0.0f}, a, b, 0.1f, 0.1f) == Approx(0.2f));
  CHECK(myo::sdRoundCone({0.0f, 1.3f, 0.0f}, a, b, 0.1f, 0.1f) == Approx(0.2f));
  CHECK(myo::sdRoundCone({0.0f, -0.5f, 0.0f}, a, b, 0.2f, 0.1f) == Approx(0.3f));
  CHECK(myo::sdRoundCone({0.0f, 0.5f, 0.0f}, a, b, 0.2f, 0.1f) < -0.1f);
  // One sphere inside the other: the bigger sphere.
  CHECK(myo::sdRoundCone({0.5f, 0.0f, 0.0f}, a, {0.0f, 0.01f, 0.0f}, 0.2f, 0.05f) == Approx(0.3f));
}

TEST_CASE("smooth union rounds only within its blend width", "[sdf]") {
  CHECK(myo::smoothUnion(0.1f, 0.5f, 0.2f) == Approx(0.1f));
  CHECK(myo::smoothUnion(0.3f, 0.3f, 0.2f) == Approx(0.3f - 0.05f));
  CHECK(myo::smoothUnion(0.3f, 0.35f, 0.0f) == Approx(0.3f));
  CHECK(myo::smoothUnion(0.3f, 0.35f, 0.2f) <= 0.3f);
}

TEST_CASE("a loft tube's zero set follows loftSurface's mesh", "[sdf]") {
  const myo::LoftSpec spec = bentLoft();
  const myo::LoftTube tube(spec, 4);
  const myo::Part mesh = myo::loftSurface(spec, 48, 4);
  float worst = 0.0f;
  for (const glm::vec3& p : mesh.positions) worst = std::max(worst, std::abs(tube.distance(p)));
  CHECK(worst < 1e-3f);
  CHECK(tube.distance(spec.rings[2].centre) < -0.02f);
  CHECK(tube.distance(spec.rings[2].centre + glm::vec3(0.0f, 0.0f, 0.1f)) > 0.05f);
  // Continuity: nearby points give nearby values everywhere along a line through the tube.
  float previous = tube.distance({-0.2f, 0.2f, 0.01f});
  for (int i = 1; i <= 400; ++i) {
    const float value = tube.distance({-0.2f + 0.001f * static_cast<float>(i), 0.2f, 0.01f});
    CHECK(std::abs(value - previous) <= 0.0011f);
    previous = value;
  }
  // The margin-limited form agrees near the surface.
  for (const glm::vec3& p : mesh.positions) CHECK(tube.distance(p, 0.02f) == tube.distance(p));
}

TEST_CASE("a distance field blends primitives and samples what it evaluates", "[sdf]") {
  myo::DistanceField field(0.05f);
  field.add(myo::Sphere{{0.0f, 0.0f, 0.0f}, 0.1f});
  field.add(myo::RoundCone{{0.0f, 0.0f, 0.0f}, {0.0f, 0.3f, 0.0f}, 0.05f, 0.03f}, 0.02f);
  field.add(myo::LoftTube(bentLoft(), 3), 0.02f, 0.005f);
  CHECK(field.size() == 3);
  CHECK(field.evaluate({0.0f, 0.0f, 0.0f}) == Approx(-0.1f));
  CHECK(field.evaluate({5.0f, 0.0f, 0.0f}) == Approx(0.05f));  // far: the margin
  CHECK(field.evaluate({0.13f, 0.0f, 0.0f}) == Approx(0.03f));
  // The inflated loft's ring centre lies deep inside.
  CHECK(field.evaluate(bentLoft().rings[3].centre) < -0.03f);
  const myo::Bounds box = field.bounds(0.02f);
  const myo::ScalarGrid grid = field.sample(box, 0.02f);
  for (int k = 0; k < grid.count.z; k += 2)
    for (int j = 0; j < grid.count.y; j += 3)
      for (int i = 0; i < grid.count.x; ++i)
        REQUIRE(grid.values[grid.index(i, j, k)] == field.evaluate(grid.point(i, j, k)));
}
