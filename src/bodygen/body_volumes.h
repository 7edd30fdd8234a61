// Body volumes: soft-tissue solids that only shape the skin — thorax, abdomen, neck, cranium,
// face/jaw and nose — lofted from the measured reference tables (landmarks, bone boxes, joints,
// rib curves), never from third-party meshes. They are never meshed as parts of the body.
// Depends only on the loft types and the reference tables; no I/O, no GL, no skin code.
#pragma once

#include <vector>

#include "bodygen/reference_parts.h"

namespace myo {

// The skin-shaping volumes (kind Other, names "volume_thorax", "volume_abdomen", "volume_neck",
// "volume_cranium", "volume_face", "volume_nose"), all on the midline. O(rib points).
[[nodiscard]] std::vector<BodyShape> bodyVolumes();

}  // namespace myo
