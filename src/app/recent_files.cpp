// Recent files persistence.
#include "app/recent_files.h"

#include <algorithm>
#include <fstream>

#include "core/io/atomic_file.h"

namespace myo {

void RecentFiles::load() {
  entries_.clear();
  std::ifstream in(storeFile_);
  std::string line;
  while (std::getline(in, line) && entries_.size() < kMaxEntries) {
    if (!line.empty() && std::find(entries_.begin(), entries_.end(), line) == entries_.end())
      entries_.push_back(line);
  }
}

Status RecentFiles::add(const std::filesystem::path& path) {
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  const std::string entry = (ec ? path : absolute.lexically_normal()).string();
  entries_.erase(std::remove(entries_.begin(), entries_.end(), entry), entries_.end());
  entries_.insert(entries_.begin(), entry);
  if (entries_.size() > kMaxEntries) entries_.resize(kMaxEntries);
  std::string text;
  for (const std::string& e : entries_) text += e + "\n";
  return writeFileAtomic(storeFile_, text);
}

}  // namespace myo
