// Vertex clustering: fewer triangles, no degenerate ones, shape kept within a cell.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/geometry/mesh_lod.h"
#include "core/geometry/mesh_normals.h"
#include "support/test_meshes.h"

namespace {

// A UV sphere of `radius` tagged like a muscle part, so clustering must keep the tags.
myo::Part sphere(float radius, int rings) {
  myo::Part part = myo::test::spherePart("sphere", glm::vec3(0.0f), radius, rings);
  part.kind = myo::PartKind::Muscle;
  part.material = 3;
  part.extras = R"({"kind":"muscle"})";
  return part;
}

}  // namespace

TEST_CASE("clustering a dense sphere keeps its shape with far fewer triangles", "[lod]") {
  const myo::Part dense = sphere(0.1f, 200);  // 80k triangles, ~1.6 mm apart
  const float cell = 0.01f;
  const myo::Part coarse = myo::clusterVertices(dense, cell);
  CHECK(coarse.triangleCount() < dense.triangleCount() / 10);
  CHECK(coarse.triangleCount() > 500);
  CHECK(coarse.name == dense.name);
  CHECK(coarse.kind == dense.kind);
  CHECK(coarse.material == dense.material);
  CHECK(coarse.extras == dense.extras);
  REQUIRE(coarse.normals.size() == coarse.positions.size());
  REQUIRE(coarse.uvs.size() == coarse.positions.size());
  for (std::size_t i = 0; i < coarse.positions.size(); ++i) {
    const float radius = glm::length(coarse.positions[i]);
    CHECK(radius == Approx(0.1f).margin(cell));                               // still on the sphere
    CHECK(glm::dot(coarse.normals[i], coarse.positions[i] / radius) > 0.9f);  // outward
    CHECK(glm::length(coarse.normals[i]) == Approx(1.0f));
  }
  for (std::size_t t = 0; t < coarse.triangleCount(); ++t) {
    const auto a = coarse.indices[3 * t], b = coarse.indices[3 * t + 1],
               c = coarse.indices[3 * t + 2];
    CHECK((a != b && b != c && a != c));
    CHECK(std::max({a, b, c}) < coarse.positions.size());
  }
}

TEST_CASE("a cell much smaller than the triangles changes nothing", "[lod]") {
  myo::Part grid;  // 10 x 10 quads, 0.1 apart, no coincident vertices
  for (float y = 0.0f; y < 10.5f; y += 1.0f)
    for (float x = 0.0f; x < 10.5f; x += 1.0f)
      grid.positions.emplace_back(0.1f * x + 0.03f, 0.1f * y + 0.03f, 0.0f);
  for (std::uint32_t y = 0; y < 10; ++y) {
    for (std::uint32_t x = 0; x < 10; ++x) {
      const std::uint32_t a = y * 11 + x;
      grid.indices.insert(grid.indices.end(), {a, a + 1, a + 11, a + 1, a + 12, a + 11});
    }
  }
  myo::computeVertexNormals(grid);
  myo::Model model;
  model.parts.push_back(grid);
  model.landmarks.push_back({"vertex", {0, 1, 0}});
  const myo::Model same = myo::simplifiedModel(model, 1e-3f);
  REQUIRE(same.parts.size() == 1);
  CHECK(same.landmarks.size() == 1);
  CHECK(same.parts[0].indices == grid.indices);
  REQUIRE(same.parts[0].positions.size() == grid.positions.size());
  for (std::size_t i = 0; i < grid.positions.size(); ++i) {
    CHECK(glm::distance(same.parts[0].positions[i], grid.positions[i]) < 1e-6f);
    CHECK(glm::distance(same.parts[0].normals[i], grid.normals[i]) < 1e-6f);
  }
}
