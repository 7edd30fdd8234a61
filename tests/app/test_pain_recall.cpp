// The pain finder against a reverse-lookup table written from the research notes
// (tests/fixtures/pain_reverse_lookup.json): at each spot of the bundled body, how many of the
// muscles the table names are among the finder's top 5 muscles, and (for comparison) among the
// muscles of its top 5 and top 8 points.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <limits>

#include <nlohmann/json.hpp>

#include "core/atlas/pain_muscles.h"
#include "support/bundled_body_state.h"
#include "support/test_paths.h"

namespace {

// How many of `expected` are among `found`.
std::size_t hits(const std::vector<std::string>& expected, const std::vector<std::string>& found) {
  return static_cast<std::size_t>(std::count_if(
      expected.begin(), expected.end(),
      [&](const auto& m) { return std::find(found.begin(), found.end(), m) != found.end(); }));
}

}  // namespace

TEST_CASE("the pain finder's top 5 muscles hold 90 % of the muscles the table names", "[pain]") {
  std::ifstream file(myo::test::fixtures() / "pain_reverse_lookup.json");
  REQUIRE(file);
  const nlohmann::json table = nlohmann::json::parse(file);
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "recall-recent.txt"),
                      myo::test::scratch() / "recall-log.tsv");
  myo::test::openBundledBody(state);
  const myo::BodyLandmarks& landmarks = *state.placedAtlas.landmarks();
  std::size_t expected = 0, inTop5Muscles = 0, inTop5Points = 0, inTop8Points = 0;
  for (const auto& [spot, muscles] : table["spots"].items()) {
    const auto [name, side] = myo::splitSideLabel(spot);
    const auto at =
        spot.find('.') == std::string::npos ? landmarks.at(name, 0) : landmarks.at(name, side);
    INFO(spot);
    REQUIRE(at);
    const std::vector<std::string> want = muscles.get<std::vector<std::string>>();
    const std::vector<myo::PainFinding> findings = myo::findPainSources(
        state.placedAtlas.placed(), landmarks, *at, std::numeric_limits<std::size_t>::max());
    std::vector<std::string> top5;
    for (const myo::PainMuscle& m : myo::painMuscles(findings, 5))
      top5.insert(top5.end(), m.members.begin(), m.members.end());
    const auto pointMuscles = [&](std::size_t n) {
      std::vector<std::string> names;
      for (std::size_t i = 0; i < n && i < findings.size(); ++i)
        names.push_back(findings[i].placed->point->muscle);
      return names;
    };
    expected += want.size();
    inTop5Muscles += hits(want, top5);
    inTop5Points += hits(want, pointMuscles(5));
    inTop8Points += hits(want, pointMuscles(8));
    if (hits(want, top5) < want.size()) {
      std::string missing;
      for (const std::string& m : want)
        if (std::find(top5.begin(), top5.end(), m) == top5.end()) missing += " " + m;
      std::printf("  %s: missing from the top 5 muscles:%s\n", spot.c_str(), missing.c_str());
    }
  }
  const double recall = static_cast<double>(inTop5Muscles) / static_cast<double>(expected);
  std::printf(
      "pain finder recall on %zu spots, %zu expected muscles: top 5 muscles %.1f %%, "
      "top 5 points %.1f %%, top 8 points %.1f %%\n",
      table["spots"].size(), expected, 100.0 * recall,
      100.0 * static_cast<double>(inTop5Points) / static_cast<double>(expected),
      100.0 * static_cast<double>(inTop8Points) / static_cast<double>(expected));
  CHECK(recall >= 0.9);
}
