// Whole-file reads and folder containment.
#include "core/io/file_access.h"

#include <algorithm>
#include <fstream>

namespace myo {

namespace fs = std::filesystem;

bool readWholeFile(const fs::path& path, std::vector<unsigned char>& out) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return false;
  const std::streamoff size = in.tellg();
  if (size < 0) return false;
  out.resize(static_cast<std::size_t>(size));
  in.seekg(0);
  return static_cast<bool>(in.read(reinterpret_cast<char*>(out.data()), size));
}

bool isInsideFolder(const fs::path& file, const fs::path& folder) {
  std::error_code ec;
  const fs::path resolvedFile = fs::weakly_canonical(file, ec);
  if (ec) return false;
  const fs::path resolvedFolder = fs::weakly_canonical(folder, ec);
  if (ec) return false;
  const auto [folderEnd, fileRest] = std::mismatch(resolvedFolder.begin(), resolvedFolder.end(),
                                                   resolvedFile.begin(), resolvedFile.end());
  return folderEnd == resolvedFolder.end() && fileRest != resolvedFile.end();
}

}  // namespace myo
