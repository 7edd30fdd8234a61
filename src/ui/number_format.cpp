// Number formatting for the status bar.
#include "ui/number_format.h"

#include <cstdio>

namespace myo {

std::string formatThousands(std::size_t value) {
  const std::string digits = std::to_string(value);
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string formatFps(float fps) {
  if (!(fps > 0.0f)) return "-- fps";
  char text[48];
  std::snprintf(text, sizeof text, "%.0f fps (%.1f ms)", static_cast<double>(fps),
                1000.0 / static_cast<double>(fps));
  return text;
}

}  // namespace myo
