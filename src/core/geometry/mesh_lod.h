// Level of detail by vertex clustering: vertices that fall in one cell of a uniform grid merge
// into their mean, and triangles that collapse disappear. With the cell about one pixel wide
// the picture is unchanged while far fewer triangles reach the rasteriser. No GL.
#pragma once

#include "core/geometry/model.h"

namespace myo {

// A simplified copy of `part`: positions, normals and UVs averaged per grid cell of `cellSize`
// (model units, > 0); name, kind, material and extras kept. O(vertices + triangles).
[[nodiscard]] Part clusterVertices(const Part& part, float cellSize);

// Every part of `model` clustered with `cellSize`; materials, textures and landmarks copied.
// O(model size).
[[nodiscard]] Model simplifiedModel(const Model& model, float cellSize);

}  // namespace myo
