// The pelvis as smooth bone surfaces: each hip bone (ilium plate fanning from above the
// acetabulum to the iliac crest, acetabular cup, pubic rami, ischium, obturator foramen) and the
// sacrum (a curved wedge from the base at S1 to the apex), placed on the measured landmarks.
// No I/O, no GL.
#pragma once

#include <vector>

#include "core/geometry/model.h"

namespace myo {

// Parts "hip_bone.R", "hip_bone.L" and "sacrum", kind Bone, closed and outward-wound. ~0.3 s.
[[nodiscard]] std::vector<Part> pelvisParts();

}  // namespace myo
