// Bridging separate parts: links only across small gaps between different parts, every piece
// joined into one, and the edge-graph distance crossing bridges as straight segments.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/geometry/geodesics.h"
#include "core/referral/surface_bridges.h"
#include "support/test_meshes.h"

namespace {

float bridgeLength(const myo::SurfaceMesh& mesh, const myo::SurfaceBridge& b) {
  return glm::distance(mesh.positions[b.a], mesh.positions[b.b]);
}

std::uint32_t pieceCount(const myo::SurfaceMesh& mesh) {
  const std::vector<std::uint32_t> piece = myo::surfacePieces(mesh);
  return *std::max_element(piece.begin(), piece.end()) + 1;
}

}  // namespace

TEST_CASE("parts a centimetre apart are linked across the gap and nowhere else", "[bridges]") {
  // Two 0.5 m squares in one plane, 1 cm apart along x, 2 cm cells.
  const myo::Part left = myo::test::planePart(0.5f, 25);
  const myo::Part right = myo::test::planePart(0.5f, 25, {0.51f, 0.0f, 0.0f});
  myo::SurfaceMesh mesh = myo::weldSurface({&left, &right});
  CHECK(pieceCount(mesh) == 2);
  myo::bridgeParts(mesh, 0.015f);
  REQUIRE(!mesh.bridges.empty());
  const std::vector<std::uint32_t> partOf = myo::surfacePartOf(mesh);
  for (const myo::SurfaceBridge& b : mesh.bridges) {
    CHECK(partOf[b.a] != partOf[b.b]);
    CHECK(bridgeLength(mesh, b) == Approx(0.01f).margin(1e-4));  // straight across the gap
  }
  CHECK(mesh.bridges.size() == 26);  // one per facing border vertex
  CHECK(pieceCount(mesh) == 1);
}

TEST_CASE("pieces farther apart than the gap are joined by their closest pair", "[bridges]") {
  const myo::Part a = myo::test::planePart(0.2f, 10);
  const myo::Part b = myo::test::planePart(0.2f, 10, {0.3f, 0.0f, 0.0f});   // 10 cm right of a
  const myo::Part c = myo::test::planePart(0.2f, 10, {0.0f, 0.25f, 0.0f});  // 25 cm above a
  myo::SurfaceMesh mesh = myo::weldSurface({&a, &b, &c});
  myo::bridgeParts(mesh, 0.015f);
  CHECK(pieceCount(mesh) == 1);
  REQUIRE(mesh.bridges.size() >= 2);
  float shortest = 1.0f, longest = 0.0f;
  for (const myo::SurfaceBridge& bridge : mesh.bridges) {
    shortest = std::min(shortest, bridgeLength(mesh, bridge));
    longest = std::max(longest, bridgeLength(mesh, bridge));
  }
  CHECK(shortest == Approx(0.1f).margin(1e-4));  // a–b: the facing edges
  CHECK(longest == Approx(0.25f).margin(1e-4));  // c to a, straight below it
  const std::vector<float> d = myo::dijkstraDistances(mesh, {0});
  for (const float v : d) CHECK(std::isfinite(v));
}

TEST_CASE("distance crosses a bridged gap as a straight segment", "[bridges][geodesics]") {
  const myo::Part left = myo::test::planePart(0.5f, 50);
  const myo::Part right = myo::test::planePart(0.5f, 50, {0.51f, 0.0f, 0.0f});
  myo::SurfaceMesh mesh = myo::weldSurface({&left, &right});
  const std::uint32_t source = 25 * 51 + 25;  // the left square's centre (0.25, 0, 0.25)
  const std::vector<float> apart = myo::dijkstraDistances(mesh, {source});
  const std::vector<std::uint32_t> partOf = myo::surfacePartOf(mesh);
  for (std::size_t v = 0; v < apart.size(); ++v)
    if (partOf[v] == 1) REQUIRE(std::isinf(apart[v]));

  myo::bridgeParts(mesh, 0.015f);
  const myo::EdgeGraphDistance graph(mesh);
  const std::vector<float> d = graph.distances({source});
  // On the far square the shortest way is a straight line through the gap; the edge graph
  // follows it within its zig-zag (at most 1/cos 22.5° - 1 = 8.2 % on this grid).
  double sum = 0.0, worst = 0.0;
  int count = 0;
  for (std::size_t v = 0; v < d.size(); ++v) {
    if (partOf[v] != 1) continue;
    const float exact = glm::distance(mesh.positions[v], mesh.positions[source]);
    REQUIRE(d[v] >= exact - 1e-5f);
    const double error = (d[v] - exact) / exact;
    sum += error;
    worst = std::max(worst, error);
    ++count;
  }
  INFO("mean relative excess " << sum / count << ", max " << worst);
  CHECK(sum / count <= 0.06);
  CHECK(worst <= 0.083);
}

TEST_CASE("vertices no triangle uses are not joined", "[bridges]") {
  myo::Part a = myo::test::planePart(0.2f, 10);
  for (int i = 0; i < 500; ++i)  // stray points far away, as some exports carry
    a.positions.push_back({5.0f + 0.01f * static_cast<float>(i), 0.0f, 0.0f});
  const myo::Part b = myo::test::planePart(0.2f, 10, {0.3f, 0.0f, 0.0f});
  myo::SurfaceMesh mesh = myo::weldSurface({&a, &b});
  myo::bridgeParts(mesh, 0.015f);
  CHECK(mesh.bridges.size() == 1);  // the two planes, joined once; the strays left alone
  for (const myo::SurfaceBridge& bridge : mesh.bridges) {
    CHECK(mesh.positions[bridge.a].x < 1.0f);
    CHECK(mesh.positions[bridge.b].x < 1.0f);
  }
}
