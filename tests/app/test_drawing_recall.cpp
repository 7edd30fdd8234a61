// The drawing finder against the reverse-lookup table (tests/fixtures/pain_reverse_lookup.json):
// at each place a disc of 2, 4 or 8 cm is painted on the bundled body's skin, and the muscles the
// table names are looked for among the top 5 muscles of each way of scoring the overlap. The one
// the app uses must find 90 % of them with the 4 cm disc.
#include <catch2/catch.hpp>

#include <cstdio>
#include <limits>

#include "core/referral/drawing_match.h"
#include "support/bundled_body_state.h"
#include "support/reverse_lookup.h"
#include "support/test_paths.h"

using myo::test::hits;

TEST_CASE("a drawing's top 5 muscles hold 90 % of the muscles the table names", "[pain]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "drawing-recent.txt"),
                      myo::test::scratch() / "drawing-log.tsv");
  myo::test::openBundledBody(state);
  const myo::BodyLandmarks& landmarks = *state.placedAtlas.landmarks();
  const myo::PlacedAtlas::Surface* surface = state.placedAtlas.surface();
  REQUIRE(surface != nullptr);
  REQUIRE(surface->matcher != nullptr);
  const myo::DrawingOverlap ways[] = {myo::DrawingOverlap::DrawingCovered,
                                      myo::DrawingOverlap::WeightedJaccard,
                                      myo::DrawingOverlap::BothWays};
  const char* names[] = {"drawing covered", "weighted Jaccard", "both ways"};
  const float radii[] = {0.02f, 0.04f, 0.08f};
  const std::vector<myo::test::LookupPlace> places = myo::test::reverseLookupPlaces(landmarks);
  double chosen = 0.0;
  for (const float radius : radii) {
    std::size_t expected = 0, found[3] = {0, 0, 0};
    for (const myo::test::LookupPlace& place : places) {
      myo::PainDrawing drawing;
      drawing.dabs.push_back({place.at, radius, myo::PainLevel::Moderate});
      const auto levels = myo::painLevels(surface->paint.mesh, surface->shape, drawing);
      const std::vector<std::string>& want = place.expected;
      expected += want.size();
      for (int w = 0; w < 3; ++w) {
        const auto findings =
            surface->matcher->rank(levels, ways[w], std::numeric_limits<std::size_t>::max());
        const std::vector<std::string> top5 = myo::test::topMuscles(findings, 5);
        found[w] += hits(want, top5);
        if (ways[w] == myo::kDrawingOverlap && radius == 0.04f && hits(want, top5) < want.size())
          std::printf("  %s: missing from the top 5 muscles:%s\n", place.place.c_str(),
                      myo::test::missingFrom(want, top5).c_str());
      }
    }
    for (int w = 0; w < 3; ++w) {
      const double recall = static_cast<double>(found[w]) / static_cast<double>(expected);
      std::printf("drawing finder, %.0f cm disc, %s: top 5 muscles hold %.1f %% of %zu\n",
                  100.0 * radius, names[w], 100.0 * recall, expected);
      if (ways[w] == myo::kDrawingOverlap && radius == 0.04f) chosen = recall;
    }
  }
  CHECK(chosen >= 0.9);
}
