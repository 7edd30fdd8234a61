// First pass over a glTF or GLB file before tinygltf parses it: container and JSON syntax,
// glTF version, extensions, buffer sources and byte ranges, and URIs that must stay in the
// model's folder. Uses nlohmann-json only; no tinygltf.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"

namespace myo {

// Extensions the importer implements; any other required one is an error, any other used one
// a warning. KHR_materials_unlit needs nothing beyond the base colour the importer keeps;
// KHR_texture_transform is baked into the texture coordinates of the base colour texture.
inline constexpr const char* kGltfSupportedExtensions[] = {
    "KHR_draco_mesh_compression", "KHR_mesh_quantization", "KHR_materials_unlit",
    "KHR_texture_transform"};

struct GltfPreflight {
  bool binary = false;          // GLB container (else glTF JSON text)
  std::vector<Error> warnings;  // e.g. optional extensions that will be ignored
  // The file with "indices" removed from Draco-compressed primitives, so tinygltf (built
  // without Draco) accepts them; empty when the original bytes can be parsed as they are.
  std::vector<std::uint8_t> rewritten;
};

// Checks the whole file `bytes`; external URIs resolve against `folder` and must stay inside it
// (no "../", no absolute paths, no schemes), and an empty `folder` (bytes from memory) refuses
// them all; buffers must exist with the byteLength they claim; bufferViews must lie inside their
// buffers. Errors leave Error::file empty. O(file size).
[[nodiscard]] Result<GltfPreflight> preflightGltf(std::span<const std::uint8_t> bytes,
                                                  const std::filesystem::path& folder);

// The problem with an external (non-data:) URI, or nullopt when it names a file inside the
// model's folder. Percent-escapes are decoded first, as tinygltf does. O(length).
[[nodiscard]] std::optional<std::string> uriProblem(const std::string& uri);

}  // namespace myo
