// Skull and pelvis surfaces: closed, with their openings where anatomy has them.
#include <catch2/catch.hpp>

#include "bodygen/muscle_shapes.h"
#include "bodygen/pelvis.h"
#include "bodygen/skull.h"
#include "core/geometry/mesh_topology.h"
#include "core/geometry/triangle_bvh.h"

namespace {

using myo::ref::BodySide;

// Distance from `from` along `direction` to the first surface of `part`; infinity for none.
float firstHit(const myo::Part& part, glm::vec3 from, glm::vec3 direction) {
  myo::Model model;
  model.parts.push_back(part);
  const myo::TriangleBvh bvh = myo::TriangleBvh::build(model);
  const auto hit = bvh.intersect({from, direction});
  return hit ? hit->distance : std::numeric_limits<float>::infinity();
}

}  // namespace

TEST_CASE("the skull is closed with open orbits and nasal aperture", "[bones]") {
  const std::vector<myo::Part> parts = myo::skullParts();
  REQUIRE(parts.size() == 2);
  const myo::Part& skull = parts[0];
  CHECK(skull.name == "skull");
  CHECK(parts[1].name == "mandible");
  for (const myo::Part& part : parts) CHECK(myo::analyseTopology(part).closedAndOriented());
  const glm::vec3 forehead = myo::referencePoint("forehead", BodySide::Mid);
  const glm::vec3 back(0.0f, 0.0f, -1.0f);
  const float toForehead = firstHit(skull, forehead + glm::vec3(0, 0, 0.1f), back);
  // Looking straight back into an orbit, the bone starts well behind the brow.
  for (const float x : {-0.033f, 0.033f}) {
    INFO("orbit at x = " << x);
    const glm::vec3 orbit(x, forehead.y - 0.05f, forehead.z + 0.1f);
    CHECK(firstHit(skull, orbit, back) > toForehead + 0.02f);
  }
}

TEST_CASE("each hip bone has an obturator foramen and mirrors the other", "[bones]") {
  const std::vector<myo::Part> parts = myo::pelvisParts();
  REQUIRE(parts.size() == 3);
  CHECK(parts[0].name == "hip_bone.R");
  CHECK(parts[1].name == "hip_bone.L");
  CHECK(parts[2].name == "sacrum");
  for (const myo::Part& part : parts) CHECK(myo::analyseTopology(part).closedAndOriented());
  const myo::Bounds right = myo::partBounds(parts[0]), left = myo::partBounds(parts[1]);
  CHECK(right.max.x == Approx(-left.min.x).margin(1e-6));
  CHECK(right.max.y == Approx(left.max.y).margin(1e-6));
  // A line through the foramen, front to back, misses the bone; one through the pubic body hits.
  const glm::vec3 hip = myo::referencePoint("hip", BodySide::Right);
  const glm::vec3 ischium = myo::referencePoint("ischial_tuberosity", BodySide::Right);
  const glm::vec3 symphysis = myo::referencePoint("pubic_symphysis", BodySide::Mid);
  const glm::vec3 foramen(0.5f * (hip.x + symphysis.x) + 0.008f, 0.5f * (hip.y + ischium.y),
                          0.5f * (hip.z + symphysis.z) + 0.01f);
  const glm::vec3 forward(0.0f, 0.0f, 1.0f);
  CHECK(std::isinf(firstHit(parts[0], foramen - 0.2f * forward, forward)));
  const glm::vec3 pubis = symphysis + glm::vec3(-0.016f, -0.004f, 0.0f);
  CHECK(std::isfinite(firstHit(parts[0], pubis - 0.2f * forward, forward)));
}
