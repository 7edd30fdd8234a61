// The skin: one closed, smooth surface wrapped around the body's structures — a smooth union of
// their lofted solids grown by a fat layer, polygonised by surface nets and smoothed. No GL.
#pragma once

#include <span>

#include "bodygen/reference_parts.h"
#include "core/geometry/model.h"

namespace myo {

struct SkinOptions {
  float cellSize = 0.0065f;  // m, grid spacing of the polygoniser (sets triangle size)
  float fat = 0.0065f;       // m, how far the skin stands outside muscles and bones
  float blend = 0.025f;      // m, smooth-union radius that fills the gaps between structures
  // The legs' cleft: below this height (m) the skin keeps `cleftHalfWidth` m off the midsagittal
  // plane (x = 0), so the thighs never fuse; the cleft's top is rounded. Off when cleftTop <= 0.
  float cleftTop = 0.0f;
  float cleftHalfWidth = 0.004f;
};

// The skin over `shapes` as a part named "skin" (kind Skin, extras {"kind":"skin"}), closed and
// outward-wound. O(grid samples); about 1 s at 6 mm for the whole body.
[[nodiscard]] Part buildSkin(std::span<const BodyShape> shapes, const SkinOptions& options = {});

}  // namespace myo
