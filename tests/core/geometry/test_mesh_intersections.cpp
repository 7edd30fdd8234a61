// Self-intersection counting: crossing triangles are found, clean closed meshes have none.
#include <catch2/catch.hpp>

#include "support/mesh_intersections.h"
#include "support/test_meshes.h"

namespace {

// `b` appended to `a` as further triangles of the same part.
myo::Part joined(myo::Part a, const myo::Part& b) {
  const auto offset = static_cast<std::uint32_t>(a.positions.size());
  a.positions.insert(a.positions.end(), b.positions.begin(), b.positions.end());
  for (const std::uint32_t index : b.indices) a.indices.push_back(offset + index);
  return a;
}

}  // namespace

TEST_CASE("two triangles piercing each other are one crossing pair", "[intersections]") {
  myo::Part part;
  part.positions = {{-1, 0, 0},    {1, 0, 0},    {0, 1, 0},    // in the z = 0 plane
                    {0, 0.5f, -1}, {0, 0.5f, 1}, {0, -1, 0}};  // in the x = 0 plane, through it
  part.indices = {0, 1, 2, 3, 4, 5};
  CHECK(myo::countSelfIntersections(part) == 1);
  part.positions[5] = {0, 0.8f, 0};  // now entirely above the first triangle's edge at y = 0
  part.positions[3] = {0.0f, 2.0f, -1.0f};
  part.positions[4] = {0.0f, 2.0f, 1.0f};
  CHECK(myo::countSelfIntersections(part) == 0);
}

TEST_CASE("a sphere has no self-intersections; two overlapping spheres do", "[intersections]") {
  const myo::Part sphere = myo::test::spherePart("a", {0, 0, 0}, 1.0f);
  CHECK(myo::countSelfIntersections(sphere) == 0);
  const myo::Part apart = joined(sphere, myo::test::spherePart("b", {3, 0, 0}, 1.0f));
  CHECK(myo::countSelfIntersections(apart) == 0);
  const myo::Part overlapping = joined(sphere, myo::test::spherePart("b", {1, 0, 0}, 1.0f));
  CHECK(myo::countSelfIntersections(overlapping) > 48);  // a ring of crossings where they meet
}
