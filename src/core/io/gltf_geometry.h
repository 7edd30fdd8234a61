// Geometry steps of the glTF import on plain Part arrays: primitive topology to triangle lists,
// node transforms, normals, finite checks and unique names. No tinygltf, no file access.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include <glm/glm.hpp>

#include "core/geometry/model.h"

namespace myo {

// glTF primitive modes that carry triangles.
constexpr int kGltfTriangles = 4;
constexpr int kGltfTriangleStrip = 5;
constexpr int kGltfTriangleFan = 6;

// Rewrites strip (5) or fan (6) indices as a triangle list with the winding glTF prescribes;
// strip triangles that repeat a vertex (restart stitches) are dropped; for lists (4) a trailing
// partial triangle is dropped. O(indices).
void toTriangleList(int mode, std::vector<std::uint32_t>& indices);

// Position in `indices` of the first value >= vertexCount, if any. O(indices).
[[nodiscard]] std::optional<std::size_t> findIndexOutOfRange(
    const std::vector<std::uint32_t>& indices, std::size_t vertexCount);

// Position of the first point with a NaN or infinite coordinate, if any. O(points).
[[nodiscard]] std::optional<std::size_t> findNonFinite(const std::vector<glm::vec3>& points);

// Moves a part from node space to world space: positions by `world`, normals by the inverse
// transpose of its 3×3 part; triangle winding is reversed when `world` mirrors (negative
// determinant). O(vertices + triangles).
void transformPart(Part& part, const glm::mat4& world);

// Leaves part.normals unit length: normalizes given normals, or computes smooth ones when they
// are missing, of the wrong count, zero or not finite. O(vertices + triangles).
void finishNormals(Part& part);

}  // namespace myo
