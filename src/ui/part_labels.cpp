// Readable part labels, part groups and the parts search filter.
#include "ui/part_labels.h"

#include <algorithm>
#include <cctype>

#include "core/anatomy/lay_synonyms.h"
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

namespace {

// Each word of `query`, lower case, with the words it also stands for ("calf": gastrocnemius,
// soleus).
std::vector<std::vector<std::string>> queryForms(std::string_view query) {
  std::vector<std::vector<std::string>> words;
  for (std::string_view word : splitOn(query, " \t\r\n"))
    words.push_back(wordAndSynonyms(asciiLower(word)));
  return words;
}

// True when every query word, or one of its synonyms, is in `haystack` (lower case).
bool matchesAll(const std::vector<std::vector<std::string>>& words, const std::string& haystack) {
  return std::all_of(words.begin(), words.end(), [&](const std::vector<std::string>& forms) {
    return std::any_of(forms.begin(), forms.end(), [&](const std::string& form) {
      return haystack.find(form) != std::string::npos;
    });
  });
}

}  // namespace

std::vector<std::size_t> filterParts(const std::vector<PartRow>& rows, std::string_view query) {
  const std::vector<std::vector<std::string>> words = queryForms(query);
  std::vector<std::size_t> matches;
  matches.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (words.empty() ||
        matchesAll(words, asciiLower(rows[i].name) + '\n' + asciiLower(rows[i].label)))
      matches.push_back(i);
  return matches;
}

std::vector<std::size_t> filterMuscleGroups(const std::vector<MuscleGroupRow>& groups,
                                            std::string_view query) {
  const std::vector<std::vector<std::string>> words = queryForms(query);
  std::vector<std::size_t> matches;
  for (std::size_t i = 0; i < groups.size(); ++i)
    if (words.empty() ||
        matchesAll(words, asciiLower(groups[i].name) + '\n' + asciiLower(groups[i].words)))
      matches.push_back(i);
  return matches;
}

}  // namespace myo
