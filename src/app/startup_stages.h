// StartupStages: where the window's start-up time goes. Stages are stamped in order on the main
// thread; the table (each stage's milliseconds, the running total and the resident memory at its
// end) is printed once, after the first frame, when `--startup-times` asks for it. No GL, no UI.
#pragma once

#include <chrono>
#include <ostream>
#include <string>
#include <vector>

namespace myo {

class StartupStages {
 public:
  StartupStages();
  // The stage that ends now; it began where the last one ended. O(1) plus reading
  // /proc/self/status (about 20 µs).
  void stamp(std::string name);
  // Milliseconds since construction. O(1).
  [[nodiscard]] double elapsedMs() const;
  // The table: one row per stage, then the total and the process's peak memory. O(stages).
  void print(std::ostream& out) const;

 private:
  struct Stage {
    std::string name;
    double endMs = 0.0;
    double residentMiB = 0.0;  // at its end
  };
  std::chrono::steady_clock::time_point start_;
  std::vector<Stage> stages_;
};

// The process's resident memory now (VmRSS) and its peak so far (VmHWM), in MiB; 0 where
// /proc/self/status cannot be read. O(1).
[[nodiscard]] double residentMiB();
[[nodiscard]] double peakResidentMiB();

}  // namespace myo
