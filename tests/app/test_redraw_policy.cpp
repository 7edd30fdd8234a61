// The redraw policy: the window keeps drawing only while something moves on its own (camera,
// referral, timer, background work) and sleeps otherwise.
#include <catch2/catch.hpp>

#include "app/apply_intents.h"
#include "app/redraw_policy.h"
#include "app/treatment_bridge.h"
#include "support/bundled_body_state.h"
#include "support/test_paths.h"

namespace {

// Lets the background work and the camera finish, as frames would.
void settle(myo::AppState& state) {
  for (int i = 0; i < 6000 && (state.buildingBvh() || state.referral.busy()); ++i) {
    state.collectBvh();
    state.referral.update(0.0f);
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  state.camera.snap();
  state.fitWhenDrawn = false;
}

}  // namespace

TEST_CASE("an idle window draws nothing until something moves", "[state]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "redraw-recent.txt"),
                      myo::test::scratch() / "redraw-log.tsv");
  myo::test::openBundledBody(state);
  CHECK(myo::animating(state));  // a new body waits to be fitted
  settle(state);
  CHECK_FALSE(myo::animating(state));

  myo::UiIntents view;
  view.viewPreset = myo::ViewPreset::Back;
  (void)myo::applyIntents(view, state);
  CHECK(myo::animating(state));  // the camera eases round
  state.camera.snap();
  CHECK_FALSE(myo::animating(state));

  myo::UiIntents choose;
  choose.selectTriggerPoint = myo::test::placedIndex(state, "upper_trapezius_1.R");
  (void)myo::applyIntents(choose, state);
  CHECK(myo::animating(state));  // the referral plays
  settle(state);
  state.referral.playing = false;
  CHECK_FALSE(myo::animating(state));

  myo::UiIntents start;
  start.timerStart = true;
  (void)myo::applyIntents(start, state);
  CHECK(myo::animating(state));  // the hold timer counts down
  myo::UiIntents pause;
  pause.timerPause = true;
  (void)myo::applyIntents(pause, state);
  state.cueUntil = -1.0;
  CHECK_FALSE(myo::animating(state));
}
