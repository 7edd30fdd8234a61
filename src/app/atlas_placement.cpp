// Process-wide bundled atlas and body; placement through core anchoring.
#include "app/atlas_placement.h"

#include "app/atlas_source.h"
#include "app/body_source.h"

namespace myo {

const Atlas* bundledAtlas() {
  static const AtlasLoad load = loadAtlasOrBundled({});
  return load.ok() ? &load.atlas : nullptr;
}

const ReferenceBody* bundledReference() {
  if (const ReferenceBody* kept = keptBundledReference()) return kept;
  (void)loadBodyOrDefault({}, {});  // keeps its reference
  return keptBundledReference();
}

Result<AtlasPlacement> placeBundledAtlas(const Model& model) {
  const Atlas* atlas = bundledAtlas();
  const ReferenceBody* reference = bundledReference();
  if (atlas == nullptr || reference == nullptr)
    return Error{"", "", "the bundled atlas or body does not load"};
  AtlasPlacement placement;
  placement.landmarks = bodyLandmarks(model, *reference);
  placement.placed = anchorAtlas(*atlas, model, placement.landmarks);
  return placement;
}

}  // namespace myo
