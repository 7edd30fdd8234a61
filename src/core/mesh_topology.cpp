// Edge counting by sorting undirected edge keys.
#include "core/mesh_topology.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace myo {
namespace {

struct EdgeUse {
  std::uint64_t key;  // smaller vertex index in the high half
  bool forward;       // the triangle runs the edge from the smaller index to the larger
  bool operator<(const EdgeUse& other) const { return key < other.key; }
};

}  // namespace

TopologyReport analyseTopology(const Part& part) {
  TopologyReport report;
  std::vector<EdgeUse> uses;
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
      uses.push_back({(lo << 32) | hi, a < b});
    }
  }
  std::sort(uses.begin(), uses.end());
  for (std::size_t i = 0; i < uses.size();) {
    std::size_t j = i;
    while (j < uses.size() && uses[j].key == uses[i].key) ++j;
    const std::size_t count = j - i;
    if (count == 1) ++report.boundaryEdges;
    if (count > 2) ++report.nonManifoldEdges;
    if (count == 2 && uses[i].forward == uses[i + 1].forward) ++report.misorientedEdges;
    i = j;
  }
  return report;
}

}  // namespace myo
