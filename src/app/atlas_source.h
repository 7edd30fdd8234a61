// The bundled atlas (assets/atlas, compiled into the binary) and atlases read from a folder.
// Reads files or embedded bytes; no GL, no UI.
#pragma once

#include <filesystem>
#include <string_view>

#include "core/atlas/atlas_loader.h"

namespace myo {

// The atlas schema compiled into the binary (assets/atlas/atlas.schema.json). O(1).
[[nodiscard]] std::string_view bundledAtlasSchema();

// The bundled atlas's files, named "bundled/…". O(size).
[[nodiscard]] AtlasFiles bundledAtlasFiles();

// The atlas from `dir` (or the bundled one when `dir` is empty), checked against the bundled
// schema. A folder that cannot be read gives one error. O(size).
[[nodiscard]] AtlasLoad loadAtlasOrBundled(const std::filesystem::path& dir);

}  // namespace myo
