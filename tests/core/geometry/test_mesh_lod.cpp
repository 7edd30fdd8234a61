// Vertex clustering: fewer triangles, no degenerate ones, shape kept within a cell.
#include <catch2/catch.hpp>

#include <algorithm>
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

TEST_CASE("snapping keeps the part's own vertices and drops what collapses", "[lod]") {
  const myo::Part sphere = myo::test::spherePart("sphere", {0, 0, 0}, 0.5f, 120);
  // A cell far below the edge length only joins the seam's and the poles' coincident vertices.
  const std::vector<std::uint32_t> fine = myo::snappedIndices(sphere, 1e-5f);
  CHECK(fine.size() <= sphere.indices.size());
  CHECK(fine.size() > sphere.indices.size() * 95 / 100);
  const std::vector<std::uint32_t> snapped = myo::snappedIndices(sphere, 0.05f);
  CHECK(snapped.size() % 3 == 0);
  CHECK(snapped.size() < sphere.indices.size() / 4);
  CHECK_FALSE(snapped.empty());
  for (std::size_t t = 0; t < snapped.size(); t += 3) {
    const std::uint32_t a = snapped[t], b = snapped[t + 1], c = snapped[t + 2];
    CHECK((a != b && b != c && a != c));
    CHECK(std::max({a, b, c}) < sphere.positions.size());
    // Every vertex kept lies on the sphere: snapped, not averaged inwards.
    CHECK(glm::length(sphere.positions[a]) == Approx(0.5f).epsilon(1e-4));
  }
}

TEST_CASE("levels of detail are kept only when they are worth drawing", "[lod]") {
  myo::Model model;
  model.parts.push_back(myo::test::spherePart("sphere", {0, 0, 0}, 0.5f, 120));
  model.parts.push_back(myo::test::spherePart("small", {2, 0, 0}, 0.1f, 12));
  const std::vector<myo::DetailLevel> levels = myo::detailLevels(model, 0.01f, 4, 0.6f);
  REQUIRE_FALSE(levels.empty());
  std::size_t previous = model.triangleCount();
  float cell = 0.0f;
  for (const myo::DetailLevel& level : levels) {
    CHECK(level.indices.size() == model.parts.size());  // one list per part, even unchanged
    std::size_t triangles = 0;
    for (const auto& indices : level.indices) triangles += indices.size() / 3;
    CHECK(triangles == level.triangles);
    CHECK(static_cast<float>(level.triangles) <= 0.6f * static_cast<float>(previous));
    CHECK(level.cellSize > cell);
    previous = level.triangles;
    cell = level.cellSize;
  }
  // Cells far below the triangles' size reduce nothing: no level is worth keeping.
  CHECK(myo::detailLevels(model, 1e-6f, 3, 0.6f).empty());
}
