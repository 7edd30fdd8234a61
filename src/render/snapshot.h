// renderSnapshot: one off-screen picture of a whole model from a standard view, for
// `myoscope render` and tests. Uses the current GL context; knows nothing of windows or UI.
#pragma once

#include "core/image.h"
#include "core/model.h"
#include "core/orbit_camera.h"
#include "core/result.h"

namespace myo {

// Renders `model` framed whole from `preset` into a width x height image (rows top to bottom)
// with `samples` MSAA samples (1 = none), default background and colours. Needs a current GL
// 3.3 core context. O(model size) upload + one frame; fails with the GL or geometry error.
[[nodiscard]] Result<Image> renderSnapshot(const Model& model, ViewPreset preset, int width,
                                           int height, int samples);

}  // namespace myo
