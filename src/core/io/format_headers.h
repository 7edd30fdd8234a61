// Header checks for the formats Assimp reads whose damaged headers make Assimp hang or crash
// inside itself (a PLY whose header never ends, or whose end_header is not followed by a line
// break): the app refuses such a file before Assimp sees it. Reads the file's first bytes; no GL.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace myo {

// The most of a PLY file read to find its header's end.
inline constexpr std::size_t kMaxPlyHeader = 64 * 1024;

// Why `file` (by its extension) cannot be handed to Assimp, or nothing: for .ply, a header that
// does not start with "ply", never reaches "end_header" within kMaxPlyHeader bytes, or whose
// end_header is not followed by a line break (\n, \r\n or \r). Other formats: nothing.
// O(kMaxPlyHeader).
[[nodiscard]] std::optional<std::string> formatHeaderProblem(const std::filesystem::path& file);

}  // namespace myo
