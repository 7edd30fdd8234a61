// A trigger point's referral on the body's surface, per surface vertex: the geodesic distance
// from the knot and the essential and spillover zone weights (soft-edged, 0–1). Computed once per
// selection; the animation then only needs time. No GL.
#pragma once

#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

#include "core/atlas_anchoring.h"
#include "core/geodesics.h"

namespace myo {

struct ReferralField {
  std::vector<float> distance;   // m from the knot along the surface (+inf: unreachable)
  std::vector<float> essential;  // 0–1
  std::vector<float> spillover;  // 0–1
};

// The surface vertex nearest to `p`. O(vertices).
[[nodiscard]] std::uint32_t nearestSurfaceVertex(const SurfaceMesh& mesh, const glm::vec3& p);

// The field of `placed` on `mesh`: distance from the surface vertex nearest the knot; each zone's
// weight × zoneFalloff(geodesic distance from its core, size), the core being the blob's landmark
// or points every `step` along the path's landmarks; zones of one kind combine by max. Sizes
// scale with landmarks.scale. O((zones + 1) heat queries).
[[nodiscard]] ReferralField referralField(const SurfaceMesh& mesh, const HeatGeodesics& heat,
                                          const PlacedTriggerPoint& placed,
                                          const BodyLandmarks& landmarks, float step = 0.02f);

// `field` laid out per render vertex of the mesh's first part, as (distance m, essential,
// spillover): the form the renderer's field attribute takes. O(render vertices).
[[nodiscard]] std::vector<glm::vec3> firstPartRenderField(const SurfaceMesh& mesh,
                                                          const ReferralField& field);

}  // namespace myo
