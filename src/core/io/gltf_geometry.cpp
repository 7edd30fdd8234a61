// Topology conversion, transforms and normal clean-up for imported glTF primitives.
#include "core/io/gltf_geometry.h"

#include <cmath>
#include <utility>

#include "core/geometry/mesh_normals.h"

namespace myo {

void toTriangleList(int mode, std::vector<std::uint32_t>& indices) {
  if (mode == kGltfTriangles) {
    indices.resize(indices.size() - indices.size() % 3);
    return;
  }
  std::vector<std::uint32_t> list;
  const std::size_t n = indices.size();
  list.reserve(n > 2 ? (n - 2) * 3 : 0);
  for (std::size_t i = 0; i + 2 < n; ++i) {
    if (mode == kGltfTriangleStrip) {
      // glTF: triangle i is (v[i], v[i + 1 + i % 2], v[i + 2 - i % 2]).
      const std::uint32_t a = indices[i];
      const std::uint32_t b = indices[i + 1 + i % 2];
      const std::uint32_t c = indices[i + 2 - i % 2];
      if (a == b || b == c || a == c) continue;
      list.insert(list.end(), {a, b, c});
    } else {
      // glTF: triangle i is (v[i + 1], v[i + 2], v[0]).
      list.insert(list.end(), {indices[i + 1], indices[i + 2], indices[0]});
    }
  }
  indices = std::move(list);
}

std::optional<std::size_t> findIndexOutOfRange(const std::vector<std::uint32_t>& indices,
                                               std::size_t vertexCount) {
  for (std::size_t i = 0; i < indices.size(); ++i)
    if (indices[i] >= vertexCount) return i;
  return std::nullopt;
}

std::optional<std::size_t> findNonFinite(const std::vector<glm::vec3>& points) {
  for (std::size_t i = 0; i < points.size(); ++i)
    if (!std::isfinite(points[i].x) || !std::isfinite(points[i].y) || !std::isfinite(points[i].z))
      return i;
  return std::nullopt;
}

void transformPart(Part& part, const glm::mat4& world) {
  for (glm::vec3& p : part.positions) p = glm::vec3(world * glm::vec4(p, 1.0f));
  const glm::mat3 linear(world);
  const glm::mat3 normalMatrix = glm::transpose(glm::inverse(linear));
  for (glm::vec3& n : part.normals) n = normalMatrix * n;
  for (glm::vec4& f :
       part.fibres) {  // a direction along the surface: the linear part, renormalised
    const glm::vec3 moved = linear * glm::vec3(f);
    const float length = glm::length(moved);
    f = glm::vec4(length > 1e-12f ? moved / length : glm::vec3(0.0f), f.w);
  }
  if (glm::determinant(linear) < 0.0f) {
    for (std::size_t t = 0; t + 2 < part.indices.size(); t += 3)
      std::swap(part.indices[t + 1], part.indices[t + 2]);
  }
}

void finishNormals(Part& part) {
  if (part.normals.size() != part.positions.size()) {
    computeVertexNormals(part);
    return;
  }
  for (glm::vec3& n : part.normals) {
    const float length = glm::length(n);
    if (!(length > 0.0f) || !std::isfinite(length)) {
      computeVertexNormals(part);
      return;
    }
    n /= length;
  }
}

}  // namespace myo
