// Stage shares filled by elapsed time on the steady clock.
#include "app/progress_estimate.h"

#include <algorithm>
#include <chrono>

namespace myo {
namespace {

double nowSeconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// A running stage never shows more than this share of itself done.
constexpr double kMostOfStage = 0.95;

}  // namespace

void ProgressEstimate::begin(float from, float to, double seconds) {
  expected_ = std::max(seconds, 1e-3);
  start_ = nowSeconds();
  to_ = to;
  from_ = from;
}

float ProgressEstimate::fraction() const {
  const double done = std::min((nowSeconds() - start_) / expected_, kMostOfStage);
  return std::clamp(from_ + static_cast<float>(done) * (to_ - from_), 0.0f, 1.0f);
}

}  // namespace myo
