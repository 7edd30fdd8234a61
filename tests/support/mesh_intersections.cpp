// Uniform-grid broad phase, edge-through-triangle narrow phase.
#include "support/mesh_intersections.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace myo {
namespace {

struct Tri {
  std::array<std::uint32_t, 3> v;
  Bounds box;
};

// Whether segment a-b passes through the interior of triangle (p0, p1, p2): its ends lie on
// opposite sides of the plane by more than 1e-4 of the triangle's size (touching and coplanar
// contact do not count) and the crossing point lies inside the triangle. O(1).
bool segmentCrosses(const glm::vec3& a, const glm::vec3& b, const glm::vec3& p0,
                    const glm::vec3& p1, const glm::vec3& p2) {
  const glm::vec3 e1 = p1 - p0, e2 = p2 - p0;
  const glm::vec3 n = glm::cross(e1, e2);
  const float area2 = glm::length(n);
  if (area2 <= 0.0f) return false;
  const float eps = 1e-4f * std::sqrt(area2);
  const float da = glm::dot(a - p0, n) / area2, db = glm::dot(b - p0, n) / area2;
  if (!((da > eps && db < -eps) || (da < -eps && db > eps))) return false;
  const glm::vec3 hit = a + (da / (da - db)) * (b - a);
  // Barycentric coordinates of the hit (Cramer's rule on the triangle's edges).
  const glm::vec3 w = hit - p0;
  const float d11 = glm::dot(e1, e1), d12 = glm::dot(e1, e2), d22 = glm::dot(e2, e2);
  const float dw1 = glm::dot(w, e1), dw2 = glm::dot(w, e2);
  const float denom = d11 * d22 - d12 * d12;
  const float u = (d22 * dw1 - d12 * dw2) / denom, v = (d11 * dw2 - d12 * dw1) / denom;
  constexpr float kInside = 1e-5f;
  return u > kInside && v > kInside && u + v < 1.0f - kInside;
}

// A sliver whose area is below 1e-6 of its longest edge squared (a pole of an unwelded sphere):
// it has no reliable plane and is left out. O(1).
bool degenerate(const Part& part, const Tri& tri) {
  const glm::vec3 a = part.positions[tri.v[0]], b = part.positions[tri.v[1]],
                  c = part.positions[tri.v[2]];
  const float longest = std::max({glm::length(b - a), glm::length(c - b), glm::length(a - c)});
  return glm::length(glm::cross(b - a, c - a)) <= 1e-6f * longest * longest;
}

bool trianglesCross(const Part& part, const Tri& x, const Tri& y) {
  const auto& p = part.positions;
  for (int e = 0; e < 3; ++e) {
    if (segmentCrosses(p[x.v[e]], p[x.v[(e + 1) % 3]], p[y.v[0]], p[y.v[1]], p[y.v[2]]))
      return true;
    if (segmentCrosses(p[y.v[e]], p[y.v[(e + 1) % 3]], p[x.v[0]], p[x.v[1]], p[x.v[2]]))
      return true;
  }
  return false;
}

// Neighbours: a shared vertex index, or the same position (UV seams and poles of unwelded meshes).
bool sharesVertex(const Part& part, const Tri& x, const Tri& y) {
  for (const std::uint32_t a : x.v)
    for (const std::uint32_t b : y.v)
      if (a == b || part.positions[a] == part.positions[b]) return true;
  return false;
}

bool boxesOverlap(const Bounds& a, const Bounds& b) {
  return a.min.x <= b.max.x && b.min.x <= a.max.x && a.min.y <= b.max.y && b.min.y <= a.max.y &&
         a.min.z <= b.max.z && b.min.z <= a.max.z;
}

}  // namespace

std::size_t countSelfIntersections(const Part& part) {
  std::vector<Tri> tris;
  tris.reserve(part.triangleCount());
  double edgeSum = 0.0;
  for (std::size_t i = 0; i + 2 < part.indices.size(); i += 3) {
    Tri tri{{part.indices[i], part.indices[i + 1], part.indices[i + 2]}, {}};
    if (degenerate(part, tri)) continue;
    for (const std::uint32_t v : tri.v) tri.box.add(part.positions[v]);
    edgeSum += glm::length(tri.box.size());
    tris.push_back(tri);
  }
  if (tris.empty()) return 0;
  // Cells about twice a triangle's size; each triangle is listed in every cell its box touches.
  const float cell = static_cast<float>(2.0 * edgeSum / static_cast<double>(tris.size()));
  const Bounds all = partBounds(part);
  auto cellOf = [&](const glm::vec3& p) { return glm::ivec3(glm::floor((p - all.min) / cell)); };
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> grid;
  for (std::uint32_t t = 0; t < tris.size(); ++t) {
    const glm::ivec3 lo = cellOf(tris[t].box.min), hi = cellOf(tris[t].box.max);
    for (int x = lo.x; x <= hi.x; ++x)
      for (int y = lo.y; y <= hi.y; ++y)
        for (int z = lo.z; z <= hi.z; ++z)
          grid[(static_cast<std::uint64_t>(x) << 42) | (static_cast<std::uint64_t>(y) << 21) |
               static_cast<std::uint64_t>(z)]
              .push_back(t);
  }
  std::vector<std::uint64_t> crossing;  // pairs (smaller << 32 | larger)
  for (const auto& [key, members] : grid)
    for (std::size_t i = 0; i < members.size(); ++i)
      for (std::size_t j = i + 1; j < members.size(); ++j) {
        const Tri& a = tris[members[i]];
        const Tri& b = tris[members[j]];
        if (!boxesOverlap(a.box, b.box) || sharesVertex(part, a, b) || !trianglesCross(part, a, b))
          continue;
        const std::uint64_t lo = std::min(members[i], members[j]);
        const std::uint64_t hi = std::max(members[i], members[j]);
        crossing.push_back((lo << 32) | hi);
      }
  std::sort(crossing.begin(), crossing.end());
  return static_cast<std::size_t>(std::unique(crossing.begin(), crossing.end()) - crossing.begin());
}

}  // namespace myo
