// Name catalogue for the measure_reference tool: which BodyParts3D part becomes which entry of
// the reference tables, under our snake_case name, and which end of it is the origin.
// Data only; depends on the reference table types.
#pragma once

#include <span>
#include <string_view>

#include "bodygen/reference_measurements.h"

namespace myo::measure {

// Where the origin end of a loft lies relative to its insertion end.
enum class OriginEnd { Superior, Inferior, Medial, Anterior };

struct MuscleSource {
  std::string_view fma;   // FMA id in the BodyParts3D node name, e.g. "FMA33586"
  std::string_view name;  // our snake_case name
  ref::BodySide side;
  OriginEnd originEnd;
  std::string_view source;  // the full BodyParts3D name
};

// A lofted bone: BodyParts3D base name ("femur" → "Right femur" / "Left femur").
struct BoneSource {
  std::string_view bp3dName;  // without the side word; "Sacrum" for the midline sacrum
  std::string_view name;      // our snake_case name
  OriginEnd originEnd;
  bool paired;
};

[[nodiscard]] std::span<const MuscleSource> muscleSources();
[[nodiscard]] std::span<const BoneSource> loftedBoneSources();

// "first" … "twelfth" for 1 … 12. Precondition: 1 <= n <= 12.
[[nodiscard]] std::string_view ordinalWord(int n);

}  // namespace myo::measure
