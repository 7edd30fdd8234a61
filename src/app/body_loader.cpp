// Loading a body on a worker thread, with a progress estimate from the files' size.
#include "app/body_loader.h"

#include <cstdint>
#include <cstdio>
#include <system_error>

#include "app/body_source.h"

namespace myo {
namespace {

namespace fs = std::filesystem;

// Load cost per megabyte of input, measured by bench_body_load (docs/benchmarks.md): 7.8 ms for
// BodyParts3D's body GLB, 9.1–9.5 ms for the 5-million-triangle one, Release, this machine.
constexpr double kSecondsPerMegabyte = 0.01;
constexpr double kMegabyte = 1e6;

std::uintmax_t sizeOf(const fs::path& path) {
  std::error_code error;
  if (!fs::is_directory(path, error)) {
    const std::uintmax_t size = fs::file_size(path, error);
    return error ? 0 : size;
  }
  std::uintmax_t total = 0;
  for (fs::recursive_directory_iterator entry(path, fs::directory_options::skip_permission_denied,
                                              error);
       !error && entry != fs::recursive_directory_iterator(); entry.increment(error)) {
    std::error_code unreadable;
    if (entry->is_regular_file(unreadable)) {
      const std::uintmax_t size = entry->file_size(unreadable);
      if (!unreadable) total += size;
    }
  }
  return total;
}

// "big.glb (312 MB)", "3 files (1.2 MB)".
std::string describe(const std::vector<fs::path>& paths, std::uintmax_t bytes) {
  const std::string name = paths.size() == 1 ? paths.front().filename().string()
                                             : std::to_string(paths.size()) + " files";
  char size[32];
  const double megabytes = static_cast<double>(bytes) / kMegabyte;
  std::snprintf(size, sizeof size, megabytes < 10.0 ? "%.1f MB" : "%.0f MB", megabytes);
  return (name.empty() ? paths.front().string() : name) + " (" + size + ")";
}

// Bytes of the files `paths` name (a folder: every file below it); what cannot be read counts 0.
std::uintmax_t inputBytes(const std::vector<fs::path>& paths) {
  std::uintmax_t total = 0;
  for (const fs::path& path : paths) total += sizeOf(path);
  return total;
}

}  // namespace

BodyLoader::~BodyLoader() {
  wait();
}

bool BodyLoader::start(std::vector<fs::path> paths, const LoadOptions& options) {
  if (busy() || paths.empty()) return false;
  const std::uintmax_t bytes = inputBytes(paths);
  label_ = describe(paths, bytes);
  paths_ = std::move(paths);
  progress_.begin(0.0f, 1.0f, static_cast<double>(bytes) / kMegabyte * kSecondsPerMegabyte);
  loading_ = std::async(std::launch::async,
                        [paths = paths_, options] { return loadBodyOrDefault(paths, options); });
  return true;
}

std::optional<Result<LoadedBody>> BodyLoader::take() {
  if (!busy() || loading_.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
    return std::nullopt;
  label_.clear();
  return loading_.get();
}

void BodyLoader::wait() {
  if (busy()) loading_.wait();
}

std::optional<float> BodyLoader::progress() const {
  if (!busy()) return std::nullopt;
  return progress_.fraction();
}

}  // namespace myo
