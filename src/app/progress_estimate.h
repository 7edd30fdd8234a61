// ProgressEstimate: how far background work has got, for a progress bar. The worker marks each
// stage with the share of the bar it fills and its expected duration; the UI thread reads a
// fraction that fills the stage's share by elapsed time (never past 95 % of it until the next
// stage begins). Thread-safe; no GL, no UI.
#pragma once

#include <atomic>

namespace myo {

class ProgressEstimate {
 public:
  // Worker: a stage filling [from, to] of the bar (0–1) begins, expected to take `seconds`. O(1).
  void begin(float from, float to, double seconds);
  // Any thread: the bar's fill, 0–1. O(1).
  [[nodiscard]] float fraction() const;

 private:
  std::atomic<float> from_{0.0f};
  std::atomic<float> to_{0.0f};
  std::atomic<double> start_{0.0};     // steady-clock seconds
  std::atomic<double> expected_{1.0};  // s
};

}  // namespace myo
