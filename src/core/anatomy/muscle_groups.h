// Muscle groups as anatomy classes and clinics name them (rotator cuff, hamstrings,
// quadriceps, calf, suboccipitals, erector spinae …), over the muscle catalogue's names, with
// the words people search them by. Pure data; no geometry, no GL.
#pragma once

#include <span>
#include <string_view>

namespace myo {

struct MuscleGroup {
  std::string_view name;                      // "Rotator cuff"
  std::string_view words;                     // more search words, "shoulder cuff SITS"
  std::span<const std::string_view> muscles;  // catalogue names, each in the catalogue
};

// Every group, in the order the parts panel lists them. O(1).
[[nodiscard]] std::span<const MuscleGroup> muscleGroups();

}  // namespace myo
