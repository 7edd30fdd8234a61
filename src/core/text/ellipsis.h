// Shortening text to a width with an ellipsis, for labels: whole UTF-8 characters only, with
// the width measured by the caller's font. Standard library only.
#pragma once

#include <string>

namespace myo {

// `text` as it is when `measure(text)` (px) fits `width`; else cut character by character until
// the cut plus "…" fits; "" when not even that does. O(length · measure).
template <typename Measure>
[[nodiscard]] std::string withEllipsis(const std::string& text, float width,
                                       const Measure& measure) {
  if (measure(text) <= width) return text;
  std::string cut = text;
  while (!cut.empty()) {
    // The last whole UTF-8 character: its continuation bytes, then its first byte.
    while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80) cut.pop_back();
    if (!cut.empty()) cut.pop_back();
    std::string shown = cut + "\u2026";
    if (measure(shown) <= width) return shown;
  }
  return {};
}

}  // namespace myo
