// BVH construction (binned surface-area heuristic) and stack-based closest-hit traversal.
#include "core/geometry/triangle_bvh.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace myo {
namespace {

constexpr int kBins = 16;
constexpr std::uint32_t kMaxLeafSize = 4;

struct BuildItem {
  Bounds bounds;
  glm::vec3 centroid;
  std::uint32_t triangle;
};

float surfaceArea(const Bounds& b) {
  const glm::vec3 s = b.size();
  return 2.0f * (s.x * s.y + s.y * s.z + s.z * s.x);
}

void addBounds(Bounds& into, const Bounds& b) {
  into.add(b.min);
  into.add(b.max);
}

class Builder {
 public:
  Builder(std::vector<BuildItem>& items, std::vector<TriangleBvh::Node>& nodes)
      : items_(items), nodes_(nodes) {}

  // Builds the subtree over items_[begin, end) and returns its node index.
  std::uint32_t build(std::uint32_t begin, std::uint32_t end) {
    const auto index = static_cast<std::uint32_t>(nodes_.size());
    nodes_.push_back({});
    Bounds bounds, centroids;
    for (std::uint32_t i = begin; i < end; ++i) {
      addBounds(bounds, items_[i].bounds);
      centroids.add(items_[i].centroid);
    }
    const std::uint32_t count = end - begin;
    const std::uint32_t split = count <= kMaxLeafSize ? begin : chooseSplit(begin, end, centroids);
    if (split == begin) {
      nodes_[index] = {bounds.min, begin, bounds.max, count};
      return index;
    }
    build(begin, split);
    const std::uint32_t second = build(split, end);
    nodes_[index] = {bounds.min, second, bounds.max, 0};
    return index;
  }

 private:
  // Partitions [begin, end) and returns the split point, or `begin` to make a leaf.
  std::uint32_t chooseSplit(std::uint32_t begin, std::uint32_t end, const Bounds& centroids) {
    const glm::vec3 extent = centroids.size();
    const int axis =
        extent.x > extent.y ? (extent.x > extent.z ? 0 : 2) : (extent.y > extent.z ? 1 : 2);
    if (extent[axis] <= 0.0f) return end - begin > 64 ? (begin + end) / 2 : begin;
    const float scale = kBins / extent[axis];
    auto binOf = [&](const BuildItem& item) {
      return std::min(kBins - 1,
                      static_cast<int>((item.centroid[axis] - centroids.min[axis]) * scale));
    };
    std::array<Bounds, kBins> binBounds;
    std::array<std::uint32_t, kBins> binCounts{};
    for (std::uint32_t i = begin; i < end; ++i) {
      const int b = binOf(items_[i]);
      addBounds(binBounds[b], items_[i].bounds);
      ++binCounts[b];
    }
    std::array<float, kBins> rightCost{};
    Bounds right;
    std::uint32_t rightCount = 0;
    for (int b = kBins - 1; b > 0; --b) {
      addBounds(right, binBounds[b]);
      rightCount += binCounts[b];
      rightCost[b] = surfaceArea(right) * static_cast<float>(rightCount);
    }
    Bounds left;
    std::uint32_t leftCount = 0;
    float bestCost = 1e30f;
    int bestBin = -1;
    for (int b = 0; b < kBins - 1; ++b) {
      addBounds(left, binBounds[b]);
      leftCount += binCounts[b];
      const float cost = surfaceArea(left) * static_cast<float>(leftCount) + rightCost[b + 1];
      if (leftCount > 0 && leftCount < end - begin && cost < bestCost) {
        bestCost = cost;
        bestBin = b;
      }
    }
    if (bestBin < 0) return (begin + end) / 2;
    auto middle = std::partition(items_.begin() + begin, items_.begin() + end,
                                 [&](const BuildItem& item) { return binOf(item) <= bestBin; });
    return static_cast<std::uint32_t>(middle - items_.begin());
  }

  std::vector<BuildItem>& items_;
  std::vector<TriangleBvh::Node>& nodes_;
};

// Slab test; returns the entry distance or +inf when the box is missed within (0, tMax].
float hitBox(const TriangleBvh::Node& node, const glm::vec3& origin, const glm::vec3& inverse,
             float tMax) {
  const glm::vec3 t0 = (node.min - origin) * inverse;
  const glm::vec3 t1 = (node.max - origin) * inverse;
  const glm::vec3 lo = glm::min(t0, t1);
  const glm::vec3 hi = glm::max(t0, t1);
  const float enter = std::max(std::max(lo.x, lo.y), std::max(lo.z, 0.0f));
  const float exit = std::min(std::min(hi.x, hi.y), std::min(hi.z, tMax));
  return enter <= exit ? enter : INFINITY;
}

}  // namespace

