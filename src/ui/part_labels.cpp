// Readable part labels, part groups and the parts search filter.
#include "ui/part_labels.h"

#include <algorithm>
#include <cctype>

#include "core/text/ascii_text.h"

namespace myo {
PartGroup partGroup(PartKind kind) {
  switch (kind) {
    case PartKind::Muscle:
      return PartGroup::Muscles;
    case PartKind::Tendon:
      return PartGroup::Tendons;
    case PartKind::Bone:
      return PartGroup::Bones;
    case PartKind::Skin:
      return PartGroup::Skin;
    case PartKind::Unknown:
    case PartKind::Other:
      break;
  }
  return PartGroup::Other;
}

const char* partGroupName(PartGroup group) {
  switch (group) {
    case PartGroup::Muscles:
      return "Muscles";
    case PartGroup::Tendons:
      return "Tendons";
    case PartGroup::Bones:
      return "Bones";
    case PartGroup::Skin:
      return "Skin";
    case PartGroup::Other:
      break;
  }
  return "Other";
}

PartKind partGroupKind(PartGroup group) {
  switch (group) {
    case PartGroup::Muscles:
      return PartKind::Muscle;
    case PartGroup::Tendons:
      return PartKind::Tendon;
    case PartGroup::Bones:
      return PartKind::Bone;
    case PartGroup::Skin:
      return PartKind::Skin;
    case PartGroup::Other:
      break;
  }
  return PartKind::Other;
}

std::vector<std::size_t> filterParts(const std::vector<PartRow>& rows, std::string_view query) {
  std::vector<std::string> words;
  for (std::string_view word : splitOn(query, " \t\r\n")) words.push_back(asciiLower(word));
  std::vector<std::size_t> matches;
  matches.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (words.empty()) {
      matches.push_back(i);
      continue;
    }
    const std::string haystack = asciiLower(rows[i].name) + '\n' + asciiLower(rows[i].label);
    const bool all = std::all_of(words.begin(), words.end(), [&](const std::string& word) {
      return haystack.find(word) != std::string::npos;
    });
    if (all) matches.push_back(i);
  }
  return matches;
}

}  // namespace myo
