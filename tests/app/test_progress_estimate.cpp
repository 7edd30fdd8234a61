// The progress estimate fills each stage's share by elapsed time, stops short of its end, and
// starts the next stage where that begins.
#include <catch2/catch.hpp>

#include <thread>

#include "app/progress_estimate.h"

TEST_CASE("progress fills a stage by time and stops short of its end", "[progress]") {
  myo::ProgressEstimate progress;
  progress.begin(0.2f, 0.6f, 10.0);  // just begun: near the stage's start
  CHECK(progress.fraction() >= 0.2f);
  CHECK(progress.fraction() < 0.3f);
  progress.begin(0.2f, 0.6f, 0.001);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));  // past the expected time
  CHECK(progress.fraction() == Approx(0.2f + 0.95f * 0.4f));   // 95 % of the stage at most
  progress.begin(0.6f, 1.0f, 10.0);
  CHECK(progress.fraction() >= 0.6f);
  CHECK(progress.fraction() < 0.7f);
}
