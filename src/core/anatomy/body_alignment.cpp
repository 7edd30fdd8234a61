// Body datum from vertex bounds.
#include "core/anatomy/body_alignment.h"

namespace myo {

BodyDatum bodyDatum(const Model& model) {
  Bounds bounds;
  for (const Part& part : model.parts)
    if (part.kind != PartKind::Skin)
      for (const glm::vec3& p : part.positions) bounds.add(p);
  if (bounds.empty()) return {};
  Bounds soles;
  for (const Part& part : model.parts)
    if (part.kind != PartKind::Skin)
      for (const glm::vec3& p : part.positions)
        if (p.y < bounds.min.y + 0.03f * bounds.size().y) soles.add(p);
  BodyDatum datum;
  datum.origin = {bounds.center().x, bounds.min.y, soles.center().z};
  datum.height = bounds.size().y;
  return datum;
}

}  // namespace myo
