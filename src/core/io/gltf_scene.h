// Walking a parsed glTF scene into a Model: node transforms, one part per node × primitive,
// names, extras, kinds, materials, textures and landmarks. tinygltf appears here only as a
// forward declaration.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/geometry/model.h"
#include "core/result.h"

namespace tinygltf {
class Model;
}  // namespace tinygltf

namespace myo {

// Adds the parts, materials, textures and landmarks of the default scene (else scene 0, else
// every root node) to `model`, tagging parts with `sourceFile`; non-fatal problems go to
// `warnings`. Errors and warnings leave Error::file empty. O(vertices + triangles + pixels).
[[nodiscard]] std::optional<Error> importGltfScene(const tinygltf::Model& gltf,
                                                   const std::string& sourceFile, Model& model,
                                                   std::vector<Error>& warnings);

}  // namespace myo
