// The landmark vocabulary of the body surface (LANDMARKS.md): the names shared by the bundled
// body, the atlas's locations and zones, and the pain finder. Pure data; no geometry, no GL.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace myo {

struct LandmarkName {
  std::string_view name;   // without side suffix, e.g. "acromion"
  bool bilateral;          // true: exists as NAME.L and NAME.R; false: midline, NAME only
  std::string_view plain;  // as a person says it, e.g. "Tip of the shoulder"
};

// Every landmark, midline ones first. O(1).
[[nodiscard]] std::span<const LandmarkName> landmarkVocabulary();

// The entry named `name` (no suffix), or nullptr. O(vocabulary).
[[nodiscard]] const LandmarkName* findLandmarkName(std::string_view name);

// "acromion.L" → "Tip of the shoulder (left)", "c7" → its plain name; an unknown name comes back
// with underscores as spaces and a capital. O(vocabulary).
[[nodiscard]] std::string plainLandmarkName(std::string_view nameWithSide);

}  // namespace myo
