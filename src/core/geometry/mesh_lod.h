// Level of detail by vertex clustering: vertices that fall in one cell of a uniform grid merge
// into their mean (a new, smaller part), or snap to one of themselves (new indices over the same
// vertices), and triangles that collapse disappear. With the cell about one pixel wide the
// picture is unchanged while far fewer triangles reach the rasteriser. No GL.
#pragma once

#include <cstdint>
#include <vector>

#include "core/geometry/model.h"

namespace myo {

// A simplified copy of `part`: positions, normals and UVs averaged per grid cell of `cellSize`
// (model units, > 0); name, kind, material and extras kept. O(vertices + triangles).
[[nodiscard]] Part clusterVertices(const Part& part, float cellSize);

// Every part of `model` clustered with `cellSize`; materials, textures and landmarks copied.
// O(model size).
[[nodiscard]] Model simplifiedModel(const Model& model, float cellSize);

// `part`'s triangles with the vertices of each grid cell of `cellSize` snapped to the one
// nearest their mean, collapsed and folded-over triangles dropped: indices into the part's own
// vertices, so every per-vertex attribute (normals, fibres, referral fields, pain weights)
// stays valid. O(vertices + triangles).
[[nodiscard]] std::vector<std::uint32_t> snappedIndices(const Part& part, float cellSize);

// One level of detail of a whole model: per part, its snapped triangles.
struct DetailLevel {
  float cellSize = 0.0f;                            // model units
  std::vector<std::vector<std::uint32_t>> indices;  // per part, as snappedIndices
  std::size_t triangles = 0;
};

// Levels at `finestCell`, twice that, … (`count` sizes), each kept only when it has at most
// `keep` (0–1) of the triangles of the last level kept (full detail first), so that every level
// is worth drawing. O(count · model size).
[[nodiscard]] std::vector<DetailLevel> detailLevels(const Model& model, float finestCell, int count,
                                                    float keep);

}  // namespace myo
