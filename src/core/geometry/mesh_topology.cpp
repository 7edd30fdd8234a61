// Edge counting by sorting undirected edge keys.
#include "core/geometry/mesh_topology.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "core/geometry/mesh_measures.h"

namespace myo {

TopologyReport analyseTopology(const Part& part) {
  TopologyReport report;
  // One 64-bit word a use of an edge, sorted as integers: the smaller vertex index in the top 31
  // bits, the larger in the next 32, and whether the triangle runs it from smaller to larger in
  // the lowest bit, so the two uses of an edge sort next to each other.
  if (part.positions.size() >= (std::size_t{1} << 31)) {  // beyond any loadable part
    report.nonManifoldEdges = 1;
    return report;
  }
  std::vector<std::uint64_t> uses;
  uses.reserve(part.indices.size());
  for (std::size_t t = 0; t + 2 < part.indices.size(); t += 3) {
    const std::uint32_t v[3] = {part.indices[t], part.indices[t + 1], part.indices[t + 2]};
    if (v[0] == v[1] || v[1] == v[2] || v[0] == v[2]) {
      ++report.degenerateTriangles;
      continue;
    }
    for (int e = 0; e < 3; ++e) {
      const std::uint32_t a = v[e], b = v[(e + 1) % 3];
      const std::uint64_t lo = std::min(a, b), hi = std::max(a, b);
      uses.push_back((lo << 33) | (hi << 1) | (a < b ? 1u : 0u));
    }
  }
  std::sort(uses.begin(), uses.end());
  for (std::size_t i = 0; i < uses.size();) {
    std::size_t j = i;
    while (j < uses.size() && uses[j] >> 1 == uses[i] >> 1) ++j;
    const std::size_t count = j - i;
    if (count == 1) ++report.boundaryEdges;
    if (count > 2) ++report.nonManifoldEdges;
    if (count == 2 && (uses[i] & 1u) == (uses[i + 1] & 1u)) ++report.misorientedEdges;
    i = j;
  }
  return report;
}

namespace {

// Union-find root of each vertex, joined through the triangles.
std::vector<std::uint32_t> componentRoots(const Part& part) {
  std::vector<std::uint32_t> parent(part.positions.size());
  for (std::uint32_t i = 0; i < parent.size(); ++i) parent[i] = i;
  auto find = [&parent](std::uint32_t a) {
    while (parent[a] != a) a = parent[a] = parent[parent[a]];
    return a;
  };
  for (std::size_t t = 0; t + 2 < part.indices.size(); t += 3) {
    const std::uint32_t a = find(part.indices[t]);
    parent[find(part.indices[t + 1])] = a;
    parent[find(part.indices[t + 2])] = a;
  }
  for (std::uint32_t i = 0; i < parent.size(); ++i) parent[i] = find(i);
  return parent;
}

}  // namespace

std::size_t countComponents(const Part& part) {
  const std::vector<std::uint32_t> roots = componentRoots(part);
  std::vector<bool> used(part.positions.size(), false);
  for (const std::uint32_t index : part.indices) used[index] = true;
  std::size_t count = 0;
  for (std::uint32_t i = 0; i < roots.size(); ++i) count += used[i] && roots[i] == i ? 1 : 0;
  return count;
}

void keepLargestComponent(Part& part) {
  const std::vector<std::uint32_t> roots = componentRoots(part);
  std::vector<std::size_t> triangles(part.positions.size(), 0);
  for (std::size_t t = 0; t + 2 < part.indices.size(); t += 3) ++triangles[roots[part.indices[t]]];
  const auto largest = static_cast<std::uint32_t>(
      std::max_element(triangles.begin(), triangles.end()) - triangles.begin());
  std::vector<std::uint32_t> remap(part.positions.size(), UINT32_MAX);
  Part kept = part;
  kept.positions.clear();
  kept.normals.clear();
  kept.uvs.clear();
  kept.fibres.clear();
  kept.indices.clear();
  for (std::size_t t = 0; t + 2 < part.indices.size(); t += 3) {
    if (roots[part.indices[t]] != largest) continue;
    for (int k = 0; k < 3; ++k) {
      const std::uint32_t v = part.indices[t + static_cast<std::size_t>(k)];
      if (remap[v] == UINT32_MAX) {
        remap[v] = static_cast<std::uint32_t>(kept.positions.size());
        kept.positions.push_back(part.positions[v]);
        if (!part.normals.empty()) kept.normals.push_back(part.normals[v]);
        if (!part.uvs.empty()) kept.uvs.push_back(part.uvs[v]);
        if (part.fibres.size() == part.positions.size()) kept.fibres.push_back(part.fibres[v]);
      }
      kept.indices.push_back(remap[v]);
    }
  }
  part = std::move(kept);
}

bool mayBeClosed(const Part& part) {
  // Each closed piece has V - E + F = 2 - 2 genus and E = 3F/2, so V <= F/2 + 2 a piece. Meshes
  // split at every crease or seam (most scanned and exported ones) have far more vertices.
  std::vector<bool> used(part.positions.size(), false);
  for (const std::uint32_t index : part.indices) {
    if (index >= used.size()) return false;  // a broken index buffer closes nothing
    used[index] = true;
  }
  const std::vector<std::uint32_t> roots = componentRoots(part);
  std::size_t vertices = 0, pieces = 0;
  for (std::uint32_t i = 0; i < roots.size(); ++i) {
    vertices += used[i] ? 1 : 0;
    pieces += used[i] && roots[i] == i ? 1 : 0;
  }
  return 2 * vertices <= part.triangleCount() + 4 * pieces;
}

void markClosedParts(Model& model) {
  for (Part& part : model.parts)
    part.closed = !part.indices.empty() && mayBeClosed(part) &&
                  analyseTopology(part).closedAndOriented() && signedVolume(part) > 0.0;
}

}  // namespace myo
