// Assimp importer: OBJ/MTL, FBX, STL, PLY, DAE, 3MF and the other formats Assimp 5.2 reads, into
// a core::Model (glTF goes to importGltf). Only assimp_importer.cpp includes Assimp headers.
#pragma once

#include <filesystem>
#include <string_view>

#include "core/geometry/model.h"
#include "core/result.h"

namespace myo {

// Reads `file` (triangulated, shared vertices joined, smooth normals where it has none) and walks
// its nodes applying transforms: one Part per node × mesh, named after the node (or mesh), unique;
// "landmark:X" nodes become landmarks. Diffuse colour/texture make the Material; textures load
// only from inside the file's folder (else a warning). UVs follow glTF (v = 0 is the top row).
// Errors are one line naming the file. O(file size); never throws.
[[nodiscard]] Result<Model> importWithAssimp(const std::filesystem::path& file);

// True when Assimp has an importer for `extension` (lower case with the dot, e.g. ".fbx"). The
// first call asks Assimp for its list (about a millisecond); later calls are a set lookup.
[[nodiscard]] bool assimpReadsExtension(std::string_view extension);

}  // namespace myo
