// The skull and the mandible as smooth bone surfaces: unions of ellipsoids and round cones placed
// on the measured skull boxes and landmarks, with the orbits and the nasal aperture carved out,
// polygonised by surface nets. No I/O, no GL.
#pragma once

#include <vector>

#include "bodygen/distance_field.h"
#include "core/geometry/model.h"

namespace myo {

// The skull's solid (vault, face, arches, teeth) as a distance field, without the carved
// cavities: the surface the temporalis lies on. O(primitives).
[[nodiscard]] DistanceField skullField();

// Parts "skull" (cranium, face and upper teeth) and "mandible" (with the lower teeth), kind
// Bone, closed and outward-wound, named and tagged like the other generated bones. About 0.3 s.
[[nodiscard]] std::vector<Part> skullParts();

}  // namespace myo
