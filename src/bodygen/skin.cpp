// Skin = surface nets over the smooth union of the structures' solids, then smoothing.
#include "bodygen/skin.h"

#include "bodygen/distance_field.h"
#include "bodygen/mesh_smoothing.h"
#include "bodygen/surface_nets.h"
#include "core/geometry/mesh_topology.h"

namespace myo {
namespace {

// Keeps the solid out of a slab |x| < halfWidth below `top` (rounded at the top), blended over
// 1 cm so the inner thighs flatten where they would touch. O(samples).
void carveLegCleft(ScalarGrid& grid, float top, float halfWidth) {
  carve(
      grid,
      [top, halfWidth](const glm::vec3& p) {
        return p.y < top ? std::abs(p.x) - halfWidth
                         : glm::length(glm::vec2(p.x, p.y - top)) - halfWidth;
      },
      0.01f);
}

}  // namespace

Part buildSkin(std::span<const BodyShape> shapes, const SkinOptions& options) {
  DistanceField field(options.blend + 4.0f * options.cellSize);
  for (const BodyShape& shape : shapes)
    field.add(LoftTube(shape.loft, shape.subdivisions), options.blend, options.fat);
  ScalarGrid grid = field.sample(field.bounds(2.0f * options.cellSize), options.cellSize);
  if (options.cleftTop > 0.0f) carveLegCleft(grid, options.cleftTop, options.cleftHalfWidth);
  Part skin = polygonise(grid);
  keepLargestComponent(skin);  // no enclosed bubbles where structures leave a hollow
  taubinSmooth(skin);
  relaxTangentially(skin, 5);
  skin.name = "skin";
  skin.kind = PartKind::Skin;
  skin.extras = R"({"kind":"skin"})";
  return skin;
}

}  // namespace myo
