// ASCII case folding for names, extensions and command-line words (not Unicode-aware).
// Standard library only.
#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace myo {

// `text` with A–Z mapped to a–z; other bytes unchanged. O(length).
[[nodiscard]] inline std::string asciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace myo
