// Part classification (muscle, tendon, bone, skin, other) from a part's name and glTF extras.
// String logic only; depends on the model types, never on importers or rendering.
#pragma once

#include <string_view>

#include "core/geometry/model.h"

namespace myo {

// Kind of a part. An extras object with a recognised "kind" string ("muscle", "tendon", "bone",
// "skin", "other", …) wins; otherwise the name is split into words (ids such as "FJ441",
// "BP62721", "FMA32547" and side tags ignored) and matched against anatomical word lists, e.g.
// "Right infraspinatus" → Muscle, "Third lumbar vertebra" → Bone, "Achilles tendon" → Tendon,
// "Trapezius muscle.r" → Muscle, "skin" → Skin. Unknown when nothing matches. O(name + extras).
[[nodiscard]] PartKind classifyPart(std::string_view name, std::string_view extrasJson);

// The kind as a lower-case word: "muscle", "tendon", "bone", "skin", "other", "unknown". O(1).
[[nodiscard]] const char* partKindWord(PartKind kind);

}  // namespace myo
