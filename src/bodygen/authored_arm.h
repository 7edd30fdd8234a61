// Arm and forearm muscles that the reference data lack (biceps short head, triceps, the wrist
// and finger extensors and flexors, brachioradialis), placed from anatomical origins and
// insertions on the measured skeleton. No I/O, no GL.
#pragma once

#include <vector>

#include "bodygen/reference_parts.h"

namespace myo {

// The muscles on both sides (authored on the right, mirrored to the left). O(muscles).
[[nodiscard]] std::vector<BodyShape> authoredArmMuscles();

}  // namespace myo
