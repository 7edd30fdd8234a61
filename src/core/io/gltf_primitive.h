// Reading one glTF mesh primitive of a parsed tinygltf document into a mesh-space Part
// (positions, normals, uvs, triangle-list indices), every accessor checked before it is read.
// tinygltf appears here only as forward declarations.
#pragma once

#include <string>

#include "core/geometry/model.h"
#include "core/result.h"

namespace tinygltf {
class Model;
struct Primitive;
}  // namespace tinygltf

namespace myo {

// Reads a TRIANGLES, TRIANGLE_STRIP or TRIANGLE_FAN primitive with a POSITION attribute
// (plain or KHR_draco_mesh_compression) and its TEXCOORD_<uvSet>; `where`
// ("meshes[0].primitives[1]") names it in errors. Checks byte ranges, index range and finite
// positions. Error::file is left empty. O(vertices + indices).
[[nodiscard]] Result<Part> readGltfPrimitive(const tinygltf::Model& gltf,
                                             const tinygltf::Primitive& primitive,
                                             const std::string& where, int uvSet);

}  // namespace myo
