// Measures of a triangle mesh: enclosed volume, the area-weighted centroid of its surface
// (independent of how densely it is tessellated) and the vertex nearest a point. No GL.
#pragma once

#include <cstddef>
#include <span>

#include <glm/glm.hpp>

#include "core/geometry/model.h"

namespace myo {

// Signed volume enclosed by `part` (m³ for metres); positive when the winding faces outward.
// Meaningful for closed meshes. O(triangles).
[[nodiscard]] double signedVolume(const Part& part);

// Centroid of `part`'s surface, each triangle weighted by its area; the origin for an empty
// part. O(triangles).
[[nodiscard]] glm::dvec3 surfaceCentroid(const Part& part);

// Index of the position nearest to `p` (the first of equals); 0 for an empty span. O(positions).
[[nodiscard]] std::size_t nearestVertex(std::span<const glm::vec3> positions, const glm::vec3& p);

}  // namespace myo
