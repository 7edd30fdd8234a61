// Colormaps as 9 evenly spaced sRGB stops, interpolated linearly. Viridis and cividis stops are
// the published maps' values at 0, 1/8 … 1; warm runs from pale yellow through orange to red.
#include "core/referral/colormap.h"

#include <algorithm>
#include <array>

namespace myo {
namespace {

using Stops = std::array<glm::vec3, 9>;

constexpr Stops kWarm = {{{255, 247, 210},
                          {254, 230, 160},
                          {254, 204, 110},
                          {253, 170, 75},
                          {252, 130, 55},
                          {240, 85, 40},
                          {215, 45, 35},
                          {180, 15, 38},
                          {128, 0, 38}}};
constexpr Stops kViridis = {{{68, 1, 84},
                             {71, 44, 122},
                             {59, 81, 139},
                             {44, 113, 142},
                             {33, 144, 141},
                             {39, 173, 129},
                             {92, 200, 99},
                             {170, 220, 50},
                             {253, 231, 37}}};
constexpr Stops kCividis = {{{0, 34, 78},
                             {18, 53, 112},
                             {59, 73, 108},
                             {87, 92, 109},
                             {112, 113, 115},
                             {138, 134, 120},
                             {166, 157, 117},
                             {199, 182, 102},
                             {254, 232, 56}}};

const Stops& stopsOf(Colormap map) {
  switch (map) {
    case Colormap::Viridis:
      return kViridis;
    case Colormap::Cividis:
      return kCividis;
    case Colormap::Warm:
      break;
  }
  return kWarm;
}

}  // namespace

glm::vec3 colormapColor(Colormap map, float value) {
  const Stops& stops = stopsOf(map);
  const float x = std::clamp(value, 0.0f, 1.0f) * static_cast<float>(stops.size() - 1);
  const auto i = std::min(static_cast<std::size_t>(x), stops.size() - 2);
  return glm::mix(stops[i], stops[i + 1], x - static_cast<float>(i)) / 255.0f;
}

std::string_view colormapName(Colormap map) {
  switch (map) {
    case Colormap::Viridis:
      return "viridis";
    case Colormap::Cividis:
      return "cividis";
    case Colormap::Warm:
      break;
  }
  return "warm";
}

}  // namespace myo
