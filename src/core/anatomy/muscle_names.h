// Matching model part names to the muscle catalogue: our own names (`trapezius_descending.L`),
// BodyParts3D/FMA names ("FJ383_BP63742_FMA33586_Descending part of right trapezius"),
// Z-Anatomy style ("Trapezius muscle.r"), plain ("Left_Trapezius") and common Latin forms
// ("Musculus deltoideus dexter"). String logic only; no geometry, no GL.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/anatomy/muscle_catalog.h"

namespace myo {

enum class BodySideWord { None, Left, Right };

// A part name reduced to canonical words: side words, source ids and filler ("muscle", "of",
// "part", "head", …) removed, synonyms mapped ("deltoideus" -> "deltoid", "peroneus" ->
// "fibularis", "upper" kept as is), plus the side and any FMA id found. O(length).
struct PartName {
  std::vector<std::string> words;  // sorted, unique
  BodySideWord side = BodySideWord::None;
  std::string fma;  // "FMA33586" when the name carries one
};
[[nodiscard]] PartName parsePartName(std::string_view name);

// How a part carries a catalogue muscle.
enum class MuscleMatch {
  None,
  Exact,  // the part is that muscle (or division): all its words, by name or FMA id
  Whole,  // the part is the whole muscle of which the catalogue entry is a division
};

// Whether the part named `part` carries catalogue muscle `muscle` (e.g. "trapezius_descending").
// FMA ids are compared first when both sides have one. O(words · phrases).
[[nodiscard]] MuscleMatch matchMuscle(const PartName& part, std::string_view muscle);

// The catalogue muscle a part named `name` is (an exact match preferred over a whole muscle
// standing for its first division), and its side from the name; nullptr when none.
// O(catalogue · words).
struct IdentifiedMuscle {
  const MuscleSpec* spec = nullptr;
  BodySideWord side = BodySideWord::None;
};
[[nodiscard]] IdentifiedMuscle identifyMuscle(std::string_view name);

}  // namespace myo
