// Runs an importer of third-party code (Assimp) in a child process, so that a crash inside it
// becomes one line naming the file instead of taking the app down. POSIX fork + pipe; no GL.
#pragma once

#include <filesystem>
#include <functional>

#include "core/geometry/model.h"
#include "core/result.h"

namespace myo {

using Importer = std::function<Result<Model>(const std::filesystem::path&)>;

// `import(file)` run in a forked child; its result comes back through a pipe. A child killed by
// a signal, or one that ends without a whole result, is an error naming `file` and the signal.
// Costs one fork plus copying the model once through the pipe. Never throws.
[[nodiscard]] Result<Model> importInChildProcess(const std::filesystem::path& file,
                                                 const Importer& import);

}  // namespace myo
