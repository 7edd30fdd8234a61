// The drawing finder against the reverse-lookup table (tests/fixtures/pain_reverse_lookup.json):
// at each place a disc of 2, 4 or 8 cm is painted on the bundled body's skin, and the muscles the
// table names are looked for among the top 5 muscles of each way of scoring the overlap. The one
// the app uses must find 90 % of them with the 4 cm disc.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <limits>

#include <nlohmann/json.hpp>

#include "core/atlas/pain_muscles.h"
#include "core/referral/drawing_match.h"
#include "support/bundled_body_state.h"
#include "support/test_paths.h"

namespace {

std::size_t hits(const std::vector<std::string>& expected, const std::vector<std::string>& found) {
  return static_cast<std::size_t>(std::count_if(
      expected.begin(), expected.end(),
      [&](const auto& m) { return std::find(found.begin(), found.end(), m) != found.end(); }));
}

}  // namespace

TEST_CASE("a drawing's top 5 muscles hold 90 % of the muscles the table names", "[pain]") {
  std::ifstream file(myo::test::fixtures() / "pain_reverse_lookup.json");
  REQUIRE(file);
  const nlohmann::json table = nlohmann::json::parse(file);
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
  double chosen = 0.0;
  for (const float radius : radii) {
    std::size_t expected = 0, found[3] = {0, 0, 0};
    for (const auto& [spot, muscles] : table["spots"].items()) {
      const auto [name, side] = myo::splitSideLabel(spot);
      const auto at =
          spot.find('.') == std::string::npos ? landmarks.at(name, 0) : landmarks.at(name, side);
      INFO(spot);
      REQUIRE(at);
      myo::PainDrawing drawing;
      drawing.dabs.push_back({*at, radius, myo::PainLevel::Moderate});
      const auto levels = myo::painLevels(surface->paint.mesh, surface->shape, drawing);
      const std::vector<std::string> want = muscles.get<std::vector<std::string>>();
      expected += want.size();
      for (int w = 0; w < 3; ++w) {
        const auto findings =
            surface->matcher->rank(levels, ways[w], std::numeric_limits<std::size_t>::max());
        std::vector<std::string> top5;
        for (const myo::PainMuscle& m : myo::painMuscles(findings, 5))
          top5.insert(top5.end(), m.members.begin(), m.members.end());
        found[w] += hits(want, top5);
        if (ways[w] == myo::kDrawingOverlap && radius == 0.04f && hits(want, top5) < want.size()) {
          std::string missing;
          for (const std::string& m : want)
            if (std::find(top5.begin(), top5.end(), m) == top5.end()) missing.append(" ").append(m);
          std::printf("  %s: missing from the top 5 muscles:%s\n", spot.c_str(), missing.c_str());
        }
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
