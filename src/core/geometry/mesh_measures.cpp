// Volume and surface centroid by summing over triangles.
#include "core/geometry/mesh_measures.h"

#include <limits>

namespace myo {

double signedVolume(const Part& part) {
  double volume = 0.0;
  for (std::size_t t = 0; t + 2 < part.indices.size(); t += 3) {
    const glm::dvec3 a = part.positions[part.indices[t]];
    const glm::dvec3 b = part.positions[part.indices[t + 1]];
    const glm::dvec3 c = part.positions[part.indices[t + 2]];
    volume += glm::dot(a, glm::cross(b, c));
  }
  return volume / 6.0;
}

glm::dvec3 surfaceCentroid(const Part& part) {
  glm::dvec3 sum(0.0);
  double area = 0.0;
  for (std::size_t t = 0; t + 2 < part.indices.size(); t += 3) {
    const glm::dvec3 a = part.positions[part.indices[t]];
    const glm::dvec3 b = part.positions[part.indices[t + 1]];
    const glm::dvec3 c = part.positions[part.indices[t + 2]];
    const double triangleArea = 0.5 * glm::length(glm::cross(b - a, c - a));
    sum += triangleArea * (a + b + c) / 3.0;
    area += triangleArea;
  }
  return area > 0.0 ? sum / area : glm::dvec3(0.0);
}

std::size_t nearestVertex(std::span<const glm::vec3> positions, const glm::vec3& p) {
  std::size_t nearest = 0;
  float best = std::numeric_limits<float>::max();
  for (std::size_t i = 0; i < positions.size(); ++i) {
    const glm::vec3 d = positions[i] - p;
    const float d2 = glm::dot(d, d);
    if (d2 < best) best = d2, nearest = i;
  }
  return nearest;
}

}  // namespace myo
