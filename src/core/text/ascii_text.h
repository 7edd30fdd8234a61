// ASCII case folding and word splitting for names, extensions and command-line words (not
// Unicode-aware). Standard library only.
#pragma once

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace myo {

// `text` with A–Z mapped to a–z; other bytes unchanged. O(length).
[[nodiscard]] inline std::string asciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The pieces of `text` between any of `separators`, empty pieces dropped; views into `text`.
// O(length).
[[nodiscard]] inline std::vector<std::string_view> splitOn(std::string_view text,
                                                           std::string_view separators) {
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

}  // namespace myo
