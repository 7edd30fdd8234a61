// Words of a part name as exporters write them ("FJ441_BP62721_FMA32547_Right infraspinatus",
// "Trapezius muscle.r", "Left_Trapezius", "trapezius_descending.L"). String logic only.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace myo {

// True for BodyParts3D ids such as "fj441", "bp62721", "fma32547" (lower case). O(length).
[[nodiscard]] bool isSourceId(std::string_view word);

// Lower-case words of `name`, split at non-letters/digits and at camelCase humps, source ids left
// out. O(length).
[[nodiscard]] std::vector<std::string> splitNameWords(std::string_view name);

}  // namespace myo
