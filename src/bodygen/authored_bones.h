// Bones the reference tables only know as a whole: the tarsals (calcaneus, talus and the midfoot
// block of navicular, cuboid and cuneiforms) and the carpus, placed between the measured ankle or
// wrist, heel and the bases of the rays; and the spine of the scapula with the acromion, which
// joins the measured scapula's part. No I/O, no GL.
#pragma once

#include <vector>

#include "bodygen/reference_parts.h"

namespace myo {

// The bones on both sides (built on the right, mirrored to the left). O(1).
[[nodiscard]] std::vector<BodyShape> authoredBones();

}  // namespace myo
