// StartupStages: the stages in the order stamped, each with its own time and the running total.
#include <catch2/catch.hpp>

#include <array>
#include <sstream>
#include <string>
#include <thread>

#include "app/startup_stages.h"

TEST_CASE("the start-up table lists each stage, its time, the total and the memory", "[startup]") {
  myo::StartupStages stages;
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  stages.stamp("first stage");
  std::this_thread::sleep_for(std::chrono::milliseconds(30));
  stages.stamp("second stage");
  std::ostringstream out;
  stages.print(out);
  std::istringstream lines(out.str());
  std::string header, first, second, peak;
  std::getline(lines, header);
  std::getline(lines, first);
  std::getline(lines, second);
  std::getline(lines, peak);
  CHECK(header.find("ms") != std::string::npos);
  REQUIRE(first.find("first stage") != std::string::npos);
  REQUIRE(second.find("second stage") != std::string::npos);
  const auto numbers = [](const std::string& line, const std::string& name) {
    std::istringstream row(line.substr(line.find(name) + name.size()));
    double took = 0.0, total = 0.0, resident = 0.0;
    row >> took >> total >> resident;
    return std::array<double, 3>{took, total, resident};
  };
  const auto a = numbers(first, "first stage"), b = numbers(second, "second stage");
  CHECK(a[0] >= 19.0);
  CHECK(a[1] == Approx(a[0]).margin(0.11));  // the first stage began at the start
  CHECK(b[0] >= 29.0);
  CHECK(b[1] == Approx(a[1] + b[0]).margin(0.11));  // totals add up (0.1 ms rounding)
  CHECK(a[2] > 1.0);                                // MiB resident: the test binary itself
  CHECK(peak.find("peak resident memory: ") != std::string::npos);
  const double now = myo::residentMiB();  // read first: the peak read after it cannot be lower
  CHECK(myo::peakResidentMiB() >= now);
}
