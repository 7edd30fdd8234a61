// Colormaps for the referral heatmap: a warm default and the colour-blind-safe viridis and
// cividis, each a fixed 0–1 range mapped to sRGB. No GL.
#pragma once

#include <string_view>

#include <glm/glm.hpp>

namespace myo {

enum class Colormap { Warm, Viridis, Cividis };

// The sRGB colour (0–1 each) of `value` clamped to 0–1. O(1).
[[nodiscard]] glm::vec3 colormapColor(Colormap map, float value);

// "warm", "viridis", "cividis". O(1).
[[nodiscard]] std::string_view colormapName(Colormap map);

}  // namespace myo
