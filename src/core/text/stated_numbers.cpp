// Regular expressions over short atlas sentences (at most 600 characters by the schema).
#include "core/text/stated_numbers.h"

#include <algorithm>
#include <cctype>
#include <regex>

namespace myo {
namespace {

// Dashes as the atlas writes them (en dash, hyphen) or the word "to".
const std::string kBetween = std::string(R"(\s*(?:)") + "\xE2\x80\x93" + R"(|-|to)\s*)";

float unitSeconds(const std::string& unit) {
  return unit.rfind("min", 0) == 0 ? 60.0f : 1.0f;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// Replaces each match of `pattern` in `text` by spaces (so later patterns do not see it again)
// and returns each match's groups (group 0 is the whole match).
using Groups = std::vector<std::string>;
std::vector<Groups> takeMatches(std::string& text, const std::regex& pattern) {
  std::vector<Groups> found;
  const std::string copy = text;
  for (auto it = std::sregex_iterator(copy.begin(), copy.end(), pattern);
       it != std::sregex_iterator(); ++it) {
    Groups groups;
    for (std::size_t g = 0; g < it->size(); ++g) groups.push_back((*it)[g].str());
    found.push_back(std::move(groups));
    text.replace(static_cast<std::size_t>(it->position()), static_cast<std::size_t>(it->length()),
                 static_cast<std::size_t>(it->length()), ' ');
  }
  return found;
}

}  // namespace

std::vector<StatedRange> statedSeconds(const std::string& source) {
  static const std::string unit = R"((seconds?|secs?|s|minutes?|mins?)\b)";
  static const std::regex range(R"(\b(\d+))" + kBetween + R"((\d+)\s*)" + unit);
  static const std::regex single(R"(\b(\d+)\s*)" + unit);
  static const std::regex words(R"(\b(half a|a|one)\s+minute\b)");
  std::string text = lower(source);
  std::vector<StatedRange> out;
  for (const Groups& m : takeMatches(text, range)) {
    const float scale = unitSeconds(m[3]);
    out.push_back({std::stof(m[1]) * scale, std::stof(m[2]) * scale});
  }
  for (const Groups& m : takeMatches(text, single)) {
    const float value = std::stof(m[1]) * unitSeconds(m[2]);
    out.push_back({value, value});
  }
  for (const Groups& m : takeMatches(text, words)) {
    const float value = m[1] == "half a" ? 30.0f : 60.0f;
    out.push_back({value, value});
  }
  return out;
}

std::vector<StatedRange> statedDiscomfort(const std::string& source) {
  static const std::string ofTen = R"(\s*(?:(?:out\s+)?of\s+|/\s*)10\b)";
  static const std::regex range(R"(\b(\d+))" + kBetween + R"((\d+))" + ofTen);
  static const std::regex single(R"(\b(\d+))" + ofTen);
  std::string text = lower(source);
  std::vector<StatedRange> out;
  for (const Groups& m : takeMatches(text, range))
    out.push_back({std::stof(m[1]), std::stof(m[2])});
  for (const Groups& m : takeMatches(text, single)) {
    const float value = std::stof(m[1]);
    out.push_back({value, value});
  }
  return out;
}

bool usesWord(const std::string& source, const std::string& word) {
  // A plain scan rather than a regular expression: the checks call this thousands of times on
  // every atlas load.
  const auto isWordChar = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
  };
  const std::string text = lower(source);
  const std::string wanted = lower(word);
  for (std::size_t at = text.find(wanted); at != std::string::npos;
       at = text.find(wanted, at + 1)) {
    if (at > 0 && isWordChar(text[at - 1])) continue;  // inside a word, not at its start
    // The word right before, when only white space separates it.
    std::size_t end = at;
    while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    std::size_t start = end;
    while (start > 0 && isWordChar(text[start - 1])) --start;
    const std::string before = end < at ? text.substr(start, end - start) : std::string();
    if (before != "not" && before != "never" && before != "no" && before != "too") return true;
  }
  return false;
}

}  // namespace myo
