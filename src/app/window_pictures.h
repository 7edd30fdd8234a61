// Pictures the window saves: the whole window as it shows (Shift+F12) or the 3D view alone,
// redrawn off screen without the panels at its own size, a multiple of it (F12) or any size up
// to 16384 px (the export dialog), with the labels and the referral legend painted on when
// asked. PNG files, written atomically; the status message says where. Needs the window's GL
// context; no UI.
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

// The size in px of `picture` of the 3D view `area` (window pixels, `pixelScale` framebuffer px
// per window px): its width x height, else the view's framebuffer size times `times` (1–4).
// O(1).
[[nodiscard]] glm::ivec2 viewPictureSize(const ViewPicture& picture, const ScreenRect& area,
                                         float pixelScale);

// Draws the scene of `state` through its camera into an off-screen target with 4×
// multisampling at viewPictureSize(), paints the labels (as the view places them, their text
// scaled with the picture) and the referral legend when asked and something is painted, and
// saves it to picture.file (a dated file when empty). Labels follow the view's label layers, or
// label the muscles and trigger points when the view shows none. Leaves the window's framebuffer
// bound. O(pixels).
bool saveViewPicture(SceneRenderer& renderer, const ViewPicture& picture, const ScreenRect& area,
                     float pixelScale, AppState& state);

}  // namespace myo
