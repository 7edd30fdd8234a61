// File access for the glTF importer confined to the model's folder: the callbacks handed to
// tinygltf (plain std signatures) and whole-file reads. No tinygltf, no parsing.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace myo {

// State shared by the callbacks below (their `void*` argument).
struct GltfFolderGuard {
  std::filesystem::path folder;      // absolute folder of the model file; empty: no file allowed
  std::string prefix;                // folder + "/": every path tinygltf builds from a URI
  std::vector<std::string> refused;  // URIs that resolved outside the folder (via symlinks…)

  // A guard for the folder holding the absolute path `modelFile`. O(path length).
  [[nodiscard]] static GltfFolderGuard forModel(const std::filesystem::path& modelFile);
};

// tinygltf FsCallbacks: existence and reads succeed only inside guard->folder (never the working
// folder tinygltf also tries); an existing file outside is recorded in guard->refused. Paths are
// used as given (no "~" or variable expansion) and writes always fail. O(path length) + reads.
[[nodiscard]] bool guardedFileExists(const std::string& path, void* guard);
[[nodiscard]] std::string unexpandedPath(const std::string& path, void* guard);
[[nodiscard]] bool guardedReadFile(std::vector<unsigned char>* out, std::string* err,
                                   const std::string& path, void* guard);
[[nodiscard]] bool refusedWrite(std::string* err, const std::string& path,
                                const std::vector<unsigned char>& contents, void* guard);

}  // namespace myo
