// Atlas lookups.
#include "core/atlas/atlas.h"

namespace myo {
namespace {

// The first of `items` whose `key` member equals `value`, or nullptr. O(items).
template <typename T>
const T* findBy(const std::vector<T>& items, std::string T::*key, const std::string& value) {
  for (const T& item : items)
    if (item.*key == value) return &item;
  return nullptr;
}

}  // namespace

const TriggerPoint* Atlas::findTriggerPoint(const std::string& id) const {
  return findBy(triggerPoints, &TriggerPoint::id, id);
}

const Technique* Atlas::findTechnique(const std::string& id) const {
  return findBy(techniques, &Technique::id, id);
}

const MuscleInfo* Atlas::findMuscleInfo(const std::string& muscle) const {
  return findBy(muscles, &MuscleInfo::muscle, muscle);
}

const RedFlag* Atlas::findRedFlag(const std::string& id) const {
  return findBy(safety.redFlags, &RedFlag::id, id);
}

}  // namespace myo
