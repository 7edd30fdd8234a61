// The window settings kept between runs: window size, the docked sides (shown, collapsed,
// width), the sidebar's tab, theme and UI scale, as JSON in the user's config folder, written
// atomically whenever they change (so a crash or a kill keeps them). No GL, no window system.
#pragma once

#include <filesystem>
#include <optional>

#include "core/result.h"
#include "ui/dock_layout.h"

namespace myo {

struct UiSettings {
  int windowWidth = 1280, windowHeight = 800;  // px
  DockSettings dock;
  bool darkTheme = true;
  std::optional<float> uiScale;  // 1–2; none until the user chose one (the monitor's is used)
  bool operator==(const UiSettings&) const = default;
};

// userConfigDir()/settings.json. O(1).
[[nodiscard]] std::filesystem::path defaultUiSettingsPath();

// The settings in `file`; the defaults when it does not exist. A file that is not JSON or holds
// a wrong value is an error naming the file and the problem (the caller uses the defaults and
// the next save replaces it). Numbers are clamped to their ranges. O(file size).
[[nodiscard]] Result<UiSettings> readUiSettings(const std::filesystem::path& file);

// Writes `settings` to `file` atomically (temp file + rename). O(1).
[[nodiscard]] Status writeUiSettings(const std::filesystem::path& file, const UiSettings& settings);

}  // namespace myo
