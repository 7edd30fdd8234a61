// Surface nets: closed outward meshes of the right volume and shape; smoothing keeps volume.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

#include "bodygen/distance_field.h"
#include "bodygen/loft.h"
#include "bodygen/mesh_smoothing.h"
#include "bodygen/sdf.h"
#include "bodygen/surface_nets.h"
#include "core/geometry/mesh_measures.h"
#include "core/geometry/mesh_topology.h"

namespace {

myo::Bounds cube(float half) {
  myo::Bounds box;
  box.add(glm::vec3(-half));
  box.add(glm::vec3(half));
  return box;
}

// Every vertex's triangles form one fan (no pinched vertices).
bool verticesManifold(const myo::Part& part) {
  std::vector<std::map<std::uint32_t, std::uint32_t>> fans(part.positions.size());
  for (std::size_t t = 0; t + 2 < part.indices.size(); t += 3)
    for (std::size_t c = 0; c < 3; ++c)
      fans[part.indices[t + c]][part.indices[t + (c + 1) % 3]] = part.indices[t + (c + 2) % 3];
  for (const auto& fan : fans) {
    if (fan.empty()) continue;
    std::uint32_t at = fan.begin()->first;
    std::size_t steps = 0;
    do {
      const auto next = fan.find(at);
      if (next == fan.end()) return false;
      at = next->second;
      ++steps;
    } while (at != fan.begin()->first && steps <= fan.size());
    if (steps != fan.size()) return false;
  }
  return true;
}

long eulerCharacteristic(const myo::Part& part) {
  const auto faces = static_cast<long>(part.triangleCount());
  return static_cast<long>(part.positions.size()) - faces * 3 / 2 + faces;
}

void checkClosed(const myo::Part& part) {
  const myo::TopologyReport topology = myo::analyseTopology(part);
  CHECK(topology.closedAndOriented());
  CHECK(topology.degenerateTriangles == 0);
  CHECK(verticesManifold(part));
  CHECK(part.normals.size() == part.positions.size());
}

myo::LoftSpec taperedLoft() {
  myo::LoftSpec spec;
  spec.start = {0.0f, -0.05f, 0.0f};
  for (int i = 0; i < 5; ++i) {
    myo::LoftRing ring;
    const float y = 0.1f * static_cast<float>(i);
    ring.centre = {0.04f * std::sin(4.0f * y), y, 0.0f};
    ring.radiusA = 0.05f + 0.03f * std::sin(6.0f * y);
    ring.radiusB = 0.035f;
    spec.rings.push_back(ring);
  }
  spec.end = {0.0f, 0.45f, 0.0f};
  return spec;
}

}  // namespace

TEST_CASE("a sphere becomes a closed outward mesh of the right volume", "[surface_nets]") {
  const float radius = 0.1f, cell = 0.005f;
  const auto sphere = [&](glm::vec3 p) { return myo::sdSphere(p, glm::vec3(0.01f), radius); };
  const myo::Part part = myo::polygonise(sphere, cube(0.13f), cell);
  checkClosed(part);
  CHECK(eulerCharacteristic(part) == 2);
  const double expected = 4.0 / 3.0 * std::numbers::pi * std::pow(radius, 3.0);
  CHECK(myo::signedVolume(part) == Approx(expected).epsilon(0.02));
  for (const glm::vec3& p : part.positions) REQUIRE(std::abs(sphere(p)) < 0.5f * cell);
}

TEST_CASE("a rotated ellipsoid is meshed closed within half a cell", "[surface_nets]") {
  myo::Ellipsoid e;
  e.centre = {0.02f, -0.01f, 0.0f};
  e.axisA = glm::normalize(glm::vec3(1.0f, 1.0f, 0.0f));
  e.axisB = glm::normalize(glm::vec3(-1.0f, 1.0f, 0.5f));
  e.axisC = glm::cross(e.axisA, e.axisB);
  e.radii = {0.16f, 0.09f, 0.06f};
  const float cell = 0.005f;
  const myo::Part part =
      myo::polygonise([&](glm::vec3 p) { return myo::sdEllipsoid(p, e); }, cube(0.2f), cell);
  checkClosed(part);
  const double expected = 4.0 / 3.0 * std::numbers::pi * 0.16 * 0.09 * 0.06;
  CHECK(myo::signedVolume(part) == Approx(expected).epsilon(0.02));
  for (const glm::vec3& p : part.positions) REQUIRE(std::abs(myo::sdEllipsoid(p, e)) < 0.5f * cell);
}

TEST_CASE("two overlapping spheres blend into one closed surface", "[surface_nets]") {
  myo::DistanceField field(0.06f);
  field.add(myo::Sphere{{-0.06f, 0.0f, 0.0f}, 0.07f});
  field.add(myo::Sphere{{0.06f, 0.0f, 0.0f}, 0.07f}, 0.03f);
  const myo::Part part = myo::polygonise(field.sample(field.bounds(0.02f), 0.005f));
  checkClosed(part);
  CHECK(eulerCharacteristic(part) == 2);  // one sphere-like piece
  // The blend fills the waist: the surface over the middle is beyond the spheres' own.
  float waist = 0.0f;
  for (const glm::vec3& p : part.positions)
    if (std::abs(p.x) < 0.003f) waist = std::max(waist, std::hypot(p.y, p.z));
  CHECK(waist > std::sqrt(0.07f * 0.07f - 0.06f * 0.06f) + 0.002f);
}

