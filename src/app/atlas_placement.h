// The bundled atlas and the bundled body as the landmark reference (its datum and landmarks),
// each made once per process, and placing that atlas on a body: its landmarks (its own, or moved
// from the bundled body) and every trigger point anchored on it. Shared by check, where, render
// --tp and the window. No GL.
#pragma once

#include <vector>

#include "core/atlas/atlas.h"
#include "core/atlas/atlas_anchoring.h"
#include "core/geometry/model.h"
#include "core/result.h"

namespace myo {

// The bundled atlas, parsed on first use; null when it does not load. O(atlas) once.
[[nodiscard]] const Atlas* bundledAtlas();
// The bundled body as the landmark reference: kept from the first time the bundled body is read
// (loadBodyOrDefault), else read for it; null when it does not load. Thread-safe. O(body) once.
[[nodiscard]] const ReferenceBody* bundledReference();

struct AtlasPlacement {
  BodyLandmarks landmarks;
  std::vector<PlacedTriggerPoint> placed;  // point pointers into bundledAtlas()
};

// The bundled atlas placed on `model`. Error when the bundled atlas or body does not load.
// O(points · part vertices).
[[nodiscard]] Result<AtlasPlacement> placeBundledAtlas(const Model& model);

}  // namespace myo
