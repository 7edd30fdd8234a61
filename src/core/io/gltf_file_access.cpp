// Folder-confined file access for tinygltf.
#include "core/io/gltf_file_access.h"

#include "core/io/file_access.h"

namespace myo {
namespace {

namespace fs = std::filesystem;

bool allowed(const std::string& path, GltfFolderGuard& guard) {
  if (guard.folder.empty() || !path.starts_with(guard.prefix)) return false;
  if (isInsideFolder(path, guard.folder)) return true;
  std::error_code ec;
  if (fs::exists(path, ec)) guard.refused.push_back(path.substr(guard.prefix.size()));
  return false;
}

}  // namespace

GltfFolderGuard GltfFolderGuard::forModel(const fs::path& modelFile) {
  GltfFolderGuard guard;
  guard.folder = modelFile.parent_path();
  guard.prefix = guard.folder.string();
  if (!guard.prefix.ends_with('/')) guard.prefix += '/';
  return guard;
}

bool guardedFileExists(const std::string& path, void* guard) {
  std::error_code ec;
  return allowed(path, *static_cast<GltfFolderGuard*>(guard)) && fs::is_regular_file(path, ec);
}

std::string unexpandedPath(const std::string& path, void*) {
  return path;
}

bool guardedReadFile(std::vector<unsigned char>* out, std::string* err, const std::string& path,
                     void* guard) {
  if (!allowed(path, *static_cast<GltfFolderGuard*>(guard))) {
    *err = "outside the model's folder";
    return false;
  }
  if (readWholeFile(path, *out)) return true;
  *err = "cannot be read";
  return false;
}

bool refusedWrite(std::string* err, const std::string&, const std::vector<unsigned char>&, void*) {
  *err = "the glTF importer never writes files";
  return false;
}

}  // namespace myo
