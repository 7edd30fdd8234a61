// MiB with one decimal.
#include "core/text/byte_size.h"

#include <cstdio>

namespace myo {

std::string mebibytes(std::size_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return text;
}

}  // namespace myo
