// Zone cores as distance sources; weights through a soft-edged falloff.
#include "core/referral/referral_field.h"

#include <algorithm>

#include "core/atlas/pain_finder.h"
#include "core/geometry/mesh_measures.h"

namespace myo {
namespace {

// Where the zone's core on `side` lies (its landmark, or samples every `step` along its path)
// and the field is computed: the limits of a referral query.
struct CoreQuery {
  const SurfaceMesh& mesh;
  const BodyLandmarks& landmarks;
  const ZonePainting& painting;
};

// Straight-line distance (m) from each vertex to the nearest core vertex. O(vertices · core).
std::vector<float> straightDistances(const SurfaceMesh& mesh,
                                     const std::vector<std::uint32_t>& core) {
  std::vector<float> out(mesh.positions.size(), std::numeric_limits<float>::infinity());
  for (std::size_t v = 0; v < out.size(); ++v)
    for (const std::uint32_t c : core)
      out[v] = std::min(out[v], glm::distance(mesh.positions[v], mesh.positions[c]));
  return out;
}

// Surface vertices along the zone's core on `side`.
std::vector<std::uint32_t> zoneCore(const CoreQuery& query, const AtlasZone& zone, char side) {
  const std::vector<glm::vec3> points = zoneLandmarkPoints(zone, side, query.landmarks);
  std::vector<glm::vec3> samples;
  for (std::size_t i = 0; i < points.size(); ++i) {
    samples.push_back(points[i]);
    if (i + 1 == points.size()) break;
    const int count =
        static_cast<int>(glm::distance(points[i], points[i + 1]) / query.painting.step);
    for (int s = 1; s < count; ++s)
      samples.push_back(
          glm::mix(points[i], points[i + 1], static_cast<float>(s) / static_cast<float>(count)));
  }
  std::vector<std::uint32_t> core;
  for (const glm::vec3& p : samples) {
    const std::uint32_t v = nearestSurfaceVertex(query.mesh, p);
    if (glm::distance(query.mesh.positions[v], p) <= query.painting.landmarkReach)
      core.push_back(v);
  }
  std::sort(core.begin(), core.end());
  core.erase(std::unique(core.begin(), core.end()), core.end());
  return core;
}

void addZones(const CoreQuery& query, const SurfaceDistance& distance,
              const std::vector<AtlasZone>& zones, char side, std::vector<float>& weights) {
  for (const AtlasZone& zone : zones) {
    const float size = zoneReach(zone, query.landmarks);
    for (const char s : zoneSides(zone, side)) {
      const std::vector<std::uint32_t> core = zoneCore(query, zone, s);
      if (core.empty()) continue;
      const std::vector<float> d =
          query.painting.straight ? straightDistances(query.mesh, core) : distance.distances(core);
      for (std::size_t v = 0; v < weights.size(); ++v)
        weights[v] =
            std::max(weights[v], zone.weight * paintedZoneFalloff(d[v], size, query.painting.edge));
    }
  }
}

}  // namespace

float paintedZoneFalloff(float distance, float size, float edge) {
  if (size <= 0.0f) return 0.0f;
  const float outer = size + 0.5f * edge;
  const float inner = std::max(size - 0.5f * edge, size / 3.0f);
  if (distance <= inner) return 1.0f;
  if (distance >= outer) return 0.0f;
  const float t = (outer - distance) / (outer - inner);  // 1 inside, 0 outside
  return t * t * (3.0f - 2.0f * t);
}

std::uint32_t nearestSurfaceVertex(const SurfaceMesh& mesh, const glm::vec3& p) {
  return static_cast<std::uint32_t>(nearestVertex(mesh.positions, p));
}

ReferralField referralField(const SurfaceMesh& mesh, const SurfaceDistance& distance,
                            const PlacedTriggerPoint& placed, const BodyLandmarks& landmarks,
                            const ZonePainting& painting) {
  const CoreQuery query{mesh, landmarks, painting};
  ReferralField field;
  field.distance = distance.distances({nearestSurfaceVertex(mesh, placed.position)});
  field.essential.assign(mesh.positions.size(), 0.0f);
  field.spillover.assign(mesh.positions.size(), 0.0f);
  addZones(query, distance, placed.point->essential, placed.side, field.essential);
  addZones(query, distance, placed.point->spillover, placed.side, field.spillover);
  return field;
}

std::vector<std::vector<glm::vec3>> renderFields(const SurfaceMesh& mesh,
                                                 const ReferralField& field) {
  std::vector<std::vector<glm::vec3>> out;
  for (const std::vector<std::uint32_t>& map : mesh.renderToSurface) {
    std::vector<glm::vec3>& perVertex = out.emplace_back();
    perVertex.reserve(map.size());
    for (const std::uint32_t v : map)
      perVertex.push_back({field.distance[v], field.essential[v], field.spillover[v]});
  }
  return out;
}

std::vector<PaintedPart> paintedParts(
    const std::vector<std::size_t>& parts,
    const std::vector<std::vector<std::vector<glm::vec3>>>& perPoint) {
  std::vector<PaintedPart> out;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    PaintedPart& painted = out.emplace_back();
    painted.part = parts[k];
    for (const auto& point : perPoint) painted.fields.push_back(point[k]);
  }
  return out;
}

glm::vec3 referralFacing(const Model& model, const std::vector<PaintedPart>& painted) {
  glm::vec3 facing(0.0f);
  for (const PaintedPart& p : painted) {
    const Part& part = model.parts[p.part];
    if (part.normals.size() != part.positions.size()) continue;
    for (const std::vector<glm::vec3>& field : p.fields)
      for (std::size_t v = 0; v < field.size() && v < part.normals.size(); ++v)
        facing += (field[v].y + 0.5f * field[v].z) * part.normals[v];
  }
  return facing;
}

float referralVisibility(const Model& model, const std::vector<PaintedPart>& painted,
                         const glm::vec3& toViewer) {
  float seen = 0.0f;
  for (const PaintedPart& p : painted) {
    const Part& part = model.parts[p.part];
    for (const std::vector<glm::vec3>& field : p.fields)
      for (std::size_t v = 0; v < field.size() && v < part.normals.size(); ++v)
        seen +=
            (field[v].y + 0.5f * field[v].z) * std::max(0.0f, glm::dot(part.normals[v], toViewer));
  }
  return seen;
}

glm::vec3 knotFacing(const Model& model, const std::vector<PaintedPart>& painted, float radius) {
  glm::vec3 facing(0.0f);
  for (const PaintedPart& p : painted) {
    const Part& part = model.parts[p.part];
    for (const std::vector<glm::vec3>& field : p.fields)
      for (std::size_t v = 0; v < field.size() && v < part.normals.size(); ++v)
        if (field[v].x < radius) facing += part.normals[v];
  }
  return facing;
}

Bounds referralBounds(const Model& model, const std::vector<PaintedPart>& painted,
                      const std::vector<glm::vec3>& knots, float threshold) {
  Bounds bounds;
  for (const glm::vec3& knot : knots) bounds.add(knot);
  for (const PaintedPart& p : painted) {
    const Part& part = model.parts[p.part];
    for (const std::vector<glm::vec3>& field : p.fields)
      for (std::size_t v = 0; v < field.size(); ++v)
        if (std::max(field[v].y, field[v].z) > threshold) bounds.add(part.positions[v]);
  }
  return bounds;
}

}  // namespace myo
