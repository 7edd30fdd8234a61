// Byte counts as people read them in messages and reports. Standard library only.
#pragma once

#include <cstddef>
#include <string>

namespace myo {

// `bytes` in MiB with one decimal, e.g. "4096.0" for 4 GiB. O(1).
[[nodiscard]] std::string mebibytes(std::size_t bytes);

}  // namespace myo
