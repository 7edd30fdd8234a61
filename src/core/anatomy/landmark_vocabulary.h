// The landmark vocabulary of the body surface (LANDMARKS.md): the names shared by the bundled
// body, the atlas's locations and zones, and the pain finder. Pure data; no geometry, no GL.
#pragma once

#include <span>
#include <string_view>

namespace myo {

struct LandmarkName {
  std::string_view name;  // without side suffix, e.g. "acromion"
  bool bilateral;         // true: exists as NAME.L and NAME.R; false: midline, NAME only
};

// Every landmark, midline ones first. O(1).
[[nodiscard]] std::span<const LandmarkName> landmarkVocabulary();

// The entry named `name` (no suffix), or nullptr. O(vocabulary).
[[nodiscard]] const LandmarkName* findLandmarkName(std::string_view name);

}  // namespace myo
