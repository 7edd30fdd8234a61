// Gap links on a hash grid; joins by sampled closest pairs.
#include "core/referral/surface_bridges.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>
#include <utility>

#include <glm/gtx/norm.hpp>

namespace myo {
namespace {

// Union-find over vertex indices.
class Pieces {
 public:
  explicit Pieces(std::size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0u); }
  std::uint32_t find(std::uint32_t v) {
    while (parent_[v] != v) v = parent_[v] = parent_[parent_[v]];
    return v;
  }
  void join(std::uint32_t a, std::uint32_t b) { parent_[find(a)] = find(b); }

 private:
  std::vector<std::uint32_t> parent_;
};

std::uint64_t cellKey(const glm::ivec3& c) {
  const auto q = [](int v) { return static_cast<std::uint64_t>(v) & 0x1FFFFF; };
  return (q(c.x) << 42) | (q(c.y) << 21) | q(c.z);
}

glm::ivec3 cellOf(const glm::vec3& p, float size) {
  return glm::ivec3(glm::floor(p / size));
}

void addGapLinks(SurfaceMesh& mesh, const std::vector<std::uint32_t>& partOf, float gap) {
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> grid;
  for (std::uint32_t v = 0; v < mesh.positions.size(); ++v)
    grid[cellKey(cellOf(mesh.positions[v], gap))].push_back(v);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> links;
  for (std::uint32_t v = 0; v < mesh.positions.size(); ++v) {
    const glm::vec3 p = mesh.positions[v];
    const glm::ivec3 c = cellOf(p, gap);
    float best = gap * gap;
    std::uint32_t nearest = v;
    for (int dx = -1; dx <= 1; ++dx)
      for (int dy = -1; dy <= 1; ++dy)
        for (int dz = -1; dz <= 1; ++dz) {
          const auto found = grid.find(cellKey(c + glm::ivec3(dx, dy, dz)));
          if (found == grid.end()) continue;
          for (const std::uint32_t w : found->second) {
            const float d2 = glm::distance2(p, mesh.positions[w]);
            if (partOf[w] != partOf[v] && d2 < best) {
              best = d2;
              nearest = w;
            }
          }
        }
    if (nearest != v) links.emplace_back(std::min(v, nearest), std::max(v, nearest));
  }
  std::sort(links.begin(), links.end());
  links.erase(std::unique(links.begin(), links.end()), links.end());
  for (const auto& [a, b] : links) mesh.bridges.push_back({a, b});
}

// The vertex of `candidates` nearest to `p`. O(candidates).
std::uint32_t nearestOf(const SurfaceMesh& mesh, const std::vector<std::uint32_t>& candidates,
                        const glm::vec3& p) {
  float best = std::numeric_limits<float>::max();
  std::uint32_t nearest = candidates.front();
  for (const std::uint32_t w : candidates) {
    const float d2 = glm::distance2(p, mesh.positions[w]);
    if (d2 < best) {
      best = d2;
      nearest = w;
    }
  }
  return nearest;
}

// A short bridge from `inside` (one piece) to `outside` (every other vertex): the best of up to
// 256 sampled inside vertices, refined by one round of alternating nearest searches.
SurfaceBridge closestPair(const SurfaceMesh& mesh, const std::vector<std::uint32_t>& inside,
                          const std::vector<std::uint32_t>& outside) {
  const std::size_t stride = std::max<std::size_t>(1, inside.size() / 256);
  SurfaceBridge best{inside.front(), outside.front()};
  float bestD2 = std::numeric_limits<float>::max();
  for (std::size_t i = 0; i < inside.size(); i += stride) {
    const std::uint32_t b = nearestOf(mesh, outside, mesh.positions[inside[i]]);
    const float d2 = glm::distance2(mesh.positions[inside[i]], mesh.positions[b]);
    if (d2 < bestD2) {
      bestD2 = d2;
      best = {inside[i], b};
    }
  }
  best.a = nearestOf(mesh, inside, mesh.positions[best.b]);
  best.b = nearestOf(mesh, outside, mesh.positions[best.a]);
  return best;
}

}  // namespace

std::vector<std::uint32_t> surfacePartOf(const SurfaceMesh& mesh) {
  std::vector<std::uint32_t> partOf(mesh.positions.size(),
                                    std::numeric_limits<std::uint32_t>::max());
  for (std::size_t part = mesh.renderToSurface.size(); part-- > 0;)
    for (const std::uint32_t v : mesh.renderToSurface[part])
      partOf[v] = static_cast<std::uint32_t>(part);
  return partOf;
}

std::vector<std::uint32_t> surfacePieces(const SurfaceMesh& mesh) {
  Pieces pieces(mesh.positions.size());
  for (const auto& f : mesh.faces) {
    pieces.join(f[0], f[1]);
    pieces.join(f[1], f[2]);
  }
  for (const SurfaceBridge& b : mesh.bridges) pieces.join(b.a, b.b);
  std::unordered_map<std::uint32_t, std::uint32_t> size;
  for (std::uint32_t v = 0; v < mesh.positions.size(); ++v) ++size[pieces.find(v)];
  std::vector<std::pair<std::uint32_t, std::uint32_t>> bySize;  // (-size, root) sorts largest first
  for (const auto& [root, count] : size) bySize.emplace_back(count, root);
  std::sort(bySize.begin(), bySize.end(), [](const auto& x, const auto& y) {
    return x.first != y.first ? x.first > y.first : x.second < y.second;
  });
  std::unordered_map<std::uint32_t, std::uint32_t> index;
  for (std::uint32_t i = 0; i < bySize.size(); ++i) index[bySize[i].second] = i;
  std::vector<std::uint32_t> out(mesh.positions.size());
  for (std::uint32_t v = 0; v < mesh.positions.size(); ++v) out[v] = index[pieces.find(v)];
  return out;
}

void bridgeParts(SurfaceMesh& mesh, float gap) {
  if (mesh.positions.empty()) return;
  addGapLinks(mesh, surfacePartOf(mesh), gap);
  // Vertices no triangle uses (models carry some) are never painted: they need no joining.
  std::vector<bool> used(mesh.positions.size(), false);
  for (const auto& f : mesh.faces)
    for (const std::uint32_t v : f) used[v] = true;
  for (;;) {
    const std::vector<std::uint32_t> piece = surfacePieces(mesh);
    const std::uint32_t count = *std::max_element(piece.begin(), piece.end()) + 1;
    std::vector<std::vector<std::uint32_t>> members(count);
    for (std::uint32_t v = 0; v < piece.size(); ++v)
      if (used[v]) members[piece[v]].push_back(v);
    std::vector<std::uint32_t> apart;  // pieces with triangles, but the largest
    for (std::uint32_t p = 1; p < count; ++p)
      if (!members[p].empty()) apart.push_back(p);
    if (apart.empty() || members[0].empty()) return;
    for (const std::uint32_t p : apart) {  // each looks outward for its nearest neighbour
      std::vector<std::uint32_t> outside;
      for (std::uint32_t v = 0; v < piece.size(); ++v)
        if (used[v] && piece[v] != p) outside.push_back(v);
      mesh.bridges.push_back(closestPair(mesh, members[p], outside));
    }
  }
}

}  // namespace myo
