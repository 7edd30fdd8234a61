// The window's keys as intents: view keys always, timer keys only with a chosen point.
#include <catch2/catch.hpp>

#include <GLFW/glfw3.h>

#include "app/key_bindings.h"

TEST_CASE("keys become the same intents a panel would send", "[keys]") {
  CHECK(myo::keyIntents(GLFW_KEY_F, false).frameAll);
  CHECK(myo::keyIntents(GLFW_KEY_F12, false).takeScreenshot);
  CHECK(myo::keyIntents(GLFW_KEY_3, false).viewPreset == myo::ViewPreset::Left);
  CHECK(myo::keyIntents(GLFW_KEY_6, false).viewPreset == myo::ViewPreset::ThreeQuarter);
  CHECK_FALSE(myo::keyIntents(GLFW_KEY_7, false).viewPreset);
  // Space, R and Enter drive the hold timer of a chosen point, and do nothing without one.
  CHECK(myo::keyIntents(GLFW_KEY_SPACE, true).timerToggle);
  CHECK(myo::keyIntents(GLFW_KEY_R, true).timerReset);
  CHECK(myo::keyIntents(GLFW_KEY_ENTER, true).timerRelease);
  CHECK(myo::keyIntents(GLFW_KEY_KP_ENTER, true).timerRelease);
  CHECK_FALSE(myo::keyIntents(GLFW_KEY_SPACE, false).timerToggle);
  CHECK_FALSE(myo::keyIntents(GLFW_KEY_R, false).timerReset);
  const myo::UiIntents unbound = myo::keyIntents(GLFW_KEY_Q, true);
  CHECK_FALSE(unbound.frameAll);
  CHECK_FALSE(unbound.timerToggle);
  CHECK_FALSE(unbound.viewPreset);
}
