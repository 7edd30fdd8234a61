// The body model that ships with Myoscope as assets/body/myoscope_body.glb, built in code: the
// measured and authored muscles with their tendons, the skeleton, a skin over them and the
// landmarks on it. No GL, no UI, no file access.
#pragma once

#include "core/geometry/model.h"

namespace myo {

// Builds the bundled body: metres, +Y up, facing +Z, +X the subject's left, soles at y = 0; node
// names, extras, materials and landmarks as DESIGN.md "The bundled model" sets them.
// Deterministic. About 3 s.
[[nodiscard]] Model buildBundledBody();

}  // namespace myo
