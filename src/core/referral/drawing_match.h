// The pain finder over a drawing: every placed trigger point's essential and spillover fields on
// the paint surface's vertices (the pain finder's zone coverage, straight-line from the zones'
// landmarks), kept sparse, and the drawing's overlap with each, ranked. No GL, no UI.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/atlas/pain_finder.h"
#include "core/referral/pain_drawing.h"

namespace myo {

// How a drawing D and a point's field F (both area-weighted, 0–1 per vertex) are compared, with
// I = Σ area · min(D, F): how much of the drawing the field covers (I / ΣD), the weighted
// Jaccard index (I / Σ max(D, F)), or coverage both ways (√(I/ΣD · I/ΣF)).
enum class DrawingOverlap { DrawingCovered, WeightedJaccard, BothWays };
// The one the app ranks by (docs/treatment.md gives the measurements behind the choice).
inline constexpr DrawingOverlap kDrawingOverlap = DrawingOverlap::WeightedJaccard;

class DrawingMatcher {
 public:
  // Lays every point of `placed` (which must outlive the matcher) on `mesh`'s vertices.
  // O(points · zones · vertices near each zone).
  DrawingMatcher(const SurfaceMesh& mesh, const SurfaceShape& shape,
                 const std::vector<PlacedTriggerPoint>& placed, const BodyLandmarks& landmarks);

  // The points whose fields overlap the drawing `levels` (one per surface vertex), best first
  // (rankKey, then id), at most `top`; a point's kind is essential when at least a quarter of
  // its overlap lies on its essential zones, its prevalence common (uncommon) when half of it
  // lies on zones the notes call so. O(painted vertices + field sizes).
  [[nodiscard]] std::vector<PainFinding> rank(const std::vector<PainLevel>& levels,
                                              DrawingOverlap overlap, std::size_t top) const;

  // The field of placed point `index` at every surface vertex: max(essential, spillover / 2).
  // O(vertices).
  [[nodiscard]] std::vector<float> field(std::size_t index) const;

 private:
  struct SparseField {
    std::vector<std::uint32_t> vertices;
    std::vector<float> essential, spillover;  // per listed vertex, 0–1
    std::vector<Prevalence> prevalence;       // per listed vertex: of the zone that sets it
    double total = 0.0;                       // Σ area · max(essential, spillover / 2), m²
  };
  const std::vector<PlacedTriggerPoint>& placed_;
  std::vector<float> areas_;
  std::vector<SparseField> fields_;  // per placed point
};

}  // namespace myo
