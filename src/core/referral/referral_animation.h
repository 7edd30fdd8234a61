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

// The shade (0–1, how often patients report pain there) at a vertex `distance` m from the knot
// with zone weights `essential` and `spillover`, at animation time `seconds`. O(1).
[[nodiscard]] float referralShade(float distance, float essential, float spillover, float seconds,
                                  const ReferralAnimation& animation = {});

}  // namespace myo
