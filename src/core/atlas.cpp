// Atlas lookups.
#include "core/atlas.h"

namespace myo {

const TriggerPoint* Atlas::findTriggerPoint(const std::string& id) const {
  for (const TriggerPoint& tp : triggerPoints)
    if (tp.id == id) return &tp;
  return nullptr;
}

const Technique* Atlas::findTechnique(const std::string& id) const {
  for (const Technique& t : techniques)
    if (t.id == id) return &t;
  return nullptr;
}

const MuscleInfo* Atlas::findMuscleInfo(const std::string& muscle) const {
  for (const MuscleInfo& m : muscles)
    if (m.muscle == muscle) return &m;
  return nullptr;
}

}  // namespace myo
