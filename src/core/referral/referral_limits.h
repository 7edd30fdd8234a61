// Limits of the referral display that the app, the renderer and the command line share: how many
// trigger points' referrals combine at once, and the spacing of the distance isolines. Plain
// constants; no GL.
#pragma once

#include <cstddef>

namespace myo {

inline constexpr std::size_t kMaxReferralFields = 4;  // trigger points painted together
inline constexpr float kIsolineSpacing = 0.05f;       // m between distance isolines

}  // namespace myo
