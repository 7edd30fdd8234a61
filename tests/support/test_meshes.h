// Meshes built in code for tests and benchmarks (no files, no GL): a UV sphere with exact
// normals and UVs, a flat grid.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>

#include <glm/glm.hpp>
#include <glm/gtc/constants.hpp>

#include "core/geometry/model.h"

namespace myo::test {

// A UV sphere of `rings` x 2·rings quads (poles on ±Y, seam vertices duplicated) with unit
// normals and equirectangular UVs, wound outward. O(rings²).
inline Part spherePart(const std::string& name, const glm::vec3& centre, float radius,
                       int rings = 24) {
  const int segments = 2 * rings;
  Part part;
  part.name = name;
  for (int ring = 0; ring <= rings; ++ring) {
    const float theta = glm::pi<float>() * static_cast<float>(ring) / static_cast<float>(rings);
    for (int segment = 0; segment <= segments; ++segment) {
      const float phi =
          glm::two_pi<float>() * static_cast<float>(segment) / static_cast<float>(segments);
      const glm::vec3 normal{std::sin(theta) * std::sin(phi), std::cos(theta),
                             std::sin(theta) * std::cos(phi)};
      part.positions.push_back(centre + radius * normal);
      part.normals.push_back(normal);
      part.uvs.push_back({static_cast<float>(segment) / static_cast<float>(segments),
                          static_cast<float>(ring) / static_cast<float>(rings)});
    }
  }
  for (int ring = 0; ring < rings; ++ring) {
    for (int segment = 0; segment < segments; ++segment) {
      const auto a = static_cast<std::uint32_t>(ring * (segments + 1) + segment);
      const std::uint32_t b = a + static_cast<std::uint32_t>(segments) + 1;  // one ring lower
      for (std::uint32_t i : {a, b, a + 1, a + 1, b, b + 1}) part.indices.push_back(i);
    }
  }
  return part;
}

// A flat square grid of side `size` in the xz plane from `origin`, `cells` x `cells`, diagonals
// alternating. O(cells²).
inline Part planePart(float size, int cells, const glm::vec3& origin = glm::vec3(0.0f)) {
  Part part;
  for (int i = 0; i <= cells; ++i)
    for (int j = 0; j <= cells; ++j)
      part.positions.push_back(
          origin + glm::vec3(size * static_cast<float>(i) / static_cast<float>(cells), 0.0f,
                             size * static_cast<float>(j) / static_cast<float>(cells)));
  const auto n = static_cast<std::uint32_t>(cells + 1);
  for (std::uint32_t i = 0; i < n - 1; ++i)
    for (std::uint32_t j = 0; j < n - 1; ++j) {
      const std::uint32_t a = i * n + j, b = a + 1, c = a + n, d = c + 1;
      if ((i + j) % 2 == 0)
        part.indices.insert(part.indices.end(), {a, b, d, a, d, c});
      else
        part.indices.insert(part.indices.end(), {a, b, c, b, d, c});
    }
  return part;
}

}  // namespace myo::test
