// glTF 2.0 import (.gltf with external or data: resources, .glb): the file's default scene as a
// Model of named, world-space triangle parts with materials, textures and landmarks.
// Only the glTF importer sources see tinygltf; callers depend on the Model type alone.
#pragma once

#include <filesystem>
#include <span>
#include <string>

#include "core/geometry/model.h"
#include "core/result.h"

namespace myo {

// Loads a glTF 2.0 file (JSON or binary, told apart by content). O(file size).
//
// Result: one Part per node × triangle primitive of the default scene (else scene 0, else every
// root node), node transforms applied (normals by the inverse transpose, winding flipped for
// mirroring transforms); strips and fans become triangle lists; missing normals are computed.
// Names: node, else mesh, else "mesh_N", made unique with "#2"…; extras as compact JSON; kind
// from extras "kind" or the name (classifyPart). Base colour factor and texture (RGBA8) become
// materials and textures. Empty nodes named "landmark:X" become landmarks "X".
// KHR_draco_mesh_compression and KHR_mesh_quantization are supported; sparse accessors too.
//
// A valid file with no triangles in its scene (no nodes, only points/lines, no meshes) loads as
// an empty Model with a warning saying so; callers decide whether that is acceptable.
// Warnings (one line each, naming the file): ignored optional extensions, skipped primitives,
// textures that could not be loaded.
// Errors (one line "file: where: reason", never thrown): unreadable or malformed files, an
// unsupported required extension, URIs outside the model's folder, missing buffers, accessors
// or bufferViews overrunning their data, indices out of range, non-finite positions.
//
//   Result<Model> body = importGltf("body.glb");
//   if (!body) std::cerr << body.error().message() << "\n";
[[nodiscard]] Result<Model> importGltf(const std::filesystem::path& file);

// Loads a self-contained glTF 2.0 (GLB, or JSON with data: URIs) from memory, exactly as
// importGltf would; any external URI is an error. `displayName` stands for the file in
// Model::source, Part::sourceFile, warnings and errors. O(size).
//
//   Result<Model> body = importGltfBytes(embeddedBytes, "bundled body");
[[nodiscard]] Result<Model> importGltfBytes(std::span<const unsigned char> bytes,
                                            const std::string& displayName);

}  // namespace myo
