// Edits of a loaded model for display: leaving out parts of some kinds, and bounds grown by a
// margin. Plain geometry on core's Model; no GL.
#pragma once

#include <cstddef>
#include <vector>

#include "core/geometry/model.h"

namespace myo {

// Removes the parts whose kind is one of `kinds`, keeping the others in order. Returns, for each
// old part index, its new index (the old part count for a removed part). O(parts).
std::vector<std::size_t> removePartsOfKinds(Model& model, const std::vector<PartKind>& kinds);

// `bounds` grown on each side by `margin` of its size, and to at least `minimum` (m) along every
// axis around its centre. O(1).
[[nodiscard]] Bounds paddedBounds(const Bounds& bounds, float margin, float minimum);

}  // namespace myo
