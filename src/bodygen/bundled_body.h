// The body model that ships with Myoscope as assets/body/myoscope_body.glb, built in code.
// Depends on core's model types only; no GL, no UI, no file access.
#pragma once

#include "core/model.h"

namespace myo {

// Builds the bundled body: metres, +Y up, facing +Z, soles at y = 0; node names and extras as
// DESIGN.md "The bundled model" sets them. Today core's placeholder figure, each part tagged
// {"kind":"skin"}, until the anatomical generator replaces it. Deterministic. O(triangles).
[[nodiscard]] Model buildBundledBody();

}  // namespace myo