TEST_CASE("a loft tube meshes to loftSurface's volume", "[surface_nets]") {
  const myo::LoftSpec spec = taperedLoft();
  myo::DistanceField field(0.03f);
  field.add(myo::LoftTube(spec, 4));
  const myo::Part part = myo::polygonise(field.sample(field.bounds(0.02f), 0.004f));
  checkClosed(part);
  const double reference = myo::signedVolume(myo::loftSurface(spec, 64, 4));
  CHECK(myo::signedVolume(part) == Approx(reference).epsilon(0.02));
}

TEST_CASE("near-touching and noisy fields still give two-manifold meshes", "[surface_nets]") {
  // Two spheres a fraction of a cell apart, and a sphere with fine ripples: ambiguous cells.
  for (const float gap : {0.0005f, 0.002f, 0.004f}) {
    const auto twin = [&](glm::vec3 p) {
      return std::min(myo::sdSphere(p, {-0.05f - 0.5f * gap, 0.001f, 0.0f}, 0.05f),
                      myo::sdSphere(p, {0.05f + 0.5f * gap, 0.0f, 0.002f}, 0.05f));
    };
    checkClosed(myo::polygonise(twin, cube(0.12f), 0.006f));
  }
  const auto rippled = [](glm::vec3 p) {
    return myo::sdSphere(p, glm::vec3(0.0f), 0.08f) +
           0.006f * std::sin(90.0f * p.x) * std::sin(80.0f * p.y) * std::sin(70.0f * p.z);
  };
  checkClosed(myo::polygonise(rippled, cube(0.1f), 0.004f));
}

TEST_CASE("polygonising is deterministic", "[surface_nets]") {
  myo::DistanceField field(0.05f);
  field.add(myo::Sphere{{0.0f, 0.0f, 0.0f}, 0.06f});
  field.add(myo::RoundCone{{0.0f, 0.0f, 0.0f}, {0.1f, 0.12f, 0.03f}, 0.04f, 0.02f}, 0.02f);
  const myo::Part a = myo::polygonise(field.sample(field.bounds(0.02f), 0.005f));
  const myo::Part b = myo::polygonise(field.sample(field.bounds(0.02f), 0.005f));
  CHECK(a.indices == b.indices);
  CHECK(a.positions == b.positions);
  checkClosed(a);
}

TEST_CASE("smoothing keeps the volume and removes noise", "[smoothing]") {
  const float radius = 0.1f;
  myo::Part part = myo::polygonise(
      [&](glm::vec3 p) { return myo::sdSphere(p, glm::vec3(0.0f), radius); }, cube(0.13f), 0.008f);
  // Deterministic radial noise of ±2 mm.
  std::uint32_t state = 12345u;
  for (glm::vec3& p : part.positions) {
    state = state * 1664525u + 1013904223u;
    const float noise = (static_cast<float>(state >> 8) / 16777216.0f - 0.5f) * 0.004f;
    p += noise * glm::normalize(p);
  }
  const auto roughness = [&](const myo::Part& mesh) {
    double sum = 0.0;
    for (const glm::vec3& p : mesh.positions) sum += std::pow(glm::length(p) - radius, 2.0);
    return std::sqrt(sum / static_cast<double>(mesh.positions.size()));
  };
  const double noisyVolume = myo::signedVolume(part);
  const double noisyRoughness = roughness(part);
  myo::taubinSmooth(part);
  CHECK(myo::signedVolume(part) == Approx(noisyVolume).epsilon(0.01));
  CHECK(roughness(part) < 0.5 * noisyRoughness);
  checkClosed(part);

  const auto edgeSpread = [](const myo::Part& mesh) {
    double sum = 0.0, sum2 = 0.0;
    for (std::size_t t = 0; t < mesh.indices.size(); ++t) {
      const std::size_t next = t % 3 == 2 ? t - 2 : t + 1;
      const double l =
          glm::length(mesh.positions[mesh.indices[t]] - mesh.positions[mesh.indices[next]]);
      sum += l;
      sum2 += l * l;
    }
    const double n = static_cast<double>(mesh.indices.size());
    return std::sqrt(sum2 / n - (sum / n) * (sum / n)) / (sum / n);
  };
  const double volume = myo::signedVolume(part);
  const double spread = edgeSpread(part);
  myo::relaxTangentially(part, 10);
  CHECK(myo::signedVolume(part) == Approx(volume).epsilon(0.01));
  CHECK(edgeSpread(part) < spread);
  CHECK(roughness(part) < 0.5 * noisyRoughness);
}
