// Area-weighted smooth vertex normals.
#include "core/geometry/mesh_normals.h"

#include <cassert>
#include <cmath>

namespace myo {

void computeVertexNormals(Part& part) {
  part.normals.assign(part.positions.size(), glm::vec3(0.0f));
  const std::size_t corners = part.indices.size() - part.indices.size() % 3;
  for (std::size_t t = 0; t < corners; t += 3) {
    const std::uint32_t a = part.indices[t];
    const std::uint32_t b = part.indices[t + 1];
    const std::uint32_t c = part.indices[t + 2];
    assert(a < part.positions.size() && b < part.positions.size() && c < part.positions.size());
    // The cross product's length is twice the triangle's area: summing it weights by area.
    const glm::vec3 n =
        glm::cross(part.positions[b] - part.positions[a], part.positions[c] - part.positions[a]);
    part.normals[a] += n;
    part.normals[b] += n;
    part.normals[c] += n;
  }
  for (glm::vec3& n : part.normals) {
    const float length = glm::length(n);
    n = (length > 0.0f && std::isfinite(length)) ? n / length : glm::vec3(0.0f, 0.0f, 1.0f);
  }
}

}  // namespace myo
