// Myoscope's ImGui look: dark and light styles and the UI scale. Touches only ImGui's style and
// font scale; no GL, no fonts are loaded here.
#pragma once

#include <array>

namespace myo {

inline constexpr float kUiScaleMin = 1.0f;
inline constexpr float kUiScaleMax = 2.0f;
inline constexpr std::array<float, 5> kUiScaleSteps{1.0f, 1.25f, 1.5f, 1.75f, 2.0f};

// Replaces the current ImGui style with the dark or light theme, scales its sizes by `scale`
// (clamped to kUiScaleMin–kUiScaleMax) and sets io.FontGlobalScale. Needs a current ImGui
// context; call between frames. O(1).
void applyTheme(bool dark, float scale);

}  // namespace myo
