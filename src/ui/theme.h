// Myoscope's ImGui look: dark and light styles, the UI scale and the UI font. Touches only
// ImGui's style, font scale and font atlas; no GL.
#pragma once

#include <array>

struct ImFont;

namespace myo {

inline constexpr float kUiScaleMin = 1.0f;
inline constexpr float kUiScaleMax = 2.0f;
inline constexpr std::array<float, 5> kUiScaleSteps{1.0f, 1.25f, 1.5f, 1.75f, 2.0f};

// Replaces the current ImGui style with the dark or light theme, scales its sizes by `scale`
// (clamped to kUiScaleMin–kUiScaleMax) and sets io.FontGlobalScale. Needs a current ImGui
// context; call between frames. O(1).
void applyTheme(bool dark, float scale);

// Makes DejaVu Sans (Debian's fonts-dejavu-core) the UI font, with the punctuation, arrows and
// symbols the atlas text uses (dashes, quotes, °, ×, ≥); call once before the first frame.
// Returns false, keeping ImGui's ASCII-only default font, when the file is missing. O(font).
bool loadUiFont();

// The large DejaVu Sans that loadUiFont adds for presenter mode's room-sized text (drawn scaled
// down from 64 px, so it stays sharp); nullptr when it is not loaded. O(1).
[[nodiscard]] ImFont* presenterFont();

}  // namespace myo
