// Surface nets with a manifold repair of ambiguous cells.
#include "bodygen/surface_nets.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdint>
#include <limits>

#include "core/geometry/mesh_normals.h"

namespace myo {
namespace {

constexpr std::uint32_t kNoVertex = std::numeric_limits<std::uint32_t>::max();

// Cube corner c sits at (c & 1, c >> 1 & 1, c >> 2 & 1); bit c of a mask is set when inside.
constexpr std::array<std::array<int, 2>, 12> kCubeEdges{{{0, 1},
                                                         {2, 3},
                                                         {4, 5},
                                                         {6, 7},
                                                         {0, 2},
                                                         {1, 3},
                                                         {4, 6},
                                                         {5, 7},
                                                         {0, 4},
                                                         {1, 5},
                                                         {2, 6},
                                                         {3, 7}}};
// The six faces, corners in cyclic order.
constexpr std::array<std::array<int, 4>, 6> kCubeFaces{
    {{0, 1, 3, 2}, {4, 5, 7, 6}, {0, 1, 5, 4}, {2, 3, 7, 6}, {0, 2, 6, 4}, {1, 3, 7, 5}}};

bool bit(unsigned mask, int corner) {
  return ((mask >> corner) & 1u) != 0;
}

// Components of the corners with the given inside-ness, joined along cube edges.
int components(unsigned mask, bool inside) {
  std::array<int, 8> parent{0, 1, 2, 3, 4, 5, 6, 7};
  const auto find = [&](int c) {
    while (parent[c] != c) c = parent[c];
    return c;
  };
  for (const auto& e : kCubeEdges)
    if (bit(mask, e[0]) == inside && bit(mask, e[1]) == inside) parent[find(e[0])] = find(e[1]);
  int count = 0;
  for (int c = 0; c < 8; ++c)
    if (bit(mask, c) == inside && find(c) == c) ++count;
  return count;
}

// Masks whose single surface-nets vertex would not be a manifold disc.
std::array<bool, 256> makeBadTable() {
  std::array<bool, 256> bad{};
  for (unsigned mask = 0; mask < 256; ++mask) {
    bool ambiguous = false;
    for (const auto& f : kCubeFaces)
      ambiguous =
          ambiguous || (bit(mask, f[0]) == bit(mask, f[2]) && bit(mask, f[1]) == bit(mask, f[3]) &&
                        bit(mask, f[0]) != bit(mask, f[1]));
    bad[mask] = ambiguous || components(mask, true) > 1 || components(mask, false) > 1;
  }
  return bad;
}

struct Layout {
  glm::ivec3 count;
  std::array<std::size_t, 8> cornerOffset;
};

Layout layoutOf(const ScalarGrid& grid) {
  Layout layout{grid.count, {}};
  const std::size_t dy = static_cast<std::size_t>(grid.count.x);
  const std::size_t dz = dy * static_cast<std::size_t>(grid.count.y);
  for (int c = 0; c < 8; ++c)
    layout.cornerOffset[c] = (c & 1 ? 1u : 0u) + (c & 2 ? dy : 0u) + (c & 4 ? dz : 0u);
  return layout;
}

unsigned cellMask(const std::vector<float>& v, std::size_t base, const Layout& layout) {
  unsigned mask = 0;
  for (int c = 0; c < 8; ++c)
    if (v[base + layout.cornerOffset[c]] < 0.0f) mask |= 1u << c;
  return mask;
}

// Outer layer outside, then nudge corners until no cell is bad. Each nudge turns one sample from
// outside to inside, so this ends; it usually takes one pass.
void makeManifold(ScalarGrid& grid) {
  static const std::array<bool, 256> kBad = makeBadTable();
  const glm::ivec3 n = grid.count;
  const float outside = 1e-6f * grid.cellSize;
  for (int k = 0; k < n.z; ++k)
    for (int j = 0; j < n.y; ++j)
      for (int i = 0; i < n.x; ++i)
        if (i == 0 || j == 0 || k == 0 || i == n.x - 1 || j == n.y - 1 || k == n.z - 1) {
          float& value = grid.values[grid.index(i, j, k)];
          value = std::max(value, outside);
        }
  const Layout layout = layoutOf(grid);
  bool changed = true;
  while (changed) {
    changed = false;
    for (int k = 0; k + 1 < n.z; ++k)
      for (int j = 0; j + 1 < n.y; ++j)
        for (int i = 0; i + 1 < n.x; ++i) {
          const std::size_t base = grid.index(i, j, k);
          unsigned mask = cellMask(grid.values, base, layout);
          while (kBad[mask]) {
            int pick = -1;
            for (int c = 0; c < 8; ++c) {
              const int ci = i + (c & 1), cj = j + (c >> 1 & 1), ck = k + (c >> 2 & 1);
              const bool border =
                  ci == 0 || cj == 0 || ck == 0 || ci == n.x - 1 || cj == n.y - 1 || ck == n.z - 1;
              if (bit(mask, c) || border) continue;
              if (pick < 0 || grid.values[base + layout.cornerOffset[c]] <
                                  grid.values[base + layout.cornerOffset[pick]])
                pick = c;
            }
            assert(pick >= 0);
            if (pick < 0) break;
            grid.values[base + layout.cornerOffset[pick]] = -outside;
            mask |= 1u << pick;
            changed = true;
          }
        }
  }
}

}  // namespace

Part polygonise(ScalarGrid grid) {
  Part part;
  part.name = "surface";
  const glm::ivec3 n = grid.count;
  if (n.x < 2 || n.y < 2 || n.z < 2) return part;
  makeManifold(grid);
  const Layout layout = layoutOf(grid);
  const std::vector<float>& v = grid.values;

  // One vertex per crossed cell, indexed by the cell's lowest corner.
  std::vector<std::uint32_t> cellVertex(v.size(), kNoVertex);
  for (int k = 0; k + 1 < n.z; ++k)
    for (int j = 0; j + 1 < n.y; ++j)
      for (int i = 0; i + 1 < n.x; ++i) {
        const std::size_t base = grid.index(i, j, k);
        const unsigned mask = cellMask(v, base, layout);
        if (mask == 0u || mask == 255u) continue;
        glm::vec3 sum(0.0f);
        int crossings = 0;
        for (const auto& e : kCubeEdges) {
          if (bit(mask, e[0]) == bit(mask, e[1])) continue;
          const float a = v[base + layout.cornerOffset[e[0]]];
          const float b = v[base + layout.cornerOffset[e[1]]];
          const float t = std::clamp(a / (a - b), 0.0f, 1.0f);
          const glm::vec3 pa(static_cast<float>(e[0] & 1), static_cast<float>(e[0] >> 1 & 1),
                             static_cast<float>(e[0] >> 2 & 1));
          const glm::vec3 pb(static_cast<float>(e[1] & 1), static_cast<float>(e[1] >> 1 & 1),
                             static_cast<float>(e[1] >> 2 & 1));
          sum += glm::mix(pa, pb, t);
          ++crossings;
        }
        cellVertex[base] = static_cast<std::uint32_t>(part.positions.size());
        part.positions.push_back(grid.point(i, j, k) +
                                 grid.cellSize * sum / static_cast<float>(crossings));
      }

  // One quad per crossed grid edge, from the four cells around it, facing the outside end.
  const std::size_t dx = 1, dy = static_cast<std::size_t>(n.x),
                    dz = dy * static_cast<std::size_t>(n.y);
  const std::array<std::size_t, 3> step{dx, dy, dz};
  // For the edge along axis a, the cells at offsets 0, -u, -u-w, -w (u, w the next two axes)
  // listed so that their cycle faces +a.
  const auto emitQuad = [&](std::size_t base, int axis, bool insideFirst) {
    const std::size_t u = step[static_cast<std::size_t>((axis + 1) % 3)];
    const std::size_t w = step[static_cast<std::size_t>((axis + 2) % 3)];
    std::array<std::uint32_t, 4> q{cellVertex[base - u - w], cellVertex[base - w], cellVertex[base],
                                   cellVertex[base - u]};
    if (!insideFirst) std::swap(q[1], q[3]);
    assert(q[0] != kNoVertex && q[1] != kNoVertex && q[2] != kNoVertex && q[3] != kNoVertex);
    const glm::vec3 d02 = part.positions[q[0]] - part.positions[q[2]];
    const glm::vec3 d13 = part.positions[q[1]] - part.positions[q[3]];
    if (glm::dot(d02, d02) <= glm::dot(d13, d13))
      part.indices.insert(part.indices.end(), {q[0], q[1], q[2], q[0], q[2], q[3]});
    else
      part.indices.insert(part.indices.end(), {q[0], q[1], q[3], q[1], q[2], q[3]});
  };
  // A crossed edge never lies in the outer layer, so its four cells exist.
  for (int k = 0; k + 1 < n.z; ++k)
    for (int j = 0; j + 1 < n.y; ++j)
      for (int i = 0; i + 1 < n.x; ++i) {
        const std::size_t base = grid.index(i, j, k);
        const bool inside = v[base] < 0.0f;
        for (int axis = 0; axis < 3; ++axis) {
          const bool otherInside = v[base + step[static_cast<std::size_t>(axis)]] < 0.0f;
          if (inside != otherInside) emitQuad(base, axis, inside);
        }
      }
  computeVertexNormals(part);
  return part;
}

Part polygonise(const std::function<float(glm::vec3)>& field, const Bounds& box, float cellSize) {
  return polygonise(sampleField(field, box, cellSize));
}

}  // namespace myo
