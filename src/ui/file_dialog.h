// The "Open" dialog: an ImGui modal file browser listing folders and model files, with
// multi-select and an "open this folder" mode. It reads folders through an injected FolderSource
// (the app gives it the disk; tests a folder tree in memory); never throws; no GL.
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "ui/item_probe.h"

namespace myo {

enum class FileDialogMode { Files, Folder };

struct FolderEntry {
  std::string name;  // file name only
  bool isFolder = false;
};

// One folder's contents: subfolders then model files, each sorted case-insensitively.
struct FolderListing {
  std::filesystem::path folder;  // absolute, normalised
  std::vector<FolderEntry> entries;
  std::string error;  // why the folder could not be read ("" when it could)
};

// Where the dialog's folders come from: `list` gives a folder's subfolders and model files (its
// `folder` absolute and normalised, `error` set when it cannot be read); `isModelFile` says
// whether a typed path is a model file that can be opened.
struct FolderSource {
  std::function<FolderListing(const std::filesystem::path&)> list;
  std::function<bool(const std::filesystem::path&)> isModelFile;
};

struct FileDialogMemory {
  FolderSource source;       // empty: every folder reads as unavailable
  bool requestOpen = false;  // open the modal on the next draw
  FileDialogMode mode = FileDialogMode::Files;
  FolderListing listing;
  std::vector<bool> selected;  // parallel to listing.entries
  int anchor = -1;             // last clicked entry, for shift-click ranges
  std::string pathEdit;        // the editable path box
};

// Asks the dialog to open on the next drawFileDialog, in `mode`, showing `start` (when empty:
// the folder shown last time, else the working directory). Reads the disk once.
void openFileDialog(FileDialogMemory& memory, FileDialogMode mode,
                    const std::filesystem::path& start);

// Draws the modal while it is open; returns the chosen files (Files mode) or the folder (Folder
// mode) on the frame the user confirms, else nothing. Call between NewFrame and Render.
// O(entries) per frame.
[[nodiscard]] std::vector<std::filesystem::path> drawFileDialog(FileDialogMemory& memory,
                                                                ItemProbe* probe = nullptr);

}  // namespace myo
