// Referral playback view and intents.
#include "app/referral_bridge.h"

#include "app/layers_bridge.h"
#include "app/referral_framing.h"

namespace myo {

ReferralView makeReferralView(const AppState& state) {
  const ReferralPlayback& referral = state.referral;
  const PlacedAtlas& atlas = state.placedAtlas;
  // Work in progress or a problem: the atlas's preparation first, then a field.
  const std::string status = atlas.status().empty() ? referral.status() : atlas.status();
  const std::optional<float> progress = atlas.busy() ? atlas.progress() : referral.progress();
  return {atlas.ready(),  referral.selection,      referral.playing,
          referral.loop,  referral.seconds,        referral.animation.loopTime,
          referral.speed, referral.colormap,       referral.isolines,
          status,         progress.value_or(-1.0f)};
}

void applyReferralIntents(const UiIntents& intents, AppState& state) {
  ReferralPlayback& referral = state.referral;
  if (intents.setPlaying) referral.playing = *intents.setPlaying;
  if (intents.setReferralSeconds) referral.seconds = *intents.setReferralSeconds;
  if (intents.setReferralSpeed) referral.speed = *intents.setReferralSpeed;
  if (intents.setReferralLoop) referral.loop = *intents.setReferralLoop;
  if (intents.setColormap) referral.colormap = *intents.setColormap;
  if (intents.setIsolines) referral.isolines = *intents.setIsolines;
}

namespace {

// The share of the view left free around a referral a lesson step frames: a wide classroom
// view keeps the head and limbs around the zones in sight.
constexpr float kLessonReferralMargin = 0.14f;

}  // namespace

void paintWhereSeen(AppState& state) {
  state.referral.paintOnMuscles(!skinSeen(state));
}

void frameChosenReferral(AppState& state) {
  if (!state.frameReferralWhenReady) return;
  const std::vector<PaintedPart>* fields = state.referral.readyFields();
  if (fields == nullptr) return;
  if (state.referralFrameView) {
    state.camera.setPreset(*state.referralFrameView);
    state.camera.fitView(referralRegion(state.body.model, *fields, state.referral.knots()),
                         state.viewAspect, kLessonReferralMargin);
  } else {
    frameReferral(state.camera, state.body.model, *fields, state.referral.knots(),
                  state.viewAspect);
  }
  state.frameReferralWhenReady = false;
  state.referralFrameView.reset();
}

}  // namespace myo
