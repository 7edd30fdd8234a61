// Where the app keeps per-user files, following the XDG base directory rules. No GL, no UI.
#pragma once

#include <filesystem>

namespace myo {

// $XDG_CONFIG_HOME/myoscope, else ~/.config/myoscope (not created). O(1).
[[nodiscard]] std::filesystem::path userConfigDir();

// $XDG_DATA_HOME/myoscope, else ~/.local/share/myoscope (not created). O(1).
[[nodiscard]] std::filesystem::path userDataDir();

// userDataDir()/treatment-log.tsv, where holds are logged. O(1).
[[nodiscard]] std::filesystem::path defaultTreatmentLogPath();

}  // namespace myo
