// Geodesic distances: the heat method against exact distances on a sphere, a cylinder and a
// plane; Dijkstra as the edge-graph oracle; several sources; no false minima.
#include <catch2/catch.hpp>

#include <cmath>
#include <numbers>

#include "core/geometry/geodesics.h"
#include "support/test_meshes.h"

namespace {

constexpr float kPi = std::numbers::pi_v<float>;

// An open cylinder of radius r and height hgt along y: `rings` x `segments` quads.
myo::Part cylinderPart(float r, float hgt, int rings, int segments) {
  myo::Part part;
  for (int i = 0; i <= rings; ++i)
    for (int s = 0; s < segments; ++s) {
      const float a = 2.0f * kPi * static_cast<float>(s) / static_cast<float>(segments);
      part.positions.push_back({r * std::cos(a),
                                hgt * static_cast<float>(i) / static_cast<float>(rings),
                                r * std::sin(a)});
    }
  const auto n = static_cast<std::uint32_t>(segments);
  for (std::uint32_t i = 0; i < static_cast<std::uint32_t>(rings); ++i)
    for (std::uint32_t s = 0; s < n; ++s) {
      const std::uint32_t a = i * n + s, b = i * n + (s + 1) % n, c = a + n, d = b + n;
      part.indices.insert(part.indices.end(), {a, c, b, b, c, d});
    }
  return part;
}

struct ErrorStats {
  double mean = 0.0;  // mean relative error
  double max = 0.0;   // max relative error
};

// Relative errors against `exact`, over vertices farther than `near` from the source (the
// relative error of a few-millimetre distance says nothing).
ErrorStats compare(const std::vector<float>& got, const std::vector<float>& exact, float near) {
  ErrorStats stats;
  std::size_t count = 0;
  for (std::size_t i = 0; i < got.size(); ++i) {
    if (exact[i] <= near) continue;
    const double e = std::abs(got[i] - exact[i]) / exact[i];
    stats.mean += e;
    stats.max = std::max(stats.max, e);
    ++count;
  }
  stats.mean /= static_cast<double>(std::max<std::size_t>(count, 1));
  return stats;
}

}  // namespace

TEST_CASE("heat geodesics on a sphere match great-circle distances", "[geodesics]") {
  const myo::Part sphere = myo::test::spherePart("s", {0, 0, 0}, 1.0f, 48);
  const myo::SurfaceMesh mesh = myo::weldSurface({&sphere});
  CHECK(mesh.positions.size() == 48u * 96u - 96u + 2u);  // seam and poles welded
  const myo::HeatGeodesics heat(mesh);
  REQUIRE(heat.ok());
  const std::uint32_t source = 500;
  const glm::vec3 s = glm::normalize(mesh.positions[source]);
  std::vector<float> exact;
  for (const glm::vec3& p : mesh.positions)
    exact.push_back(std::acos(std::clamp(glm::dot(s, glm::normalize(p)), -1.0f, 1.0f)));
  const std::vector<float> got = heat.distances({source});
  CHECK(got[source] == 0.0f);
  const ErrorStats stats = compare(got, exact, 3.0f * mesh.meanEdgeLength());
  INFO("mean " << stats.mean << ", max " << stats.max);
  CHECK(stats.mean <= 0.01);
  CHECK(stats.max <= 0.05);
  // Dijkstra follows edges, so it overestimates: its error is well above the heat method's.
  const ErrorStats edges =
      compare(myo::dijkstraDistances(mesh, {source}), exact, 3.0f * mesh.meanEdgeLength());
  INFO("dijkstra mean " << edges.mean);
  CHECK(edges.mean > 2.0 * stats.mean);
}

TEST_CASE("heat geodesics on a cylinder match the unrolled distances", "[geodesics]") {
  const float r = 0.1f, height = 0.6f;
  const myo::Part cylinder = cylinderPart(r, height, 60, 64);
  const myo::SurfaceMesh mesh = myo::weldSurface({&cylinder});
  const myo::HeatGeodesics heat(mesh);
  REQUIRE(heat.ok());
  const std::uint32_t source = 30 * 64 + 10;  // half way up
  const glm::vec3 s = mesh.positions[source];
  std::vector<float> exact;
  for (const glm::vec3& p : mesh.positions) {
    float da = std::abs(std::atan2(p.z, p.x) - std::atan2(s.z, s.x));
    da = std::min(da, 2.0f * kPi - da);
    exact.push_back(std::hypot(r * da, p.y - s.y));
  }
  // Stay clear of the open rims, where the heat method's Neumann boundary bends the field.
  std::vector<float> got = heat.distances({source}), clipped = exact;
  for (std::size_t i = 0; i < got.size(); ++i)
    if (std::abs(mesh.positions[i].y - s.y) > 0.2f) clipped[i] = 0.0f;  // excluded by `near`
  const ErrorStats stats = compare(got, clipped, 3.0f * mesh.meanEdgeLength());
  INFO("mean " << stats.mean << ", max " << stats.max);
  CHECK(stats.mean <= 0.01);
  CHECK(stats.max <= 0.05);
}

