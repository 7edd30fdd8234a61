// A trigger point's referral on the body's surface, per surface vertex: the geodesic distance
// from the knot and the essential and spillover zone weights (soft-edged, 0–1). Computed once per
// selection; the animation then only needs time. No GL.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include <glm/glm.hpp>

#include "core/atlas/atlas_anchoring.h"
#include "core/geometry/geodesics.h"

namespace myo {

struct ReferralField {
  std::vector<float> distance;   // m from the knot along the surface (+inf: unreachable)
  std::vector<float> essential;  // 0–1
  std::vector<float> spillover;  // 0–1
};

// The surface vertex nearest to `p`. O(vertices).
[[nodiscard]] std::uint32_t nearestSurfaceVertex(const SurfaceMesh& mesh, const glm::vec3& p);

// How zones are laid on a surface.
struct ZonePainting {
  // Zone core points farther than this from the surface are left out (m): where it does not
  // reach, e.g. a muscle-only body under the temple.
  float landmarkReach = std::numeric_limits<float>::infinity();
  // Measure a zone by straight-line distance from its core instead of along the surface: for
  // overlapping muscle surfaces under a skin zone, so every layer under it is painted alike.
  bool straight = false;
  float step = 0.02f;  // m between core points along a path zone
  // Width of a zone's soft edge (m): the weight eases from full to none across a band this wide
  // centred on the zone's stated size (half at the size itself), never starting before a third
  // of it.
  float edge = 0.03f;
};

// A zone's paint at `distance` (m) from its core for a zone of `size` (m) with an `edge`-wide
// soft rim: 1 inside, easing (smoothstep) to 0 at size + edge/2. O(1).
[[nodiscard]] float paintedZoneFalloff(float distance, float size, float edge);

// The field of `placed` on `mesh`: distance from the surface vertex nearest the knot; each zone's
// weight × paintedZoneFalloff(distance from its core, size, edge), the core being the blob's
// landmark or points every `painting.step` along the path's landmarks; zones of one kind combine by
// max. Sizes scale with landmarks.scale. O((zones + 1) distance queries).
[[nodiscard]] ReferralField referralField(const SurfaceMesh& mesh, const SurfaceDistance& distance,
                                          const PlacedTriggerPoint& placed,
                                          const BodyLandmarks& landmarks,
                                          const ZonePainting& painting = {});

// `field` laid out per render vertex of each of the mesh's parts (renderToSurface's order), as
// (distance m, essential, spillover): the form the renderer's field attribute takes.
// O(render vertices).
[[nodiscard]] std::vector<std::vector<glm::vec3>> renderFields(const SurfaceMesh& mesh,
                                                               const ReferralField& field);

// One painted model part and the fields on it, one per selected trigger point.
struct PaintedPart {
  std::size_t part = 0;
  std::vector<std::vector<glm::vec3>> fields;  // per render vertex, as renderFields lays out
};

// Regroups render fields of several points (each from renderFields) per painted part; `parts`
// names the model part of each mesh part. O(total size).
[[nodiscard]] std::vector<PaintedPart> paintedParts(
    const std::vector<std::size_t>& parts,
    const std::vector<std::vector<std::vector<glm::vec3>>>& perPoint);

// Bounds of `knots` and of the painted render vertices of `model` whose essential or spillover
// weight exceeds `threshold` in any field: what a picture of the referral must show.
// O(painted vertices × fields).
[[nodiscard]] Bounds referralBounds(const Model& model, const std::vector<PaintedPart>& painted,
                                    const std::vector<glm::vec3>& knots, float threshold = 0.05f);

// The way the painted zones face: the sum of their render vertices' normals, each weighted by
// its essential weight plus half its spillover weight (not unit length; zero when nothing is
// painted). A camera looking back along it sees most of the referral. O(painted vertices).
[[nodiscard]] glm::vec3 referralFacing(const Model& model, const std::vector<PaintedPart>& painted);

// How much of the painted referral a viewer in direction `toViewer` (unit) sees: each render
// vertex's essential weight plus half its spillover, times how squarely its normal faces the
// viewer (faces turned away count nothing). O(painted vertices).
[[nodiscard]] float referralVisibility(const Model& model, const std::vector<PaintedPart>& painted,
                                       const glm::vec3& toViewer);

// The way the surface around the knots faces: the sum of the normals of the painted render
// vertices within `radius` m of a knot along the surface (zero when none). O(painted vertices).
[[nodiscard]] glm::vec3 knotFacing(const Model& model, const std::vector<PaintedPart>& painted,
                                   float radius);

}  // namespace myo
