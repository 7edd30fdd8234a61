// Readable part labels and side words.
#include "core/anatomy/part_names.h"

#include <cctype>
#include <vector>

#include "core/text/ascii_text.h"
#include "core/text/name_words.h"

namespace myo {
namespace {

char lowerAscii(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}
char upperAscii(char c) {
  return static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
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

std::string readablePartLabel(std::string_view rawName) {
  std::string label;
  for (std::string_view word : splitOn(rawName, "_ \t")) {
    if (isSourceId(asciiLower(word))) continue;
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

const char* sideSuffix(char side) {
  return side == 'L' ? " (left)" : side == 'R' ? " (right)" : "";
}

}  // namespace myo
