// Area-weighted smooth vertex normals.
#include <catch2/catch.hpp>

#include <glm/gtc/epsilon.hpp>

#include "core/geometry/mesh_normals.h"

namespace {

bool near(const glm::vec3& a, const glm::vec3& b) {
  return glm::all(glm::epsilonEqual(a, b, 1e-5f));
}

}  // namespace

TEST_CASE("computeVertexNormals: a flat counter-clockwise square faces +Z", "[gltf]") {
  myo::Part part;
  part.positions = {{0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {0, 1, 0}};
  part.indices = {0, 1, 2, 0, 2, 3};
  myo::computeVertexNormals(part);
  REQUIRE(part.normals.size() == 4);
  for (const glm::vec3& n : part.normals) CHECK(near(n, {0, 0, 1}));
}

TEST_CASE("computeVertexNormals: faces weigh by area", "[gltf]") {
  myo::Part part;
  // Vertex 0 is shared by a large triangle facing +Z (area 2) and a small one facing +X
  // (area 0.02): its normal leans 1 % towards +X.
  part.positions = {{0, 0, 0}, {2, 0, 0}, {0, 2, 0}, {0, 0.2f, 0}, {0, 0, 0.2f}};
  part.indices = {0, 1, 2, 0, 3, 4};
  myo::computeVertexNormals(part);
  const glm::vec3 expected = glm::normalize(glm::vec3(0.02f, 0, 2));
  CHECK(near(part.normals[0], expected));
  CHECK(near(part.normals[1], {0, 0, 1}));
  CHECK(near(part.normals[3], {1, 0, 0}));
}

TEST_CASE("computeVertexNormals: unused and degenerate vertices get +Z", "[gltf]") {
  myo::Part part;
  part.positions = {{0, 0, 0}, {1, 0, 0}, {2, 0, 0}, {5, 5, 5}};
  part.indices = {0, 1, 2};    // collinear: zero area
  part.normals = {{1, 0, 0}};  // stale, wrong size: replaced
  myo::computeVertexNormals(part);
  REQUIRE(part.normals.size() == 4);
  for (const glm::vec3& n : part.normals) CHECK(near(n, {0, 0, 1}));
}
