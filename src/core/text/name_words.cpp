// Word splitting of part names.
#include "core/text/name_words.h"

#include <algorithm>
#include <cctype>

namespace myo {

bool isSourceId(std::string_view word) {
  for (std::string_view prefix : {"fj", "bp", "fma"}) {
    if (word.size() > prefix.size() && word.starts_with(prefix) &&
        std::all_of(word.begin() + static_cast<std::ptrdiff_t>(prefix.size()), word.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }))
      return true;
  }
  return false;
}

std::vector<std::string> splitNameWords(std::string_view name) {
  std::vector<std::string> words;
  std::string current;
  char previous = ' ';
  auto flush = [&] {
    if (!current.empty() && !isSourceId(current)) words.push_back(current);
    current.clear();
  };
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    if (!std::isalnum(u)) {
      flush();
    } else {
      if (std::isupper(u) && std::islower(static_cast<unsigned char>(previous))) flush();
      current += static_cast<char>(std::tolower(u));
    }
    previous = c;
  }
  flush();
  return words;
}

}  // namespace myo
