// Mesh topology checks: is a part a closed surface, and do its triangles agree on which side
// is outside? Used by the generated body, its tests and the loader (closed parts are drawn with
// back faces culled). No GL.
#pragma once

#include <cstddef>

#include "core/geometry/model.h"

namespace myo {

struct TopologyReport {
  std::size_t boundaryEdges = 0;        // edges used by one triangle (holes)
  std::size_t nonManifoldEdges = 0;     // edges used by three or more triangles
  std::size_t misorientedEdges = 0;     // edges whose two triangles run it the same way
  std::size_t degenerateTriangles = 0;  // triangles repeating a vertex index

  // Watertight two-manifold with a consistent winding.
  [[nodiscard]] bool closedAndOriented() const {
    return boundaryEdges == 0 && nonManifoldEdges == 0 && misorientedEdges == 0;
  }
};

// Edge statistics of `part`'s index buffer; vertices are matched by index, so welded meshes
// are expected. O(triangles log triangles), one sort of 3 edges a triangle (64-bit words).
[[nodiscard]] TopologyReport analyseTopology(const Part& part);

// Number of connected pieces of `part` (vertices joined by triangles). O(triangles · α).
[[nodiscard]] std::size_t countComponents(const Part& part);

// False when `part` has too many vertices for its triangles to close into surfaces (Euler's
// formula, piece by piece): far cheaper than analyseTopology on meshes split at seams. A closed
// part pinched at a vertex can fail it too; it is then drawn without culling, only slower.
// O(triangles · α).
[[nodiscard]] bool mayBeClosed(const Part& part);

// Sets Part::closed on every part that is closed, oriented and encloses a positive volume.
// O(triangles log triangles).
void markClosedParts(Model& model);

// Drops every connected piece but the one with the most triangles (unused vertices removed,
// normals and UVs kept in step). O(vertices + triangles).
void keepLargestComponent(Part& part);

}  // namespace myo
