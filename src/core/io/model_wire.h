// A Result<Model> as bytes and back, so an import run in another process can hand its result
// over a pipe. The layout is private to one build (no versioning, native byte order). No GL.
#pragma once

#include <string>
#include <string_view>

#include "core/geometry/model.h"
#include "core/result.h"

namespace myo {

// The result as bytes. O(size of the model).
[[nodiscard]] std::string modelToWire(const Result<Model>& result);

// The result back; an error naming `file` when the bytes are cut short or damaged. O(size).
[[nodiscard]] Result<Model> modelFromWire(std::string_view bytes, const std::string& file);

}  // namespace myo
