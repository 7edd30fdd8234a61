// Pictures the window saves: the whole window as it shows (Shift+F12) or the 3D view alone,
// redrawn off screen without the panels at its own size or a multiple of it (F12). PNG files,
// written atomically; the status message says where. Needs the window's GL context; no UI.
#pragma once

#include <filesystem>
#include <string_view>

#include "app/app_state.h"
#include "render/scene_renderer.h"
#include "ui/dock_layout.h"

namespace myo {

// userDataDir()/screenshots/myoscope-<what>-YYYYMMDD-HHMMSS.png, local time. O(1).
[[nodiscard]] std::filesystem::path defaultPicturePath(std::string_view what);

// Saves the window's framebuffer (`width` x `height` px) to `file`. False on failure, with
// the reason in the status message and on stderr. O(pixels).
bool saveWindowPicture(int width, int height, const std::filesystem::path& file, AppState& state);

// Draws the scene of `state` as the 3D view `area` (window pixels, `pixelScale` framebuffer px
// per window px) shows it, `times` (1–4) as wide and high, into an off-screen target with 4×
// multisampling, and saves it to `file`. Leaves the window's framebuffer bound. O(pixels).
bool saveViewPicture(SceneRenderer& renderer, const ScreenRect& area, float pixelScale, int times,
                     const std::filesystem::path& file, AppState& state);

}  // namespace myo
