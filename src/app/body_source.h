// Chooses and loads the body to show: the files or folders given, or the bundled body when none.
// Returns the loaded model with its frame report; no GL.
#pragma once

#include <filesystem>
#include <vector>

#include "core/atlas/atlas_anchoring.h"
#include "core/io/model_loader.h"

namespace myo {

// Loads `inputs` as one body (normalised to metres, +Y up, facing +Z), or the bundled body (the
// embedded assets/body/myoscope_body.glb, Model::source "bundled body") when `inputs` is empty.
// Errors are one line naming the file. Cost: the importers' (bundled body: a few milliseconds).
[[nodiscard]] Result<LoadedBody> loadBodyOrDefault(const std::vector<std::filesystem::path>& inputs,
                                                   const LoadOptions& options);

// The bundled body as a landmark reference, kept by the first loadBodyOrDefault that read it;
// null before. Thread-safe. O(1).
[[nodiscard]] const ReferenceBody* keptBundledReference();

}  // namespace myo