TEST_CASE("on a plane geodesics are Euclidean; several sources give the nearest", "[geodesics]") {
  const myo::Part plane = myo::test::planePart(1.0f, 60);
  const myo::SurfaceMesh mesh = myo::weldSurface({&plane});
  const myo::HeatGeodesics heat(mesh);
  REQUIRE(heat.ok());
  const std::uint32_t centre = 30 * 61 + 30, corner = 10 * 61 + 12;
  std::vector<float> exact;
  for (const glm::vec3& p : mesh.positions)
    exact.push_back(glm::distance(p, mesh.positions[centre]));
  std::vector<float> got = heat.distances({centre}), clipped = exact;
  for (std::size_t i = 0; i < got.size(); ++i)  // the boundary bends the field near the edges
    if (exact[i] > 0.35f) clipped[i] = 0.0f;
  const ErrorStats stats = compare(got, clipped, 3.0f * mesh.meanEdgeLength());
  INFO("mean " << stats.mean << ", max " << stats.max);
  CHECK(stats.mean <= 0.01);
  CHECK(stats.max <= 0.05);

  const std::vector<float> a = heat.distances({centre}), b = heat.distances({corner});
  const std::vector<float> both = heat.distances({centre, corner});
  const float h = mesh.meanEdgeLength();
  double worst = 0.0, mean = 0.0;
  for (std::size_t i = 0; i < both.size(); ++i) {
    const double difference = std::abs(both[i] - std::min(a[i], b[i]));
    worst = std::max(worst, difference);
    mean += difference / static_cast<double>(both.size());
  }
  INFO("difference from the min of single sources: mean " << mean << " m, worst " << worst
                                                          << " m, h = " << h);
  CHECK(mean < h);         // within one edge length: the sources share one additive constant
  CHECK(worst < 2.0 * h);  // where the two fronts meet, the heat flow rounds the ridge
}

TEST_CASE("distance grows away from the source: no vertex is a false minimum", "[geodesics]") {
  const myo::Part sphere = myo::test::spherePart("s", {0, 0, 0}, 1.0f, 32);
  const myo::SurfaceMesh mesh = myo::weldSurface({&sphere});
  const myo::HeatGeodesics heat(mesh);
  const std::vector<float> d = heat.distances({7});
  std::vector<bool> hasLowerNeighbour(d.size(), false);
  for (const auto& f : mesh.faces)
    for (int e = 0; e < 3; ++e) {
      const std::uint32_t a = f[e], b = f[(e + 1) % 3];
      if (d[b] < d[a]) hasLowerNeighbour[a] = true;
      if (d[a] < d[b]) hasLowerNeighbour[b] = true;
    }
  for (std::size_t i = 0; i < d.size(); ++i)
    if (i != 7) CHECK(hasLowerNeighbour[i]);
  // A second, separate surface is out of reach.
  const myo::Part other = myo::test::spherePart("t", {5, 0, 0}, 1.0f, 8);
  const myo::SurfaceMesh two = myo::weldSurface({&sphere, &other});
  const std::vector<float> split = myo::HeatGeodesics(two).distances({7});
  CHECK(std::isinf(split.back()));
  CHECK(std::isfinite(split[8]));
}

TEST_CASE("a moved-from heat solver answers with no distances instead of crashing", "[geodesics]") {
  const myo::Part plane = myo::test::planePart(1.0f, 10);
  const myo::SurfaceMesh mesh = myo::weldSurface({&plane});
  myo::HeatGeodesics heat(mesh);
  REQUIRE(heat.ok());
  const myo::HeatGeodesics moved(std::move(heat));
  CHECK(moved.ok());
  CHECK(moved.distances({0}).size() == mesh.positions.size());
  CHECK_FALSE(heat.ok());  // NOLINT(bugprone-use-after-move): the moved-from state is the test
  CHECK(heat.distances({0}).empty());
}
