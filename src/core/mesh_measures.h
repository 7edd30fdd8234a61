// Integral measures of a triangle mesh: enclosed volume and the area-weighted centroid of its
// surface (independent of how densely it is tessellated). No GL.
#pragma once

#include <glm/glm.hpp>

#include "core/model.h"

namespace myo {

// Signed volume enclosed by `part` (m³ for metres); positive when the winding faces outward.
// Meaningful for closed meshes. O(triangles).
[[nodiscard]] double signedVolume(const Part& part);

// Centroid of `part`'s surface, each triangle weighted by its area; the origin for an empty
// part. O(triangles).
[[nodiscard]] glm::dvec3 surfaceCentroid(const Part& part);

}  // namespace myo
