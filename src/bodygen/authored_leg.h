// Thigh, leg and foot muscles that the reference data lack (quadriceps besides vastus lateralis,
// the other hamstrings, adductors, lateral gastrocnemius, fibulares, plantar intrinsics), placed
// from anatomical origins and insertions on the measured skeleton. No I/O, no GL.
#pragma once

#include <vector>

#include "bodygen/reference_parts.h"

namespace myo {

// The muscles on both sides (authored on the right, mirrored to the left). O(muscles).
[[nodiscard]] std::vector<BodyShape> authoredLegMuscles();

}  // namespace myo
