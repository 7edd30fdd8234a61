// Skin = surface nets over the smooth union of the structures' solids, then smoothing.
#include "bodygen/skin.h"

#include "bodygen/distance_field.h"
#include "bodygen/mesh_smoothing.h"
#include "bodygen/surface_nets.h"

namespace myo {

Part buildSkin(std::span<const BodyShape> shapes, const SkinOptions& options) {
  DistanceField field(options.blend + 4.0f * options.cellSize);
  for (const BodyShape& shape : shapes)
    field.add(LoftTube(shape.loft, shape.subdivisions), options.blend, options.fat);
  Part skin = polygonise(field.sample(field.bounds(2.0f * options.cellSize), options.cellSize));
  taubinSmooth(skin);
  relaxTangentially(skin, 5);
  skin.name = "skin";
  skin.kind = PartKind::Skin;
  skin.extras = R"({"kind":"skin"})";
  return skin;
}

}  // namespace myo
