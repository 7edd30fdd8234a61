// The pain finder against a reverse-lookup table written from the research notes
// (tests/fixtures/pain_reverse_lookup.json): at each spot of the bundled body, how many of the
// muscles the table names are among the finder's top 5 muscles, and (for comparison) among the
// muscles of its top 5 and top 8 points.
#include <catch2/catch.hpp>

#include <cstdio>
#include <limits>

#include "support/bundled_body_state.h"
#include "support/reverse_lookup.h"
#include "support/test_paths.h"

using myo::test::hits;

TEST_CASE("the pain finder's top 5 muscles hold 90 % of the muscles the table names", "[pain]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "recall-recent.txt"),
                      myo::test::scratch() / "recall-log.tsv");
  myo::test::openBundledBody(state);
  const myo::BodyLandmarks& landmarks = *state.placedAtlas.landmarks();
  const std::vector<myo::test::LookupPlace> places = myo::test::reverseLookupPlaces(landmarks);
  std::size_t expected = 0, inTop5Muscles = 0, inTop5Points = 0, inTop8Points = 0;
  for (const myo::test::LookupPlace& place : places) {
    const std::vector<std::string>& want = place.expected;
    const std::vector<myo::PainFinding> findings = myo::findPainSources(
        state.placedAtlas.placed(), landmarks, place.at, std::numeric_limits<std::size_t>::max());
    const std::vector<std::string> top5 = myo::test::topMuscles(findings, 5);
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
    if (hits(want, top5) < want.size())
      std::printf("  %s: missing from the top 5 muscles:%s\n", place.place.c_str(),
                  myo::test::missingFrom(want, top5).c_str());
  }
  const double recall = static_cast<double>(inTop5Muscles) / static_cast<double>(expected);
  std::printf(
      "pain finder recall on %zu spots, %zu expected muscles: top 5 muscles %.1f %%, "
      "top 5 points %.1f %%, top 8 points %.1f %%\n",
      places.size(), expected, 100.0 * recall,
      100.0 * static_cast<double>(inTop5Points) / static_cast<double>(expected),
      100.0 * static_cast<double>(inTop8Points) / static_cast<double>(expected));
  CHECK(recall >= 0.9);
}
