// Body loading: files and folders → one Model (glTF through importGltf, the rest through
// Assimp), merged and normalised to metres, +Y up. Knows no GL, UI or app state.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "core/anatomy/body_frame.h"
#include "core/geometry/model.h"
#include "core/result.h"

namespace myo {

// Overrides for frame detection; Auto detects from the geometry.
struct LoadOptions {
  UpAxis up = UpAxis::Auto;
  Units units = Units::Auto;
};

struct LoadedBody {
  Model model;
  FrameReport frame;
};

// Loads every input as one body. A file is imported by extension; a folder contributes all
// supported model files below it (recursive, sorted by path), and one of those that fails is a
// warning in model.warnings. Errors: an empty list, a missing path, an unsupported extension, a
// folder without model files or whose files all fail, a named file that fails. Model::source is
// the file, the folder or "N files". O(total file size); never throws.
[[nodiscard]] Result<LoadedBody> loadBody(const std::vector<std::filesystem::path>& inputs,
                                          const LoadOptions& options);

// The most a body may hold, each file and all of them merged: past these it could not be drawn,
// picked or painted on in the memory of a desktop machine.
struct BodyLimits {
  std::size_t triangles = std::size_t{1} << 26;  // 67,108,864
  std::size_t bytes = std::size_t{4} << 30;      // 4 GiB of arrays (Model::memoryBytes)
};

// Why a model is too big to be a body (past `limits`); nothing when it is not. The error names
// `file`, the limit and the value. O(parts).
[[nodiscard]] std::optional<Error> sizeProblem(const std::filesystem::path& file,
                                               const Model& model, const BodyLimits& limits = {});

// Why an imported model is no body: too big (sizeProblem), no triangles at all, or a vertex,
// after every transform, that is not finite or lies more than 1e7 units from the origin;
// nothing when it is fine. loadBody refuses such a model with this error, which names `file`.
// O(vertices).
[[nodiscard]] std::optional<Error> geometryProblem(const std::filesystem::path& file,
                                                   const Model& model);

// True when the extension (any case) is glTF (.gltf, .glb) or a model format Assimp reads,
// except generic ones that usually are not models (.xml, .raw). O(1) after the first call.
[[nodiscard]] bool isSupportedModelFile(const std::filesystem::path& file);

}  // namespace myo
