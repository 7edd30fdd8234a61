// Decoding of KHR_draco_mesh_compression primitives into a Part's arrays, checking every id and
// count the compressed data claims. Uses the Draco library; no tinygltf.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "core/geometry/model.h"
#include "core/result.h"

namespace myo {

// One glTF attribute stored in the Draco stream under `id` (the extension's attribute map).
struct DracoAttribute {
  int id = -1;              // -1: the primitive has no such attribute
  bool normalized = false;  // the glTF accessor's normalized flag, for integer data
};

struct DracoRequest {
  DracoAttribute position;
  DracoAttribute normal;
  DracoAttribute texcoord;
};

// Decodes `bytes` (the extension's bufferView) into part.positions, normals, uvs and a triangle
// list in part.indices; arrays whose attribute id is -1 stay empty. Error::file and
// Error::where are left empty: the caller names the primitive. O(decoded size).
[[nodiscard]] std::optional<Error> decodeDraco(std::span<const std::uint8_t> bytes,
                                               const DracoRequest& request, Part& part);

}  // namespace myo
