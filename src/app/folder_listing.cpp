// Folder listing on the disk for the Open dialog.
#include "app/folder_listing.h"

#include <algorithm>
#include <system_error>

#include "core/io/model_loader.h"
#include "core/text/ascii_text.h"

namespace myo {
namespace fs = std::filesystem;
namespace {

// Absolute and normalised, without a trailing separator; never throws.
fs::path normalizeFolder(const fs::path& folder) {
  std::error_code ec;
  fs::path out = fs::absolute(folder, ec);
  if (ec) out = folder;
  out = out.lexically_normal();
  if (!out.has_filename() && out.has_parent_path() && out != out.root_path()) {
    out = out.parent_path();
  }
  return out;
}

}  // namespace

FolderListing listModelFolder(const fs::path& folder) {
  FolderListing listing;
  listing.folder = normalizeFolder(folder);
  std::error_code ec;
  fs::directory_iterator it(listing.folder, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.empty() || name.front() == '.') continue;
    std::error_code typeError;
    const bool isFolder = it->is_directory(typeError);
    if (typeError) continue;
    if (!isFolder && !(it->is_regular_file(typeError) && isSupportedModelFile(name))) continue;
    listing.entries.push_back({name, isFolder});
  }
  if (ec) {
    listing.entries.clear();
    listing.error = "Cannot read " + listing.folder.string() + ": " + ec.message();
  }
  std::sort(listing.entries.begin(), listing.entries.end(),
            [](const FolderEntry& a, const FolderEntry& b) {
              if (a.isFolder != b.isFolder) return a.isFolder;
              const std::string la = asciiLower(a.name);
              const std::string lb = asciiLower(b.name);
              return la != lb ? la < lb : a.name < b.name;
            });
  return listing;
}

FolderSource diskFolderSource() {
  return {listModelFolder, [](const fs::path& path) {
            std::error_code ec;
            return fs::is_regular_file(path, ec) && isSupportedModelFile(path);
          }};
}

}  // namespace myo
