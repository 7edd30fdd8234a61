// Parts rebuilt straight from the measured reference tables: the 40 measured muscles on both
// sides, the long bones and girdles, ribs and costal cartilages, vertebrae and skull bones as
// ellipsoids, and finger/toe rays. The skeleton and measured muscles of the bundled body start
// here. No I/O, no GL.
#pragma once

#include "core/model.h"

namespace myo {

// Every measured shape as a named, closed, outward part with glTF-style extras
// ({"kind", "muscle"/"bone", "side", "layer"}); right-only muscles are mirrored to the left.
// O(shapes · rings · segments).
[[nodiscard]] Model buildReferenceParts();

}  // namespace myo
