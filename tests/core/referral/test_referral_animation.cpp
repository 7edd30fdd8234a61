// The referral animation formula and the colormaps.
#include <catch2/catch.hpp>

#include "core/referral/colormap.h"
#include "core/referral/referral_animation.h"

using myo::referralShade;

TEST_CASE("the knot pulses from the start; zones light when the front reaches them", "[referral]") {
  const myo::ReferralAnimation a;
  CHECK(referralShade(0.0f, 0.0f, 0.0f, 0.0f) > 0.5f);           // the knot itself
  const float zoneDistance = 0.4f;                               // reached at 0.8 s at 0.5 m/s
  CHECK(referralShade(zoneDistance, 1.0f, 0.0f, 0.3f) < 1e-3f);  // the front is far away
  CHECK(referralShade(zoneDistance, 1.0f, 0.0f, 0.79f) < 0.5f);  // the front's soft rim
  CHECK(referralShade(zoneDistance, 1.0f, 0.0f, 1.0f) == Approx(1.0f));
  CHECK(referralShade(zoneDistance, 0.6f, 0.0f, 2.0f) == Approx(0.6f));  // its own weight
  // Spillover is weaker than essential at the same weight.
  CHECK(referralShade(zoneDistance, 0.0f, 1.0f, 2.0f) == Approx(a.spilloverGain));
  // The travelling front glows faintly outside the zones, and not once it has passed.
  CHECK(referralShade(0.5f, 0.0f, 0.0f, 1.0f) == Approx(a.frontGlow));
  CHECK(referralShade(0.2f, 0.0f, 0.0f, 1.0f) < 0.01f);
}

TEST_CASE("after the travel the pattern breathes and the cycle loops", "[referral]") {
  const myo::ReferralAnimation a;
  const float lit = referralShade(0.4f, 1.0f, 0.0f, a.travelTime);
  const float dim = referralShade(0.4f, 1.0f, 0.0f, a.travelTime + 0.5f * a.breathePeriod);
  CHECK(lit == Approx(1.0f));
  CHECK(dim == Approx(1.0f - a.breatheDepth));
  for (const float t : {0.3f, 1.0f, 2.0f, 4.0f, 6.5f})
    CHECK(referralShade(0.4f, 0.8f, 0.3f, t) ==
          Approx(referralShade(0.4f, 0.8f, 0.3f, t + a.loopTime)).margin(1e-5));
  // The range stays fixed: never above 1 or below 0.
  for (float t = 0.0f; t < 10.0f; t += 0.37f)
    for (float d = 0.0f; d < 2.0f; d += 0.11f) {
      const float s = referralShade(d, 1.0f, 1.0f, t);
      CHECK(s >= 0.0f);
      CHECK(s <= 1.0f);
    }
}

TEST_CASE("colormaps run from their first to their last stop with steady lightness", "[referral]") {
  auto luminance = [](glm::vec3 c) { return 0.2126f * c.x + 0.7152f * c.y + 0.0722f * c.z; };
  for (const myo::Colormap map :
       {myo::Colormap::Warm, myo::Colormap::Viridis, myo::Colormap::Cividis}) {
    INFO(myo::colormapName(map));
    const float first = luminance(myo::colormapColor(map, 0.0f));
    const float last = luminance(myo::colormapColor(map, 1.0f));
    CHECK(myo::colormapColor(map, -1.0f) == myo::colormapColor(map, 0.0f));
    CHECK(myo::colormapColor(map, 2.0f) == myo::colormapColor(map, 1.0f));
    // Monotone lightness: a colour-blind or greyscale reader still reads the order.
    float previous = first;
    for (float v = 0.05f; v <= 1.0f; v += 0.05f) {
      const float l = luminance(myo::colormapColor(map, v));
      if (map == myo::Colormap::Warm)
        CHECK(l <= previous + 1e-4f);  // pale to deep red: darker means more frequent
      else
        CHECK(l >= previous - 1e-4f);  // viridis, cividis: lighter means more frequent
      previous = l;
    }
    CHECK(std::abs(last - first) > 0.4f);
  }
}

TEST_CASE("the animation's moment: the front travels, glows, then the pattern breathes",
          "[referral]") {
  const myo::ReferralAnimation a;
  const myo::ReferralMoment travelling = myo::referralMoment(1.0f, a);
  CHECK(travelling.front == Approx(a.frontSpeed * 1.0f));
  CHECK(travelling.breathing == 1.0f);
  CHECK(travelling.glow == a.frontGlow);
  const myo::ReferralMoment arrived = myo::referralMoment(a.travelTime + 0.5f * a.breathePeriod, a);
  CHECK(arrived.front == Approx(a.frontSpeed * a.travelTime));
  CHECK(arrived.glow == 0.0f);
  CHECK(arrived.breathing == Approx(1.0f - a.breatheDepth));  // the deepest dim, half a breath in
  CHECK(myo::referralMoment(0.25f * a.pulsePeriod, a).pulse == Approx(1.0f));
  CHECK(myo::referralMoment(a.loopTime + 1.0f, a).front == Approx(travelling.front));  // loops
  // The shade at a moment is the shade at its time.
  for (const float d : {0.0f, 0.3f, 0.49f, 0.8f})
    CHECK(myo::referralShade(d, 0.7f, 0.4f, travelling, a) ==
          myo::referralShade(d, 0.7f, 0.4f, 1.0f, a));
}
