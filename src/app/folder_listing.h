// The disk behind the Open dialog: a folder's subfolders and the model files the loaders take,
// and whether a typed path is such a file. Reads the disk; never throws. No GL, no UI drawing.
#pragma once

#include <filesystem>

#include "ui/file_dialog.h"

namespace myo {

// Lists `folder`; hidden entries and files isSupportedModelFile rejects are left out; subfolders
// first, each group sorted case-insensitively. An unreadable or missing folder gives an empty
// list and a one-line error. O(entries log entries) + disk.
[[nodiscard]] FolderListing listModelFolder(const std::filesystem::path& folder);

// The dialog's FolderSource on the disk. O(1).
[[nodiscard]] FolderSource diskFolderSource();

}  // namespace myo
