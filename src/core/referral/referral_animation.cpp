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

float referralShade(float distance, float essential, float spillover, float seconds,
                    const ReferralAnimation& a) {
  constexpr float kTwoPi = 2.0f * std::numbers::pi_v<float>;
  const float t = std::fmod(std::max(seconds, 0.0f), a.loopTime);
  const float front = a.frontSpeed * std::min(t, a.travelTime);
  // Behind the front the zones are lit; the rim fades in over rimWidth.
  const float reached = 1.0f - smoothstep(front - a.rimWidth, front, distance);
  const float zone = std::max(essential, a.spilloverGain * spillover);
  const float breathing =
      t > a.travelTime
          ? 1.0f - a.breatheDepth *
                       (0.5f - 0.5f * std::cos(kTwoPi * (t - a.travelTime) / a.breathePeriod))
          : 1.0f;
  const float band = (distance - front) / a.rimWidth;
  const float glow = t < a.travelTime ? a.frontGlow * std::exp(-band * band) : 0.0f;
  const float pulse = 0.75f + 0.25f * std::sin(kTwoPi * t / a.pulsePeriod);
  const float knot = pulse * (1.0f - smoothstep(0.5f * a.knotRadius, a.knotRadius, distance));
  return std::clamp(std::max({zone * reached * breathing, glow, knot}), 0.0f, 1.0f);
}

}  // namespace myo