bool intersectTriangle(const Ray& ray, const glm::vec3& v0, const glm::vec3& edge1,
                       const glm::vec3& edge2, float& t, float& u, float& v) {
  const glm::vec3 p = glm::cross(ray.direction, edge2);
  const float det = glm::dot(edge1, p);
  if (std::fabs(det) < 1e-12f) return false;
  const float inverse = 1.0f / det;
  const glm::vec3 s = ray.origin - v0;
  u = glm::dot(s, p) * inverse;
  if (u < 0.0f || u > 1.0f) return false;
  const glm::vec3 q = glm::cross(s, edge1);
  v = glm::dot(ray.direction, q) * inverse;
  if (v < 0.0f || u + v > 1.0f) return false;
  t = glm::dot(edge2, q) * inverse;
  return t > 0.0f;
}

TriangleBvh TriangleBvh::build(const Model& model) {
  std::vector<BuildItem> items;
  std::vector<Triangle> source;
  items.reserve(model.triangleCount());
  source.reserve(model.triangleCount());
  for (std::size_t p = 0; p < model.parts.size(); ++p) {
    const Part& part = model.parts[p];
    for (std::size_t t = 0; t < part.triangleCount(); ++t) {
      const glm::vec3& a = part.positions[part.indices[3 * t]];
      const glm::vec3& b = part.positions[part.indices[3 * t + 1]];
      const glm::vec3& c = part.positions[part.indices[3 * t + 2]];
      BuildItem item{{}, (a + b + c) / 3.0f, static_cast<std::uint32_t>(source.size())};
      item.bounds.add(a);
      item.bounds.add(b);
      item.bounds.add(c);
      items.push_back(item);
      source.push_back(
          {a, b - a, c - a, static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(t)});
    }
  }
  TriangleBvh bvh;
  if (items.empty()) return bvh;
  bvh.nodes_.reserve(2 * items.size() / kMaxLeafSize + 1);
  Builder(items, bvh.nodes_).build(0, static_cast<std::uint32_t>(items.size()));
  bvh.triangles_.reserve(items.size());
  for (const BuildItem& item : items) bvh.triangles_.push_back(source[item.triangle]);
  return bvh;
}

std::optional<RayHit> TriangleBvh::intersect(const Ray& ray,
                                             std::span<const std::uint8_t> partVisible,
                                             float maxDistance) const {
  if (nodes_.empty()) return std::nullopt;
  const glm::vec3 inverse = 1.0f / ray.direction;
  std::optional<RayHit> best;
  float tBest = maxDistance;
  std::array<std::uint32_t, 64> stack;
  std::size_t top = 0;
  if (hitBox(nodes_[0], ray.origin, inverse, tBest) == INFINITY) return std::nullopt;
  stack[top++] = 0;
  while (top > 0) {
    const Node& node = nodes_[stack[--top]];
    if (node.count > 0) {
      for (std::uint32_t i = node.first; i < node.first + node.count; ++i) {
        const Triangle& tri = triangles_[i];
        if (!partVisible.empty() && partVisible[tri.part] == 0) continue;
        float t = 0.0f, u = 0.0f, v = 0.0f;
        if (intersectTriangle(ray, tri.v0, tri.edge1, tri.edge2, t, u, v) && t <= tBest) {
          tBest = t;
          best = RayHit{tri.part, tri.index, t, ray.origin + t * ray.direction, {u, v}};
        }
      }
      continue;
    }
    const auto self = static_cast<std::uint32_t>(&node - nodes_.data());
    std::uint32_t near = self + 1, far = node.first;
    float tNear = hitBox(nodes_[near], ray.origin, inverse, tBest);
    float tFar = hitBox(nodes_[far], ray.origin, inverse, tBest);
    if (tFar < tNear) {
      std::swap(near, far);
      std::swap(tNear, tFar);
    }
    if (tFar != INFINITY && top < stack.size()) stack[top++] = far;
    if (tNear != INFINITY && top < stack.size()) stack[top++] = near;
  }
  return best;
}

}  // namespace myo
