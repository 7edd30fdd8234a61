// Head, neck and trunk muscles that the reference data lack or hold only as a whole (the two
// heads of the sternocleidomastoid, scalenes, suboccipitals, jaw muscles, latissimus dorsi, deep
// back and posterior abdominal wall muscles), placed from anatomical origins and insertions on
// the measured skeleton. No I/O, no GL.
#pragma once

#include <vector>

#include "bodygen/reference_parts.h"

namespace myo {

// The muscles on both sides (authored on the right, mirrored to the left). O(muscles).
[[nodiscard]] std::vector<BodyShape> authoredTrunkMuscles();

}  // namespace myo
