// Reading times, discomfort levels and words out of atlas sentences.
#include <catch2/catch.hpp>

#include "core/text/stated_numbers.h"

namespace {

std::vector<std::pair<float, float>> pairs(const std::vector<myo::StatedRange>& ranges) {
  std::vector<std::pair<float, float>> out;
  for (const myo::StatedRange& r : ranges) out.emplace_back(r.lo, r.hi);
  return out;
}

}  // namespace

TEST_CASE("durations in seconds, minutes and words", "[atlas]") {
  using P = std::vector<std::pair<float, float>>;
  CHECK(pairs(myo::statedSeconds("Hold 45 s.")) == P{{45, 45}});
  CHECK(pairs(myo::statedSeconds("10\u201315 s, three times")) == P{{10, 15}});
  CHECK(pairs(myo::statedSeconds("rest there for 30 to 90 seconds")) == P{{30, 90}});
  CHECK(pairs(myo::statedSeconds("15\u201320 minutes, or 2 minutes")) ==
        P{{900, 1200}, {120, 120}});
  CHECK(pairs(myo::statedSeconds("after about a minute or half a minute")) ==
        P{{60, 60}, {30, 30}});
  CHECK(myo::statedSeconds("3 sets of 2 holds, 5 cm apart").empty());
}

TEST_CASE("discomfort levels out of 10", "[atlas]") {
  using P = std::vector<std::pair<float, float>>;
  CHECK(pairs(myo::statedDiscomfort("about 4\u20136 out of 10")) == P{{4, 6}});
  CHECK(pairs(myo::statedDiscomfort("5-7 of 10, never above 8/10")) == P{{5, 7}, {8, 8}});
  CHECK(myo::statedDiscomfort("10 s holds, 3 of them").empty());
}

TEST_CASE("a word counts unless negated right before it", "[atlas]") {
  CHECK(myo::usesWord("Firm thumb pressure", "firm"));
  CHECK(myo::usesWord("press firmly", "firm"));
  CHECK_FALSE(myo::usesWord("never firm, always gentle", "firm"));
  CHECK_FALSE(myo::usesWord("a warm (never hot) pack", "hot"));
  CHECK(myo::usesWord("a hot or warm pack", "hot"));
  CHECK_FALSE(myo::usesWord("a shot of espresso", "hot"));
  CHECK(myo::usesWord("Use firm pressure here", "firm pressure"));
  CHECK_FALSE(myo::usesWord("Sit on a firm chair", "firm pressure"));
}
