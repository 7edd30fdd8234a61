// Atomic file writes for user data: write a temporary file beside the target, flush it to disk,
// then rename it over the target, so a crash never leaves a half-written file. No GL, no UI.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "core/result.h"

namespace myo {

// Writes `bytes` to `file` atomically (temp file + fsync + rename); creates missing parent
// folders. On failure the error names the file and what failed. O(bytes).
[[nodiscard]] Status writeFileAtomic(const std::filesystem::path& file, std::string_view bytes);

}  // namespace myo
