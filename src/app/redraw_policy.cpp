// What keeps the window drawing.
#include "app/redraw_policy.h"

namespace myo {

bool animating(const AppState& state) {
  const HoldTimer& timer = state.treatment.timer();
  const bool timing =
      timer.phase() != HoldPhase::Ready && timer.phase() != HoldPhase::Done && !timer.paused();
  const bool playing = state.referral.playing && !state.referral.selection.empty();
  return state.camera.animating() || playing || state.referral.busy() || state.placedAtlas.busy() ||
         state.bodyLoader.busy() || state.buildingBvh() || timing || state.clock < state.cueUntil ||
         state.fitWhenDrawn || state.turntable || (state.lesson && state.lesson->waitingForBody) ||
         (state.quiz && state.quiz->classRound && !state.quiz->classRound->timeUp(state.clock));
}

}  // namespace myo
