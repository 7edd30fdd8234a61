// What every fuzz target shares: a private scratch folder for inputs that must be files, and the
// checks a result must pass whatever the input (a refusal is one line naming the file; a model
// has in-range indices and finite positions). A failed check aborts, so the fuzzer reports it.
// Test-only; links the core and nothing of the app.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

#include "core/geometry/model.h"
#include "core/result.h"

namespace myo::fuzz {

// A folder of this process's own under the temporary folder, made on first use. O(1).
[[nodiscard]] const std::filesystem::path& scratchFolder();

// Writes `bytes` to `file` (replacing it). Aborts when it cannot. O(size).
void writeBytes(const std::filesystem::path& file, std::span<const std::uint8_t> bytes);

// Aborts with `what` on stderr when `condition` is false. O(1).
void require(bool condition, std::string_view what);

// A refusal: one non-empty line that names `file` (at least its file name). O(message).
void requireOneLineNaming(const Error& error, std::string_view file);

// A model: every part has 3·n indices below its vertex count, normals for every vertex, finite
// positions; warnings are single lines. O(vertices + indices).
void requireSoundModel(const Model& model);

}  // namespace myo::fuzz
