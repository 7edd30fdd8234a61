// The frame of a docked side: its fixed window, the strip it collapses to, and the splitter
// that drags its width. ImGui only; what goes inside is the caller's.
#pragma once

#include <optional>

#include "ui/dock_layout.h"
#include "ui/item_probe.h"

namespace myo {

// Begins a borderless window filling `rect` that never moves, resizes itself or comes in front
// of floating windows; always pair with ImGui::End. True when its contents should be drawn.
bool beginDockedWindow(const char* name, const ScreenRect& rect);

// Draws the strip of a collapsed side in `rect` with one button to open it again, pointing
// right for the sidebar and left for the inspector; true when clicked. O(1).
bool drawCollapsedStrip(const char* name, const ScreenRect& rect, bool pointsRight,
                        const char* tooltip, ItemProbe* probe, const char* probeKey);

// The splitter in `rect`: hover shows the resize cursor, dragging returns the side's new width
// (px at 100 % UI scale) from its current `sideWidth` (px on screen). `growsRight`: dragging
// right widens it (the sidebar). Nothing while idle. O(1).
[[nodiscard]] std::optional<float> drawSplitter(const char* name, const ScreenRect& rect,
                                                float sideWidth, bool growsRight, float uiScale,
                                                ItemProbe* probe, const char* probeKey);

}  // namespace myo
