// The muscle vocabulary shared by the bundled body, the atlas and anchoring: node names, display
// names, depth layer, the row of the trigger point research they serve, and the BodyParts3D /
// FMA names where the real muscle is known. Pure data; no geometry, no GL.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace myo {

enum class BodyRegion { HeadNeck, ShoulderArm, Trunk, HipPelvis, LegFoot };

struct MuscleSpec {
  std::string_view name;         // snake_case node name without side, e.g. "trapezius_descending"
  std::string_view displayName;  // e.g. "Trapezius, descending part"
  BodyRegion region;
  int layer;        // 1 superficial, 2 intermediate, 3 deep
  int researchRow;  // row of shared research table 2.x (1–43); 0 = anatomical context
  std::string_view referenceName;  // BodyParts3D name of the right-side muscle, "" when absent
  std::string_view fmaRight;       // FMA id of the right muscle when known, e.g. "FMA33586"
  std::string_view fmaLeft;        // FMA id of the left muscle when known
};

// Every muscle the generator builds, on both sides (no midline muscles). O(1).
[[nodiscard]] std::span<const MuscleSpec> muscleCatalog();

// The entry named `name`, or nullptr. O(catalog size).
[[nodiscard]] const MuscleSpec* findMuscle(std::string_view name);

// "Trapezius, descending part" for "trapezius_descending"; the name itself when unknown. O(n).
[[nodiscard]] std::string muscleDisplayName(std::string_view muscle);

}  // namespace myo
