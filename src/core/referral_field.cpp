// Zone cores as heat sources; weights through the pain finder's falloff.
#include "core/referral_field.h"

#include <algorithm>

#include "core/mesh_measures.h"
#include "core/pain_finder.h"

namespace myo {
namespace {

// Surface vertices along the zone's core on `side`: its landmark, or samples along its path.
std::vector<std::uint32_t> zoneCore(const SurfaceMesh& mesh, const AtlasZone& zone, char side,
                                    const BodyLandmarks& landmarks, float step) {
  const std::vector<glm::vec3> points = zoneLandmarkPoints(zone, side, landmarks);
  std::vector<std::uint32_t> core;
  for (std::size_t i = 0; i < points.size(); ++i) {
    core.push_back(nearestSurfaceVertex(mesh, points[i]));
    if (i + 1 == points.size()) break;
    const int samples = static_cast<int>(glm::distance(points[i], points[i + 1]) / step);
    for (int s = 1; s < samples; ++s)
      core.push_back(nearestSurfaceVertex(
          mesh,
          glm::mix(points[i], points[i + 1], static_cast<float>(s) / static_cast<float>(samples))));
  }
  std::sort(core.begin(), core.end());
  core.erase(std::unique(core.begin(), core.end()), core.end());
  return core;
}

void addZones(const SurfaceMesh& mesh, const HeatGeodesics& heat,
              const std::vector<AtlasZone>& zones, char side, const BodyLandmarks& landmarks,
              float step, std::vector<float>& weights) {
  for (const AtlasZone& zone : zones) {
    const float size = zoneReach(zone, landmarks);
    for (const char s : zoneSides(zone, side)) {
      const std::vector<std::uint32_t> core = zoneCore(mesh, zone, s, landmarks, step);
      if (core.empty()) continue;
      const std::vector<float> d = heat.distances(core);
      for (std::size_t v = 0; v < weights.size(); ++v)
        weights[v] = std::max(weights[v], zone.weight * zoneFalloff(d[v], size));
    }
  }
}

}  // namespace

std::uint32_t nearestSurfaceVertex(const SurfaceMesh& mesh, const glm::vec3& p) {
  return static_cast<std::uint32_t>(nearestVertex(mesh.positions, p));
}

ReferralField referralField(const SurfaceMesh& mesh, const HeatGeodesics& heat,
                            const PlacedTriggerPoint& placed, const BodyLandmarks& landmarks,
                            float step) {
  ReferralField field;
  field.distance = heat.distances({nearestSurfaceVertex(mesh, placed.position)});
  field.essential.assign(mesh.positions.size(), 0.0f);
  field.spillover.assign(mesh.positions.size(), 0.0f);
  addZones(mesh, heat, placed.point->essential, placed.side, landmarks, step, field.essential);
  addZones(mesh, heat, placed.point->spillover, placed.side, landmarks, step, field.spillover);
  return field;
}

std::vector<glm::vec3> firstPartRenderField(const SurfaceMesh& mesh, const ReferralField& field) {
  std::vector<glm::vec3> perVertex;
  perVertex.reserve(mesh.renderToSurface.front().size());
  for (const std::uint32_t v : mesh.renderToSurface.front())
    perVertex.push_back({field.distance[v], field.essential[v], field.spillover[v]});
  return perVertex;
}

}  // namespace myo
