// The kind groups of the parts tree and its search filter. Pure functions on the view's rows; no
// ImGui.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ui/ui_state_view.h"

namespace myo {

// Groups of the parts tree, in display order.
enum class PartGroup { Muscles, Tendons, Bones, Skin, Other };
inline constexpr std::array<PartGroup, 5> kPartGroups{
    PartGroup::Muscles, PartGroup::Tendons, PartGroup::Bones, PartGroup::Skin, PartGroup::Other};

// Tree group of a part kind; Unknown and Other share PartGroup::Other. O(1).
[[nodiscard]] PartGroup partGroup(PartKind kind);

// Display name of a group, e.g. "Muscles". O(1).
[[nodiscard]] const char* partGroupName(PartGroup group);

// The kind an "isolate" of this group asks for (PartKind::Other for the Other group). O(1).
[[nodiscard]] PartKind partGroupKind(PartGroup group);

// Indices of the rows whose raw name or label contains every whitespace-separated word of
// `query` (or a word it stands for: "calf" finds the soleus), ASCII case-insensitively, in row
// order; all rows for a blank query. O(rows × name length).
[[nodiscard]] std::vector<std::size_t> filterParts(const std::vector<PartRow>& rows,
                                                   std::string_view query);

// The same for muscle groups, by their names and search words ("rotator" finds the rotator
// cuff). O(groups × words).
[[nodiscard]] std::vector<std::size_t> filterMuscleGroups(const std::vector<MuscleGroupRow>& groups,
                                                          std::string_view query);

}  // namespace myo
