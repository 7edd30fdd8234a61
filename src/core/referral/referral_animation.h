// The referral animation as one function of (vertex data, time, parameters): the knot pulses, a
// front spreads from the knot along the surface, zones light up with their weight as the front
// reaches them (essential full, spillover weaker, a soft rim), then the pattern breathes in a
// loop. Any GPU version must compute exactly this; this one serves tests, the pain finder and
// export. No GL.
#pragma once

namespace myo {

struct ReferralAnimation {
  float frontSpeed = 0.5f;      // m/s along the surface
  float rimWidth = 0.04f;       // m, soft edge of the front
  float spilloverGain = 0.55f;  // spillover brightness relative to essential
  float frontGlow = 0.12f;      // brightness of the travelling front outside the zones
  float knotRadius = 0.025f;    // m, the pulsing spot around the knot
  float pulsePeriod = 1.2f;     // s
  float breathePeriod = 3.0f;   // s
  float breatheDepth = 0.25f;   // 0–1, how far the lit pattern dims while breathing
  float travelTime = 4.0f;      // s from the knot to the farthest zone, before breathing
  float loopTime = 10.0f;       // s, the whole cycle
};

// What the animation is at one moment, the same for every vertex (a shader takes it as uniforms).
struct ReferralMoment {
  float front = 0.0f;      // m from the knot the front has reached
  float breathing = 1.0f;  // 1 while the front travels, then dimming by up to breatheDepth
  float glow = 0.0f;       // the front's glow: frontGlow while it travels, then 0
  float pulse = 1.0f;      // the knot's brightness, 0.5–1
};

// The moment at animation time `seconds` (s since the selection, looping). O(1).
[[nodiscard]] ReferralMoment referralMoment(float seconds, const ReferralAnimation& animation = {});

// The shade (0–1, how often patients report pain there) at a vertex `distance` m from the knot
// with zone weights `essential` and `spillover`, at `moment`. O(1).
[[nodiscard]] float referralShade(float distance, float essential, float spillover,
                                  const ReferralMoment& moment,
                                  const ReferralAnimation& animation = {});
// The same at animation time `seconds`. O(1).
[[nodiscard]] float referralShade(float distance, float essential, float spillover, float seconds,
                                  const ReferralAnimation& animation = {});

}  // namespace myo
