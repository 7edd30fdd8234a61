// File-system helpers shared by the importers: whole-file reads and the "stays inside the
// model's folder" check that keeps a model from reaching files elsewhere. No parsing, no GL.
#pragma once

#include <filesystem>
#include <vector>

namespace myo {

// Reads a whole file into `out`; false when it cannot be opened or read. O(file size).
[[nodiscard]] bool readWholeFile(const std::filesystem::path& path,
                                 std::vector<unsigned char>& out);

// True when `file` (symlinks and ".." resolved) lies inside `folder`. Touches the file system.
[[nodiscard]] bool isInsideFolder(const std::filesystem::path& file,
                                  const std::filesystem::path& folder);

}  // namespace myo
