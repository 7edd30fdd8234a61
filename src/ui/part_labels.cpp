// Readable part labels, part groups and the parts search filter.
#include "ui/part_labels.h"

#include <algorithm>
#include <cctype>

#include "core/text/ascii_text.h"

namespace myo {
namespace {

char lowerAscii(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}
char upperAscii(char c) {
  return static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
}
bool isDigit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// True for BodyParts3D identifier tokens: FJ1234, BP62721, FMA32547 (any case).
bool isIdToken(std::string_view token) {
  for (std::string_view prefix : {"fma", "fj", "bp"}) {
    if (token.size() <= prefix.size()) continue;
    if (asciiLower(token.substr(0, prefix.size())) != prefix) continue;
    std::string_view digits = token.substr(prefix.size());
    return std::all_of(digits.begin(), digits.end(), isDigit);
  }
  return false;
}

// Splits on any of `separators`, dropping empty pieces.
std::vector<std::string_view> splitWords(std::string_view text, std::string_view separators) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find_first_of(separators, start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) words.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// "Trapezius muscle" → "trapezius muscle" when it follows a side word; keeps acronyms ("C7").
std::string lowerLeadingCapital(std::string text) {
  if (text.size() >= 2 && std::isupper(static_cast<unsigned char>(text[0])) &&
      std::islower(static_cast<unsigned char>(text[1]))) {
    text[0] = lowerAscii(text[0]);
  }
  return text;
}

}  // namespace

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

std::string readablePartLabel(std::string_view rawName) {
  std::string label;
  for (std::string_view word : splitWords(rawName, "_ \t")) {
    if (isIdToken(word)) continue;
    if (!label.empty()) label += ' ';
    label += word;
  }
  const std::size_t n = label.size();
  if (n > 2 && label[n - 2] == '.') {
    const char side = lowerAscii(label[n - 1]);
    if (side == 'l' || side == 'r') {
      label = (side == 'l' ? "Left " : "Right ") + lowerLeadingCapital(label.substr(0, n - 2));
    }
  }
  if (label.empty()) return std::string(rawName);
  label[0] = upperAscii(label[0]);
  return label;
}

std::vector<std::size_t> filterParts(const std::vector<PartRow>& rows, std::string_view query) {
  std::vector<std::string> words;
  for (std::string_view word : splitWords(query, " \t\r\n")) words.push_back(asciiLower(word));
  std::vector<std::size_t> matches;
  matches.reserve(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (words.empty()) {
      matches.push_back(i);
      continue;
    }
    const std::string haystack =
        asciiLower(rows[i].name) + '\n' + asciiLower(readablePartLabel(rows[i].name));
    const bool all = std::all_of(words.begin(), words.end(), [&](const std::string& word) {
      return haystack.find(word) != std::string::npos;
    });
    if (all) matches.push_back(i);
  }
  return matches;
}

}  // namespace myo
