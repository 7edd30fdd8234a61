// Part removal with renumbering, and padded bounds.
#include "core/geometry/model_edits.h"

#include <algorithm>

namespace myo {

std::vector<std::size_t> removePartsOfKinds(Model& model, const std::vector<PartKind>& kinds) {
  const auto removed = [&kinds](const Part& part) {
    return std::find(kinds.begin(), kinds.end(), part.kind) != kinds.end();
  };
  std::vector<std::size_t> newIndex(model.parts.size(), model.parts.size());
  std::size_t kept = 0;
  for (std::size_t i = 0; i < model.parts.size(); ++i)
    if (!removed(model.parts[i])) newIndex[i] = kept++;
  std::erase_if(model.parts, removed);
  return newIndex;
}

Bounds paddedBounds(const Bounds& bounds, float margin, float minimum) {
  const glm::vec3 pad = glm::max(margin * bounds.size(), 0.5f * (minimum - bounds.size()));
  return {bounds.min - pad, bounds.max + pad};
}

}  // namespace myo
