// Bridging a welded surface made of separate parts (muscles that touch but share no vertex) so
// distance can cross from one part to its neighbour, and joining what stays apart so the surface
// is one connected piece. Adds SurfaceMesh::bridges; no GL.
#pragma once

#include <cstdint>
#include <vector>

#include "core/geometry/surface_mesh.h"

namespace myo {

// The part (index into mesh.renderToSurface) each surface vertex first came from. O(render
// vertices).
[[nodiscard]] std::vector<std::uint32_t> surfacePartOf(const SurfaceMesh& mesh);

// Connected pieces over faces and bridges: a piece index per vertex, 0 for the largest piece.
// O(faces + bridges).
[[nodiscard]] std::vector<std::uint32_t> surfacePieces(const SurfaceMesh& mesh);

// Links every vertex to the nearest vertex of another part within `gap` m, then joins each piece
// still apart to its nearest other piece with one bridge, until the triangles form one piece
// (vertices no triangle uses are left alone).
// O(vertices) expected for the links (a grid of `gap` cells) + O(256 × vertices) per join.
void bridgeParts(SurfaceMesh& mesh, float gap);

}  // namespace myo
