// Scratch files and result checks for the fuzz targets.
#include "fuzz/fuzz_support.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>

namespace myo::fuzz {

const std::filesystem::path& scratchFolder() {
  static const std::filesystem::path folder = [] {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("myoscope-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(path);
    return path;
  }();
  return folder;
}

void writeBytes(const std::filesystem::path& file, std::span<const std::uint8_t> bytes) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(bytes.data()),
            static_cast<std::streamsize>(bytes.size()));
  require(static_cast<bool>(out), "cannot write the scratch file");
}

void require(bool condition, std::string_view what) {
  if (condition) return;
  std::fprintf(stderr, "fuzz check failed: %.*s\n", static_cast<int>(what.size()), what.data());
  std::abort();
}

void requireOneLineNaming(const Error& error, std::string_view file) {
  const std::string message = error.message();
  require(!message.empty(), "an empty error");
  require(message.find('\n') == std::string::npos, "an error of more than one line");
  const std::string name = std::filesystem::path(file).filename().string();
  if (message.find(name) == std::string::npos) std::fprintf(stderr, "%s\n", message.c_str());
  require(message.find(name) != std::string::npos, "an error that does not name the file");
}

void requireSoundModel(const Model& model) {
  for (const Part& part : model.parts) {
    require(part.indices.size() % 3 == 0, "indices not a multiple of 3");
    require(part.normals.size() == part.positions.size(), "normals missing");
    require(part.uvs.empty() || part.uvs.size() == part.positions.size(), "uvs of the wrong size");
    for (const std::uint32_t index : part.indices)
      require(index < part.positions.size(), "an index past the vertices");
    for (const glm::vec3& p : part.positions)
      require(std::isfinite(p.x) && std::isfinite(p.y) && std::isfinite(p.z),
              "a position that is not finite");
  }
  for (const std::string& warning : model.warnings)
    require(warning.find('\n') == std::string::npos, "a warning of more than one line");
}

}  // namespace myo::fuzz
