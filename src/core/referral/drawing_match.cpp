// Sparse point fields on the surface and the drawing's overlap with them.
#include "core/referral/drawing_match.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace myo {
namespace {

constexpr float kSpilloverFactor = 0.5f;  // as the spot finder counts spillover
constexpr double kEssentialShare = 0.25;  // of the overlap, for the match to count as essential

// Surface vertices sorted by height, so a zone's box is searched in its height range only.
struct HeightIndex {
  std::vector<std::uint32_t> order;
  std::vector<float> heights;  // sorted, per order entry
};

HeightIndex heightIndex(const SurfaceMesh& mesh) {
  HeightIndex index;
  index.order.resize(mesh.positions.size());
  std::iota(index.order.begin(), index.order.end(), 0u);
  std::sort(index.order.begin(), index.order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return mesh.positions[a].y < mesh.positions[b].y;
  });
  for (const std::uint32_t v : index.order) index.heights.push_back(mesh.positions[v].y);
  return index;
}

// A kind of zone laid on the vertices: its weight and the prevalence of the zone giving it.
struct LaidZones {
  std::vector<float> weights;
  std::vector<Prevalence> prevalence;
};

// Adds `zone`'s coverage of the vertices near it to `laid` (by max). O(vertices in range).
void layZone(const AtlasZone& zone, char side, const BodyLandmarks& landmarks,
             const SurfaceMesh& mesh, const HeightIndex& index, LaidZones& laid,
             std::vector<std::uint32_t>& touched) {
  std::vector<float>& weights = laid.weights;
  for (const char s : zoneSides(zone, side)) {
    const std::vector<glm::vec3> points = zoneLandmarkPoints(zone, s, landmarks);
    if (points.empty()) continue;
    const float reach = zoneReach(zone, landmarks);
    glm::vec3 lo = points.front(), hi = points.front();
    for (const glm::vec3& p : points) {
      lo = glm::min(lo, p);
      hi = glm::max(hi, p);
    }
    lo -= glm::vec3(reach);
    hi += glm::vec3(reach);
    const auto first = std::lower_bound(index.heights.begin(), index.heights.end(), lo.y);
    const auto last = std::upper_bound(first, index.heights.end(), hi.y);
    for (auto it = first; it != last; ++it) {
      const std::uint32_t v = index.order[static_cast<std::size_t>(it - index.heights.begin())];
      const glm::vec3& p = mesh.positions[v];
      if (p.x < lo.x || p.x > hi.x || p.z < lo.z || p.z > hi.z) continue;
      const float w = zoneCoverage(zone, s, landmarks, p);
      if (w <= 0.0f) continue;
      if (weights[v] == 0.0f) touched.push_back(v);
      if (w > weights[v]) {
        weights[v] = w;
        laid.prevalence[v] = zone.prevalence;
      }
    }
  }
}

}  // namespace

DrawingMatcher::DrawingMatcher(const SurfaceMesh& mesh, const SurfaceShape& shape,
                               const std::vector<PlacedTriggerPoint>& placed,
                               const BodyLandmarks& landmarks)
    : placed_(placed), areas_(shape.areas) {
  const HeightIndex index = heightIndex(mesh);
  LaidZones essential{std::vector<float>(mesh.positions.size(), 0.0f),
                      std::vector<Prevalence>(mesh.positions.size(), Prevalence::Unstated)};
  LaidZones spillover = essential;
  for (const PlacedTriggerPoint& p : placed) {
    std::vector<std::uint32_t> touched;
    for (const AtlasZone& zone : p.point->essential)
      layZone(zone, p.side, landmarks, mesh, index, essential, touched);
    for (const AtlasZone& zone : p.point->spillover)
      layZone(zone, p.side, landmarks, mesh, index, spillover, touched);
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    SparseField& f = fields_.emplace_back();
    f.vertices = touched;
    for (const std::uint32_t v : touched) {
      const float e = essential.weights[v], s = spillover.weights[v];
      f.essential.push_back(e);
      f.spillover.push_back(s);
      f.prevalence.push_back(e >= kSpilloverFactor * s ? essential.prevalence[v]
                                                       : spillover.prevalence[v]);
      f.total += static_cast<double>(areas_[v]) * std::max(e, kSpilloverFactor * s);
      essential.weights[v] = spillover.weights[v] = 0.0f;
    }
  }
}

std::vector<float> DrawingMatcher::field(std::size_t index) const {
  std::vector<float> out(areas_.size(), 0.0f);
  const SparseField& f = fields_.at(index);
  for (std::size_t i = 0; i < f.vertices.size(); ++i)
    out[f.vertices[i]] = std::max(f.essential[i], kSpilloverFactor * f.spillover[i]);
  return out;
}

std::vector<PainFinding> DrawingMatcher::rank(const std::vector<PainLevel>& levels,
                                              DrawingOverlap overlap, std::size_t top) const {
  double drawn = 0.0;
  for (std::size_t v = 0; v < levels.size() && v < areas_.size(); ++v)
    drawn += static_cast<double>(areas_[v]) * painWeight(levels[v]);
  std::vector<PainFinding> findings;
  if (drawn <= 0.0) return findings;
  for (std::size_t k = 0; k < fields_.size(); ++k) {
    const SparseField& f = fields_[k];
    double shared = 0.0, onEssential = 0.0, common = 0.0, uncommon = 0.0;
    for (std::size_t i = 0; i < f.vertices.size(); ++i) {
      const std::uint32_t v = f.vertices[i];
      if (v >= levels.size() || levels[v] == PainLevel::None) continue;
      const double d = painWeight(levels[v]), a = areas_[v];
      const double here =
          a * std::min<double>(d, std::max(f.essential[i], kSpilloverFactor * f.spillover[i]));
      shared += here;
      onEssential += a * std::min<double>(d, f.essential[i]);
      if (f.prevalence[i] == Prevalence::Common) common += here;
      if (f.prevalence[i] == Prevalence::Uncommon) uncommon += here;
    }
    if (shared <= 0.0 || f.total <= 0.0) continue;
    double score = shared / drawn;
    if (overlap == DrawingOverlap::WeightedJaccard)
      score = shared / (drawn + f.total - shared);
    else if (overlap == DrawingOverlap::BothWays)
      score = std::sqrt(shared / drawn * (shared / f.total));
    const ZoneKind kind =
        onEssential >= kEssentialShare * shared ? ZoneKind::Essential : ZoneKind::Spillover;
    const Prevalence prevalence = common >= 0.5 * shared     ? Prevalence::Common
                                  : uncommon >= 0.5 * shared ? Prevalence::Uncommon
                                                             : Prevalence::Unstated;
    findings.push_back({&placed_[k], kind, static_cast<float>(score), prevalence});
  }
  rankFindings(findings, top);
  return findings;
}

}  // namespace myo
