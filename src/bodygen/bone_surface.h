// Bones built as smooth surfaces rather than lofts: helpers shared by the skull and the pelvis to
// add mirrored primitives to a distance field and to mesh the field as a named bone part.
// No I/O, no GL.
#pragma once

#include <functional>
#include <string_view>

#include "bodygen/distance_field.h"
#include "bodygen/reference_measurements.h"
#include "core/geometry/model.h"

namespace myo {

// An axis-aligned ellipsoid. O(1).
[[nodiscard]] Ellipsoid axisEllipsoid(glm::vec3 centre, glm::vec3 radii);

// A right-side primitive and its mirror image, each blended over `blend` m. O(1).
void addMirrored(DistanceField& field, const RoundCone& cone, float blend);
void addMirrored(DistanceField& field, const Ellipsoid& ellipsoid, float blend);

// `field` sampled every `cell` m, `cavities` (negative inside; may be empty) carved out with 4 mm
// rounding, polygonised and smoothed into a closed bone part named `name` (".L"/".R" added for a
// side) with the generated body's extras. O(samples); ~0.1 s for a skull at 2.2 mm.
[[nodiscard]] Part meshedBone(const DistanceField& field,
                              const std::function<float(const glm::vec3&)>& cavities,
                              std::string_view name, ref::BodySide side, float cell);

// The left twin of a right-side bone part `right` named `name`: positions and normals mirrored,
// triangles rewound so it stays outward, named "<name>.L" with left-side extras. O(vertices).
[[nodiscard]] Part mirroredBone(const Part& right, std::string_view name);

}  // namespace myo
