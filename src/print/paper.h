// Paper sizes the printed pages come in. No cairo here, so callers need none.
#pragma once

#include <optional>
#include <string_view>

namespace myo {

enum class Paper { A4, Letter };

// "a4" or "letter" (any case); nothing for anything else. O(1).
[[nodiscard]] std::optional<Paper> parsePaper(std::string_view word);

struct PaperSize {
  double width, height;  // pt (1/72 inch)
};
[[nodiscard]] PaperSize paperSize(Paper paper);

}  // namespace myo
