// Femur, humerus and tibia with shaped ends: the measured shaft between its wide end sections,
// plus the head, neck, trochanters or tubercles, condyles or epicondyles, plateau and malleolus
// placed on the measured joint centres and bony landmarks, meshed as one smooth surface; and the
// patella. No I/O, no GL.
#pragma once

#include <vector>

#include "core/geometry/model.h"

namespace myo {

// Parts "femur", "humerus", "tibia" and "patella", each ".R" and ".L", kind Bone, closed and
// outward. ~0.3 s.
[[nodiscard]] std::vector<Part> longBoneParts();

}  // namespace myo
