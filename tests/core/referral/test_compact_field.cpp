// The compact referral field: distances in 16-bit steps of the farthest finite one, unreachable
// vertices kept as such, weights only where painted.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "core/referral/compact_field.h"

TEST_CASE("a compact field gives back distances within half a step and weights within 1/131070",
          "[referral][compact]") {
  constexpr float inf = std::numeric_limits<float>::infinity();
  myo::ReferralField field;
  for (int v = 0; v < 1000; ++v) {
    field.distance.push_back(2.5f * static_cast<float>(v) / 999.0f);
    const bool painted = v % 10 == 3;
    field.essential.push_back(painted ? static_cast<float>(v) / 999.0f : 0.0f);
    field.spillover.push_back(v % 20 == 3 ? 1.0f - static_cast<float>(v) / 999.0f : 0.0f);
  }
  field.distance[7] = inf;  // a vertex the knot's surface does not reach
  const myo::CompactField compact = myo::compactField(field);
  CHECK(compact.distance.size() == 1000);
  CHECK(compact.painted.size() == 100);  // the vertices with a weight, not all of them
  CHECK(compact.distanceStep == Approx(2.5f / 65534.0f));
  CHECK(compact.bytes() < 1000 * 3);  // against 12 bytes a vertex at full size

  const myo::ReferralField back = myo::expandedField(compact);
  REQUIRE(back.distance.size() == 1000);
  REQUIRE(back.essential.size() == 1000);
  REQUIRE(back.spillover.size() == 1000);
  CHECK(std::isinf(back.distance[7]));
  float distanceError = 0.0f, weightError = 0.0f;
  for (std::size_t v = 0; v < 1000; ++v) {
    if (v == 7) continue;
    distanceError = std::max(distanceError, std::abs(back.distance[v] - field.distance[v]));
    weightError = std::max({weightError, std::abs(back.essential[v] - field.essential[v]),
                            std::abs(back.spillover[v] - field.spillover[v])});
  }
  CHECK(distanceError <= 0.5f * compact.distanceStep + 1e-6f);  // + the float's rounding
  CHECK(distanceError > 0.0f);                                  // it is quantised, not stored whole
  CHECK(weightError <= 1.0f / 131070.0f * 1.001f);
  CHECK(back.distance[999] == Approx(2.5f));
  CHECK(back.essential[13] == Approx(13.0f / 999.0f).margin(1e-5));
  CHECK(back.spillover[14] == 0.0f);  // never painted stays zero
}

TEST_CASE("a compact field of a knot reaching nothing else keeps its shape",
          "[referral][compact]") {
  myo::ReferralField field;
  field.distance = {0.0f, std::numeric_limits<float>::infinity()};
  field.essential = {1.0f, 0.0f};
  field.spillover = {0.0f, 0.0f};
  const myo::ReferralField back = myo::expandedField(myo::compactField(field));
  REQUIRE(back.distance.size() == 2);
  CHECK(back.distance[0] == 0.0f);
  CHECK(std::isinf(back.distance[1]));
  CHECK(back.essential == std::vector<float>{1.0f, 0.0f});
  CHECK(back.spillover == std::vector<float>{0.0f, 0.0f});
}
