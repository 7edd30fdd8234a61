// A simple standing figure built from ellipsoids, generated in code: the default model until a
// bundled anatomical body exists. Metres, +Y up, facing +Z, soles at y = 0. No GL, no UI.
#pragma once

#include "core/model.h"

namespace myo {

// Builds the figure (about 1.75 m tall, ~13k triangles). O(triangles).
[[nodiscard]] Model makePlaceholderBody();

}  // namespace myo
