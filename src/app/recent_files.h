// The "recent files" list: most recent first, no duplicates, bounded, stored one path per line in
// the user's config folder and written atomically. No GL, no UI.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/result.h"

namespace myo {

class RecentFiles {
 public:
  static constexpr std::size_t kMaxEntries = 10;

  explicit RecentFiles(std::filesystem::path storeFile) : storeFile_(std::move(storeFile)) {}

  // Reads the store; a missing file is an empty list. O(entries).
  void load();
  // Moves `path` to the front (made absolute), trims to kMaxEntries and saves. An error when the
  // store cannot be written (the list in memory is still updated).
  Status add(const std::filesystem::path& path);
  [[nodiscard]] const std::vector<std::string>& entries() const { return entries_; }

 private:
  std::filesystem::path storeFile_;
  std::vector<std::string> entries_;
};

}  // namespace myo
