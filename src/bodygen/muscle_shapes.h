// Shape builders for muscles that were not measured: a fusiform belly between an origin and an
// insertion that tapers into tendons, and helpers to place attachment points on measured bones
// and landmarks. Pure geometry on the reference tables; no I/O, no GL.
#pragma once

#include <string_view>
#include <vector>

#include <glm/glm.hpp>

#include "bodygen/loft.h"
#include "bodygen/reference_measurements.h"
#include "bodygen/reference_parts.h"

namespace myo {

struct FusiformSpec {
  glm::vec3 origin{0.0f};
  glm::vec3 insertion{0.0f};
  float bellyHalfWidth = 0.02f;       // m, widest semi-axis across the fibres
  float bellyHalfDepth = 0.015f;      // m, semi-axis along `depthDirection`
  glm::vec3 depthDirection{0, 0, 1};  // roughly away from the bone; made perpendicular to the axis
  glm::vec3 bow{0.0f};                // m, offset of the belly's middle from the straight line
  float originTendon = 0.08f;         // fraction of the length that is tendon at the origin
  float insertionTendon = 0.15f;      // fraction of the length that is tendon at the insertion
  float bellyPeak = 0.5f;             // where the belly is thickest, 0-1 within the fleshy part
  float tendonRadius = 0.003f;        // m
};

// FusiformSpec from its fields in declaration order (tendon radius left at its default). O(1).
[[nodiscard]] FusiformSpec fusiform(glm::vec3 origin, glm::vec3 insertion, float bellyHalfWidth,
                                    float bellyHalfDepth, glm::vec3 depthDirection, glm::vec3 bow,
                                    float originTendon, float insertionTendon, float bellyPeak);

// A fusiform muscle as closed lofts: the fleshy belly between the tendons (14 elliptical rings,
// a smooth swell peaking at `bellyPeak`, fibre relief along its length) and each tendon longer
// than 1.5 cm as a thin tube reaching 1 cm into the belly. O(1).
struct FusiformLofts {
  LoftSpec belly;
  std::vector<LoftSpec> tendons;
};
[[nodiscard]] FusiformLofts fusiformLofts(const FusiformSpec& spec);

// Fibre relief of muscle lofts: radius ripple (fraction) and ripples around a cross-section (a
// period of four segments of a 20-segment loft, so smooth shading shows the grooves).
inline constexpr float kFibreRipple = 0.1f;
inline constexpr int kFibreRipples = 5;

// Directions for muscles authored on the right side of the body (its lateral is -X), and the
// sides' names.
namespace right_side {
inline constexpr ref::BodySide kR = ref::BodySide::Right, kMid = ref::BodySide::Mid;
inline const glm::vec3 kLateral(-1, 0, 0), kMedial(1, 0, 0), kAnterior(0, 0, 1),
    kPosterior(0, 0, -1), kUp(0, 1, 0), kDown(0, -1, 0);
}  // namespace right_side

// A muscle authored on the right side: its catalogue name and shape.
struct AuthoredMuscle {
  const char* name;
  FusiformSpec spec;
};

// Each muscle (belly, kind Muscle; tendons, kind Tendon) lofted on the right and mirrored to the
// left. O(muscles).
[[nodiscard]] std::vector<BodyShape> onBothSides(const std::vector<AuthoredMuscle>& right);

// Point `index` (0 = vertebral end … 7 = front end) of a measured rib's centre line.
[[nodiscard]] glm::vec3 ribPoint(int rib, ref::BodySide side, std::size_t index);

// A point of a measured hand or foot ray (0 = thumb/big toe … 4): 0 base, 1 knuckle, 2 tip.
[[nodiscard]] glm::vec3 rayPoint(std::string_view extremity, ref::BodySide side, std::size_t ray,
                                 int which);

// A measured landmark, joint centre, or the centroid of a measured bone box or rib (searched in
// that order); the zero vector, and an assert in debug builds, when the tables lack it.
// O(table size).
[[nodiscard]] glm::vec3 referencePoint(std::string_view name, ref::BodySide side);

// A point on a measured bone: at `along` (0 origin end – 1 insertion end) of its loft, on the
// cross-section's boundary in `direction`, pushed `beyond` metres further out. O(stations).
[[nodiscard]] glm::vec3 boneSurfacePoint(std::string_view bone, ref::BodySide side, float along,
                                         glm::vec3 direction, float beyond = 0.0f);

}  // namespace myo
