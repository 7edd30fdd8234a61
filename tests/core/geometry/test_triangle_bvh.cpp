// TriangleBvh against brute force on random rays over random and structured meshes.
#include <catch2/catch.hpp>

#include <random>

#include "core/geometry/triangle_bvh.h"

namespace {

myo::Model randomSoup(std::mt19937& rng, int parts, int trianglesPerPart) {
  std::uniform_real_distribution<float> position(-1.0f, 1.0f);
  std::uniform_real_distribution<float> offset(-0.08f, 0.08f);
  myo::Model model;
  for (int p = 0; p < parts; ++p) {
    myo::Part part;
    part.name = "part" + std::to_string(p);
    for (int t = 0; t < trianglesPerPart; ++t) {
      const glm::vec3 centre(position(rng), position(rng), position(rng));
      for (int k = 0; k < 3; ++k) {
        part.indices.push_back(static_cast<std::uint32_t>(part.positions.size()));
        part.positions.push_back(centre + glm::vec3(offset(rng), offset(rng), offset(rng)));
      }
    }
    model.parts.push_back(std::move(part));
  }
  return model;
}

std::optional<myo::RayHit> bruteForce(const myo::Model& model, const myo::Ray& ray,
                                      const std::vector<std::uint8_t>& visible) {
  std::optional<myo::RayHit> best;
  for (std::size_t p = 0; p < model.parts.size(); ++p) {
    if (!visible.empty() && visible[p] == 0) continue;
    const myo::Part& part = model.parts[p];
    for (std::size_t t = 0; t < part.triangleCount(); ++t) {
      const glm::vec3 a = part.positions[part.indices[3 * t]];
      const glm::vec3 b = part.positions[part.indices[3 * t + 1]];
      const glm::vec3 c = part.positions[part.indices[3 * t + 2]];
      float d = 0, u = 0, v = 0;
      if (myo::intersectTriangle(ray, a, b - a, c - a, d, u, v) && (!best || d < best->distance))
        best = myo::RayHit{static_cast<std::uint32_t>(p),
                           static_cast<std::uint32_t>(t),
                           d,
                           ray.origin + d * ray.direction,
                           {u, v}};
    }
  }
  return best;
}

}  // namespace

TEST_CASE("BVH closest hits equal brute force on 2000 random rays", "[bvh]") {
  std::mt19937 rng(7);
  const myo::Model model = randomSoup(rng, 5, 2000);
  const myo::TriangleBvh bvh = myo::TriangleBvh::build(model);
  CHECK(bvh.triangleCount() == 10000);
  std::uniform_real_distribution<float> unit(-1.0f, 1.0f);
  std::vector<std::uint8_t> visible = {1, 0, 1, 1, 0};
  int hits = 0;
  for (int i = 0; i < 2000; ++i) {
    const myo::Ray ray{glm::vec3(unit(rng), unit(rng), unit(rng)) * 2.0f,
                       glm::vec3(unit(rng), unit(rng), unit(rng))};
    const auto& mask = (i % 2 == 0) ? visible : std::vector<std::uint8_t>{};
    const auto expected = bruteForce(model, ray, mask);
    const auto actual = bvh.intersect(ray, mask);
    REQUIRE(expected.has_value() == actual.has_value());
    if (!expected) continue;
    ++hits;
    CHECK(actual->part == expected->part);
    CHECK(actual->triangle == expected->triangle);
    CHECK(actual->distance == Approx(expected->distance).epsilon(1e-5));
    if (!mask.empty()) CHECK(mask[actual->part] == 1);
  }
  CHECK(hits > 200);  // the test exercises real hits, not only misses
}

TEST_CASE("BVH respects the maximum distance and handles an empty model", "[bvh]") {
  myo::Model model;
  myo::Part quad;
  quad.positions = {{-1, -1, 0}, {1, -1, 0}, {1, 1, 0}, {-1, 1, 0}};
  quad.indices = {0, 1, 2, 0, 2, 3};
  model.parts.push_back(quad);
  const auto bvh = myo::TriangleBvh::build(model);
  const myo::Ray ray{{0.2f, 0.3f, 5.0f}, {0, 0, -1}};
  const auto hit = bvh.intersect(ray);
  REQUIRE(hit);
  CHECK(hit->distance == Approx(5.0f));
  CHECK(hit->point.x == Approx(0.2f));
  CHECK_FALSE(bvh.intersect(ray, {}, 4.0f));
  CHECK_FALSE(bvh.intersect({{0.2f, 0.3f, 5.0f}, {0, 0, 1}}));  // pointing away
  CHECK_FALSE(myo::TriangleBvh::build(myo::Model{}).intersect(ray));
}
