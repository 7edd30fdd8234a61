// Position welding with a hash of quantised coordinates.
#include "core/geometry/surface_mesh.h"

#include <cmath>
#include <unordered_map>

namespace myo {

float SurfaceMesh::meanEdgeLength() const {
  double sum = 0.0;
  for (const auto& f : faces)
    for (int e = 0; e < 3; ++e) sum += glm::distance(positions[f[e]], positions[f[(e + 1) % 3]]);
  return faces.empty() ? 0.0f : static_cast<float>(sum / (3.0 * static_cast<double>(faces.size())));
}

SurfaceMesh weldSurface(const std::vector<const Part*>& parts, float tolerance) {
  SurfaceMesh mesh;
  std::unordered_map<std::uint64_t, std::uint32_t> cells;
  auto key = [tolerance](const glm::vec3& p) {
    const auto q = [tolerance](float v) {
      return static_cast<std::uint64_t>(static_cast<std::int64_t>(std::llround(v / tolerance)) &
                                        0x1FFFFF);
    };
    return (q(p.x) << 42) | (q(p.y) << 21) | q(p.z);
  };
  for (const Part* part : parts) {
    std::vector<std::uint32_t>& map = mesh.renderToSurface.emplace_back();
    map.reserve(part->positions.size());
    for (const glm::vec3& p : part->positions) {
      const auto [it, added] =
          cells.try_emplace(key(p), static_cast<std::uint32_t>(mesh.positions.size()));
      if (added) mesh.positions.push_back(p);
      map.push_back(it->second);
    }
    for (std::size_t t = 0; t + 2 < part->indices.size(); t += 3) {
      const std::array<std::uint32_t, 3> f = {map[part->indices[t]], map[part->indices[t + 1]],
                                              map[part->indices[t + 2]]};
      if (f[0] != f[1] && f[1] != f[2] && f[0] != f[2]) mesh.faces.push_back(f);
    }
  }
  return mesh;
}

}  // namespace myo
