// Replaying a pain drawing's dabs on the surface and measuring what it covers.
#include "core/referral/pain_drawing.h"

#include <limits>

namespace myo {

float painWeight(PainLevel level) {
  return static_cast<float>(level) / 3.0f;
}

std::string_view painLevelName(PainLevel level) {
  switch (level) {
    case PainLevel::None:
      return "none";
    case PainLevel::Mild:
      return "mild";
    case PainLevel::Moderate:
      return "moderate";
    case PainLevel::Severe:
      return "severe";
  }
  return "none";
}

SurfaceShape surfaceShape(const SurfaceMesh& mesh) {
  SurfaceShape shape;
  shape.normals.assign(mesh.positions.size(), glm::vec3(0.0f));
  shape.areas.assign(mesh.positions.size(), 0.0f);
  for (const auto& f : mesh.faces) {
    const glm::vec3 cross = glm::cross(mesh.positions[f[1]] - mesh.positions[f[0]],
                                       mesh.positions[f[2]] - mesh.positions[f[0]]);
    const float third = glm::length(cross) / 6.0f;  // a third of the face's area
    for (const std::uint32_t v : f) {
      shape.normals[v] += cross;
      shape.areas[v] += third;
    }
  }
  for (glm::vec3& n : shape.normals) {
    const float length = glm::length(n);
    n = length > 0.0f ? n / length : glm::vec3(0.0f);
  }
  return shape;
}

void applyPainDab(std::vector<PainLevel>& levels, const SurfaceMesh& mesh,
                  const SurfaceShape& shape, const PainDab& dab) {
  levels.resize(mesh.positions.size(), PainLevel::None);
  if (mesh.positions.empty()) return;
  // The surface's way at the dab: the normal of the vertex nearest its centre.
  std::size_t nearest = 0;
  float best = std::numeric_limits<float>::infinity();
  const float radius2 = dab.radius * dab.radius;
  std::vector<std::uint32_t> within;
  for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
    const glm::vec3 d = mesh.positions[v] - dab.at;
    const float d2 = glm::dot(d, d);
    if (d2 < best) {
      best = d2;
      nearest = v;
    }
    if (d2 <= radius2) within.push_back(static_cast<std::uint32_t>(v));
  }
  const glm::vec3 facing = shape.normals[nearest];
  for (const std::uint32_t v : within)  // not through to a surface turned the other way
    if (glm::dot(shape.normals[v], facing) > 0.0f) levels[v] = dab.level;
}

std::vector<PainLevel> painLevels(const SurfaceMesh& mesh, const SurfaceShape& shape,
                                  const PainDrawing& drawing) {
  std::vector<PainLevel> levels(mesh.positions.size(), PainLevel::None);
  for (const PainDab& dab : drawing.dabs) applyPainDab(levels, mesh, shape, dab);
  return levels;
}

PaintedArea paintedArea(const std::vector<PainLevel>& levels, const SurfaceShape& shape,
                        const std::vector<std::uint8_t>& inside) {
  double area = 0.0, weighted = 0.0;
  for (std::size_t v = 0; v < levels.size() && v < shape.areas.size(); ++v) {
    if (levels[v] == PainLevel::None || (!inside.empty() && (v >= inside.size() || !inside[v])))
      continue;
    area += shape.areas[v];
    weighted += shape.areas[v] * painWeight(levels[v]);
  }
  return {static_cast<float>(area), area > 0.0 ? static_cast<float>(weighted / area) : 0.0f};
}

std::vector<float> levelWeights(const std::vector<PainLevel>& levels) {
  std::vector<float> weights;
  weights.reserve(levels.size());
  for (const PainLevel level : levels) weights.push_back(painWeight(level));
  return weights;
}

std::vector<float> drawingWeights(const SurfaceMesh& mesh, const SurfaceShape& shape,
                                  const PainDrawing& drawing) {
  return levelWeights(painLevels(mesh, shape, drawing));
}

std::vector<std::vector<float>> renderPainWeights(const SurfaceMesh& mesh,
                                                  const std::vector<float>& weights) {
  std::vector<std::vector<float>> out;
  for (const std::vector<std::uint32_t>& map : mesh.renderToSurface) {
    std::vector<float>& perVertex = out.emplace_back();
    perVertex.reserve(map.size());
    for (const std::uint32_t v : map) perVertex.push_back(v < weights.size() ? weights[v] : 0.0f);
  }
  return out;
}

}  // namespace myo
