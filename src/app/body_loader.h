// BodyLoader: opens a body on a worker thread, so the window keeps drawing (and the person keeps
// turning the body they have) while a big model loads; the status bar shows its progress,
// estimated from the files' size. No GL, no UI.
#pragma once

#include <filesystem>
#include <future>
#include <optional>
#include <string>
#include <vector>

#include "app/progress_estimate.h"
#include "core/io/model_loader.h"

namespace myo {

class BodyLoader {
 public:
  BodyLoader() = default;
  ~BodyLoader();
  BodyLoader(const BodyLoader&) = delete;
  BodyLoader& operator=(const BodyLoader&) = delete;

  // Starts loading `paths` (files or folders, as loadBody takes them); false, and nothing
  // started, while another load runs. O(listing the inputs) here.
  bool start(std::vector<std::filesystem::path> paths, const LoadOptions& options);
  // The finished load, handed over once; nothing while it runs or when idle. O(1).
  [[nodiscard]] std::optional<Result<LoadedBody>> take();
  // Blocks until the load in progress ends. Blocking.
  void wait();

  [[nodiscard]] bool busy() const { return loading_.valid(); }
  // What the last start() opens (kept after take()). O(1).
  [[nodiscard]] const std::vector<std::filesystem::path>& paths() const { return paths_; }
  // "big.glb (312 MB)" for the load in progress; "" when idle. O(1).
  [[nodiscard]] const std::string& label() const { return label_; }
  // How far it has got (0–1, by elapsed time against the measured cost per megabyte); nothing
  // when idle. O(1).
  [[nodiscard]] std::optional<float> progress() const;

 private:
  std::future<Result<LoadedBody>> loading_;
  std::vector<std::filesystem::path> paths_;
  std::string label_;
  ProgressEstimate progress_;
};

}  // namespace myo
