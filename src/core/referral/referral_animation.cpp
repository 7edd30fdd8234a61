// The CPU twin of the shader's referral formula.
#include "core/referral/referral_animation.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace myo {
namespace {

float smoothstep(float edge0, float edge1, float x) {
  const float t = std::clamp((x - edge0) / (edge1 - edge0), 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

}  // namespace

ReferralMoment referralMoment(float seconds, const ReferralAnimation& a) {
  constexpr float kTwoPi = 2.0f * std::numbers::pi_v<float>;
  const float t = std::fmod(std::max(seconds, 0.0f), a.loopTime);
  ReferralMoment moment;
  moment.front = a.frontSpeed * std::min(t, a.travelTime);
  if (t > a.travelTime)
    moment.breathing =
        1.0f -
        a.breatheDepth * (0.5f - 0.5f * std::cos(kTwoPi * (t - a.travelTime) / a.breathePeriod));
  moment.glow = t < a.travelTime ? a.frontGlow : 0.0f;
  moment.pulse = 0.75f + 0.25f * std::sin(kTwoPi * t / a.pulsePeriod);
  return moment;
}

float referralShade(float distance, float essential, float spillover, const ReferralMoment& m,
                    const ReferralAnimation& a) {
  // Behind the front the zones are lit; the rim fades in over rimWidth.
  const float reached = 1.0f - smoothstep(m.front - a.rimWidth, m.front, distance);
  const float zone = std::max(essential, a.spilloverGain * spillover);
  const float band = (distance - m.front) / a.rimWidth;
  const float glow = m.glow * std::exp(-band * band);
  const float knot = m.pulse * (1.0f - smoothstep(0.5f * a.knotRadius, a.knotRadius, distance));
  return std::clamp(std::max({zone * reached * m.breathing, glow, knot}), 0.0f, 1.0f);
}

float referralShade(float distance, float essential, float spillover, float seconds,
                    const ReferralAnimation& a) {
  return referralShade(distance, essential, spillover, referralMoment(seconds, a), a);
}

}  // namespace myo
