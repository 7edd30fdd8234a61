// Smooth vertex normals for triangle parts (area-weighted face normals summed per vertex).
// Pure geometry on the model types; no file formats, no GL.
#pragma once

#include "core/geometry/model.h"

namespace myo {

// Replaces part.normals with unit normals: each vertex gets the sum of the normals of the
// triangles that use it, weighted by triangle area, then normalized. A vertex used by no
// triangle of non-zero area gets +Z. O(vertices + triangles). Precondition: every index is
// < part.positions.size().
void computeVertexNormals(Part& part);

}  // namespace myo
