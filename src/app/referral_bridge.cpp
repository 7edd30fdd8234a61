// Referral playback view and intents.
#include "app/referral_bridge.h"

namespace myo {

ReferralView makeReferralView(const AppState& state) {
  const ReferralState& referral = state.referral;
  return {referral.ready(),
          referral.selection,
          referral.playing,
          referral.loop,
          referral.seconds,
          referral.animation.loopTime,
          referral.speed,
          referral.colormap,
          referral.isolines,
          referral.status(),
          referral.progress().value_or(-1.0f)};
}

void applyReferralIntents(const UiIntents& intents, AppState& state) {
  ReferralState& referral = state.referral;
  if (intents.setPlaying) referral.playing = *intents.setPlaying;
  if (intents.setReferralSeconds) referral.seconds = *intents.setReferralSeconds;
  if (intents.setReferralSpeed) referral.speed = *intents.setReferralSpeed;
  if (intents.setReferralLoop) referral.loop = *intents.setReferralLoop;
  if (intents.setColormap) referral.colormap = *intents.setColormap;
  if (intents.setIsolines) referral.isolines = *intents.setIsolines;
}

}  // namespace myo
