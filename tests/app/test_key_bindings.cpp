// The window's keys as intents: view keys always, timer keys only with a chosen point.
#include <catch2/catch.hpp>

#include <GLFW/glfw3.h>

#include "app/key_bindings.h"

TEST_CASE("keys become the same intents a panel would send", "[keys]") {
  CHECK(myo::keyIntents(GLFW_KEY_F, 0, false).frameAll);
  CHECK(myo::keyIntents(GLFW_KEY_F12, 0, false).saveViewImage == 1);  // the 3D view alone
  CHECK_FALSE(myo::keyIntents(GLFW_KEY_F12, 0, false).takeScreenshot);
  CHECK(myo::keyIntents(GLFW_KEY_F12, GLFW_MOD_SHIFT, false).takeScreenshot);  // the window
  CHECK(myo::keyIntents(GLFW_KEY_F2, 0, false).toggleSidebar);
  CHECK(myo::keyIntents(GLFW_KEY_F3, 0, false).toggleInspector);
  CHECK(myo::keyIntents(GLFW_KEY_3, 0, false).viewPreset == myo::ViewPreset::Left);
  CHECK(myo::keyIntents(GLFW_KEY_6, 0, false).viewPreset == myo::ViewPreset::ThreeQuarter);
  CHECK_FALSE(myo::keyIntents(GLFW_KEY_7, 0, false).viewPreset);
  // Space, R and Enter drive the hold timer of a chosen point, and do nothing without one.
  CHECK(myo::keyIntents(GLFW_KEY_SPACE, 0, true).timerToggle);
  CHECK(myo::keyIntents(GLFW_KEY_R, 0, true).timerReset);
  CHECK(myo::keyIntents(GLFW_KEY_ENTER, 0, true).timerRelease);
  CHECK(myo::keyIntents(GLFW_KEY_KP_ENTER, 0, true).timerRelease);
  CHECK_FALSE(myo::keyIntents(GLFW_KEY_SPACE, 0, false).timerToggle);
  CHECK_FALSE(myo::keyIntents(GLFW_KEY_R, 0, false).timerReset);
  const myo::UiIntents unbound = myo::keyIntents(GLFW_KEY_Q, 0, true);
  CHECK_FALSE(unbound.frameAll);
  CHECK_FALSE(unbound.timerToggle);
  CHECK_FALSE(unbound.viewPreset);
}
