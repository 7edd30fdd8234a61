// A topology mesh for fields on the body's surface: render vertices that share a position
// (UV seams, normal splits) welded into one, with a map back so a field computed per surface
// vertex can be uploaded per render vertex. No GL.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

#include "core/geometry/model.h"

namespace myo {

// A straight link between two surface vertices of different parts that share no edge (see
// bridgeParts): distance crosses it as a segment of its length.
struct SurfaceBridge {
  std::uint32_t a = 0, b = 0;
};

struct SurfaceMesh {
  std::vector<glm::vec3> positions;                 // welded vertices, metres
  std::vector<std::array<std::uint32_t, 3>> faces;  // non-degenerate triangles
  std::vector<SurfaceBridge> bridges;               // none unless bridgeParts added them
  // For each given part (in order), its render vertex -> surface vertex.
  std::vector<std::vector<std::uint32_t>> renderToSurface;

  // Mean edge length (m). O(faces).
  [[nodiscard]] float meanEdgeLength() const;
};

// Welds the parts into one surface: vertices closer than `tolerance` m (on a grid of that size)
// become one, triangles that collapse are dropped. O(vertices + triangles) expected.
[[nodiscard]] SurfaceMesh weldSurface(const std::vector<const Part*>& parts,
                                      float tolerance = 1e-6f);

}  // namespace myo
