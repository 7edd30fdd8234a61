// Part names for people: a readable label from a raw node name, and the side words shown after
// a muscle's name. Pure functions on strings; no GL, no UI.
#pragma once

#include <string>
#include <string_view>

namespace myo {

// Readable label for a raw part name: drops BodyParts3D id tokens (FJ…, BP…, FMA…), turns
// underscores into spaces, maps a ".L"/".R" side suffix to a "Left "/"Right " prefix and
// capitalises the first letter. "FJ441_BP62721_FMA32547_Right infraspinatus" → "Right
// infraspinatus", "trapezius.L" → "Left trapezius". Returns the raw name when nothing readable
// remains. O(name length).
[[nodiscard]] std::string readablePartLabel(std::string_view rawName);

// " (left)" for 'L', " (right)" for 'R', "" otherwise: what follows a muscle's name. O(1).
[[nodiscard]] const char* sideSuffix(char side);

}  // namespace myo
