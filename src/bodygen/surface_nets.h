// Surface nets: a closed, welded, outward-wound triangle mesh of a sampled field's zero level set
// (negative inside). Knows grids and meshes only; no distance primitives, no GL.
#pragma once

#include <functional>

#include <glm/glm.hpp>

#include "bodygen/scalar_grid.h"
#include "core/geometry/model.h"

namespace myo {

// One vertex per cell the surface crosses, at the mean of the cell's edge crossings (linear
// interpolation); one quad per crossed grid edge, split into two triangles along its shorter
// diagonal; smooth normals. Samples on the grid's outer layer count as outside, so the result is
// always closed (a solid reaching the boundary is cut there). Cells whose corner signs would make a
// non-manifold edge or vertex (ambiguous faces, two inside or outside components) are first made
// unambiguous by moving their least-outside interior corner just inside, so the mesh is always
// a two-manifold: closedAndOriented() holds and no vertex is pinched. Deterministic.
// O(samples). `grid` is taken by value because those corner nudges change it.
[[nodiscard]] Part polygonise(ScalarGrid grid);

// polygonise(sampleField(field, box, cellSize)). O(samples · cost of field).
[[nodiscard]] Part polygonise(const std::function<float(glm::vec3)>& field, const Bounds& box,
                              float cellSize);

}  // namespace myo
