// Number formatting shared by the panels (thousands separators, frame rates). Pure functions; no
// ImGui.
#pragma once

#include <cstddef>
#include <string>

namespace myo {

// 1234567 → "1,234,567". O(digits).
[[nodiscard]] std::string formatThousands(std::size_t value);

// 59.7 → "60 fps (16.7 ms)"; "-- fps" when fps ≤ 0. O(1).
[[nodiscard]] std::string formatFps(float fps);

}  // namespace myo
