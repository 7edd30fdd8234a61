// A person's drawing of where it hurts on the body's paint surface: brush dabs (a centre, a
// radius, an intensity; an eraser dab clears), replayed into a level per surface vertex, with the
// painted area and the render layout the renderer's pain attribute takes. The same surface the
// referral fields are painted on. No GL, no UI.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>

#include "core/geometry/surface_mesh.h"

namespace myo {

enum class PainLevel : std::uint8_t { None = 0, Mild = 1, Moderate = 2, Severe = 3 };

// 0, 1/3, 2/3, 1: a level's weight in areas, overlaps and the drawing's colour. O(1).
[[nodiscard]] float painWeight(PainLevel level);
// "mild", "moderate", "severe" ("none" for the eraser). O(1).
[[nodiscard]] std::string_view painLevelName(PainLevel level);

// One touch of the brush: every surface vertex within `radius` m of `at` whose normal faces the
// same way as the surface there takes `level` (None erases).
struct PainDab {
  glm::vec3 at{0.0f};  // world, m
  float radius = 0.03f;
  PainLevel level = PainLevel::Moderate;
};

struct PainDrawing {
  std::vector<PainDab> dabs;  // in the order painted; later dabs overwrite earlier ones
  [[nodiscard]] bool empty() const { return dabs.empty(); }
};

// What the drawing needs of a surface, computed once per surface: each vertex's normal (unit,
// area weighted) and its share of the area (a third of each face around it, m²).
struct SurfaceShape {
  std::vector<glm::vec3> normals;
  std::vector<float> areas;
};
[[nodiscard]] SurfaceShape surfaceShape(const SurfaceMesh& mesh);  // O(faces)

// Applies `dab` to `levels` (one per surface vertex). O(vertices).
void applyPainDab(std::vector<PainLevel>& levels, const SurfaceMesh& mesh,
                  const SurfaceShape& shape, const PainDab& dab);
// The drawing's level at every surface vertex, its dabs applied in order. O(dabs · vertices).
[[nodiscard]] std::vector<PainLevel> painLevels(const SurfaceMesh& mesh, const SurfaceShape& shape,
                                                const PainDrawing& drawing);

// The painted area (m²) and its area-weighted mean weight (0 when nothing is painted), over the
// vertices `inside` accepts (all when empty). O(vertices).
struct PaintedArea {
  float squareMetres = 0.0f;
  float meanWeight = 0.0f;
};
[[nodiscard]] PaintedArea paintedArea(const std::vector<PainLevel>& levels,
                                      const SurfaceShape& shape,
                                      const std::vector<std::uint8_t>& inside = {});

// Each level's painWeight. O(vertices).
[[nodiscard]] std::vector<float> levelWeights(const std::vector<PainLevel>& levels);
// The weight of `drawing` at every surface vertex: levelWeights of its painLevels.
// O(dabs · vertices).
[[nodiscard]] std::vector<float> drawingWeights(const SurfaceMesh& mesh, const SurfaceShape& shape,
                                                const PainDrawing& drawing);

// `weights` (per surface vertex) per render vertex of each of the mesh's parts (renderToSurface's
// order): the form the renderer's pain attribute takes. O(render vertices).
[[nodiscard]] std::vector<std::vector<float>> renderPainWeights(const SurfaceMesh& mesh,
                                                                const std::vector<float>& weights);

}  // namespace myo
