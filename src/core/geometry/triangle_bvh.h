// TriangleBvh: a bounding volume hierarchy over every triangle of a Model for ray picking (hover,
// click, "where does it hurt"). Holds its own copy of the triangles; no GL, no UI.
//
//   TriangleBvh bvh = TriangleBvh::build(model);
//   if (auto hit = bvh.intersect(ray, visibleParts)) select(hit->part);
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "core/geometry/model.h"
#include "core/geometry/ray.h"

namespace myo {

class TriangleBvh {
 public:
  // Builds with binned SAH splits, up to 4 triangles a leaf. O(n log n); ~56 bytes a triangle.
  [[nodiscard]] static TriangleBvh build(const Model& model);

  // Closest hit with t in (0, maxDistance], skipping parts whose `partVisible` entry is 0 (an
  // empty span means all parts). O(log n) typical.
  [[nodiscard]] std::optional<RayHit> intersect(const Ray& ray,
                                                std::span<const std::uint8_t> partVisible = {},
                                                float maxDistance = 1e30f) const;

  [[nodiscard]] std::size_t triangleCount() const { return triangles_.size(); }
  [[nodiscard]] std::size_t nodeCount() const { return nodes_.size(); }

  struct Node {
    glm::vec3 min;
    std::uint32_t first;  // leaf: first triangle; inner: index of the second child
    glm::vec3 max;
    std::uint32_t count;  // leaf: triangle count (> 0); inner: 0, first child is this + 1
  };
  struct Triangle {
    glm::vec3 v0, edge1, edge2;
    std::uint32_t part, index;
  };

 private:
  std::vector<Node> nodes_;
  std::vector<Triangle> triangles_;
};

// Möller–Trumbore ray/triangle test; true with t, u, v when the ray hits in front. O(1).
[[nodiscard]] bool intersectTriangle(const Ray& ray, const glm::vec3& v0, const glm::vec3& edge1,
                                     const glm::vec3& edge2, float& t, float& u, float& v);

}  // namespace myo
