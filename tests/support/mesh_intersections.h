// Self-intersection check of a triangle mesh: pairs of triangles that share no vertex yet cross.
// Used to prove the generated skin is a clean surface. No GL.
#pragma once

#include <cstddef>

#include "core/geometry/model.h"

namespace myo {

// Number of triangle pairs of `part` that share no vertex (by index or by position) and whose
// surfaces cross (an edge of one passes through the other's interior); neighbours are not
// compared, nor slivers (area below 1e-6 of the longest edge squared). O(n · k) with a uniform
// grid, k the triangles near each one; about 0.3 s for 130k triangles.
[[nodiscard]] std::size_t countSelfIntersections(const Part& part);

}  // namespace myo
