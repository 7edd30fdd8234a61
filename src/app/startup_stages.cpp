// StartupStages: stamps and the printed table; the peak memory from /proc/self/status.
#include "app/startup_stages.h"

#include <cstdio>
#include <fstream>
#include <iomanip>

namespace myo {

StartupStages::StartupStages() : start_(std::chrono::steady_clock::now()) {}

void StartupStages::stamp(std::string name) {
  stages_.push_back({std::move(name), elapsedMs(), residentMiB()});
}

double StartupStages::elapsedMs() const {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_)
      .count();
}

void StartupStages::print(std::ostream& out) const {
  out << "start-up stage                              ms  total ms  resident MiB\n";
  double begin = 0.0;
  for (const Stage& stage : stages_) {
    out << "  " << std::left << std::setw(38) << stage.name << std::right << std::fixed
        << std::setprecision(1) << std::setw(8) << stage.endMs - begin << std::setw(10)
        << stage.endMs << std::setprecision(0) << std::setw(14) << stage.residentMiB << "\n";
    begin = stage.endMs;
  }
  out << "  peak resident memory: " << std::fixed << std::setprecision(0) << peakResidentMiB()
      << " MiB\n";
}

namespace {

// The "NAME: N kB" line of /proc/self/status, in MiB; 0 when absent.
double statusMiB(const char* format) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    long kib = 0;
    if (std::sscanf(line.c_str(), format, &kib) == 1) return static_cast<double>(kib) / 1024.0;
  }
  return 0.0;
}

}  // namespace

double residentMiB() {
  return statusMiB("VmRSS: %ld kB");
}

double peakResidentMiB() {
  return statusMiB("VmHWM: %ld kB");
}

}  // namespace myo
