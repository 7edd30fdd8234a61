// Near misses in names typed by hand: edit distance and the closest known name, for "did you
// mean …?" in file checks. Standard library only.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace myo {

// Levenshtein distance (insertions, deletions, substitutions), case-blind in ASCII.
// O(|a| · |b|) time, O(|b|) memory.
[[nodiscard]] std::size_t editDistance(std::string_view a, std::string_view b);

// The candidate nearest to `name` if it is within a third of the name's length (at least 1,
// at most 4 edits); "" when none is that near. O(candidates · |name| · |candidate|).
[[nodiscard]] std::string closestName(std::string_view name,
                                      std::span<const std::string> candidates);

}  // namespace myo
