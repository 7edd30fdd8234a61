// The window's keys as intents: view keys always, timer keys only with a chosen point.
#include <catch2/catch.hpp>

#include <GLFW/glfw3.h>

#include "app/key_bindings.h"

namespace {
const myo::KeyContext kPoint{.pointChosen = true};
}  // namespace

TEST_CASE("keys become the same intents a panel would send", "[keys]") {
  CHECK(myo::keyIntents(GLFW_KEY_F, 0, {}).frameAll);
  CHECK(myo::keyIntents(GLFW_KEY_F12, 0, {}).saveViewImage == myo::ViewPicture{});  // the view
  CHECK_FALSE(myo::keyIntents(GLFW_KEY_F12, 0, {}).takeScreenshot);
  CHECK(myo::keyIntents(GLFW_KEY_F12, GLFW_MOD_SHIFT, {}).takeScreenshot);  // the window
  CHECK(myo::keyIntents(GLFW_KEY_F2, 0, {}).toggleSidebar);
  CHECK(myo::keyIntents(GLFW_KEY_F3, 0, {}).toggleInspector);
  CHECK(myo::keyIntents(GLFW_KEY_3, 0, {}).viewPreset == myo::ViewPreset::Left);
  CHECK(myo::keyIntents(GLFW_KEY_6, 0, {}).viewPreset == myo::ViewPreset::ThreeQuarter);
  CHECK_FALSE(myo::keyIntents(GLFW_KEY_7, 0, {}).viewPreset);
  // Space, R and Enter drive the hold timer of a chosen point, and do nothing without one.
  CHECK(myo::keyIntents(GLFW_KEY_SPACE, 0, kPoint).timerToggle);
  CHECK(myo::keyIntents(GLFW_KEY_R, 0, kPoint).timerReset);
  CHECK(myo::keyIntents(GLFW_KEY_ENTER, 0, kPoint).timerRelease);
  CHECK(myo::keyIntents(GLFW_KEY_KP_ENTER, 0, kPoint).timerRelease);
  CHECK_FALSE(myo::keyIntents(GLFW_KEY_SPACE, 0, {}).timerToggle);
  CHECK_FALSE(myo::keyIntents(GLFW_KEY_R, 0, {}).timerReset);
  const myo::UiIntents unbound = myo::keyIntents(GLFW_KEY_Q, 0, kPoint);
  CHECK_FALSE(unbound.frameAll);
  CHECK_FALSE(unbound.timerToggle);
  CHECK_FALSE(unbound.viewPreset);
}

TEST_CASE("with a lesson open the clicker's keys step through it; F11 and Esc, presenter mode",
          "[keys]") {
  const myo::KeyContext lesson{.pointChosen = true, .lessonOpen = true};
  CHECK(myo::keyIntents(GLFW_KEY_RIGHT, 0, lesson).stepBy == 1);
  CHECK(myo::keyIntents(GLFW_KEY_PAGE_DOWN, 0, lesson).stepBy == 1);
  CHECK(myo::keyIntents(GLFW_KEY_SPACE, 0, lesson).stepBy == 1);
  CHECK_FALSE(myo::keyIntents(GLFW_KEY_SPACE, 0, lesson).timerToggle);  // Space steps instead
  CHECK(myo::keyIntents(GLFW_KEY_LEFT, 0, lesson).stepBy == -1);
  CHECK(myo::keyIntents(GLFW_KEY_PAGE_UP, 0, lesson).stepBy == -1);
  CHECK(myo::keyIntents(GLFW_KEY_RIGHT, 0, {}).stepBy == 0);  // no lesson: nothing
  CHECK(myo::keyIntents(GLFW_KEY_F11, 0, {}).togglePresenter);
  CHECK_FALSE(myo::keyIntents(GLFW_KEY_ESCAPE, 0, {}).setPresenter);
  const myo::KeyContext presenter{.presenter = true};
  CHECK(myo::keyIntents(GLFW_KEY_ESCAPE, 0, presenter).setPresenter == false);
  CHECK(myo::keyIntents(GLFW_KEY_EQUAL, GLFW_MOD_CONTROL, presenter).presenterTextBy == 1);
  CHECK(myo::keyIntents(GLFW_KEY_MINUS, GLFW_MOD_CONTROL, presenter).presenterTextBy == -1);
  CHECK(myo::keyIntents(GLFW_KEY_MINUS, GLFW_MOD_CONTROL, {}).presenterTextBy == 0);
}

TEST_CASE("in a class quiz the clicker reveals, then goes on, and Up/Down step the tally",
          "[keys]") {
  const myo::KeyContext asking{.lessonOpen = true, .classQuiz = true};
  CHECK(myo::keyIntents(GLFW_KEY_RIGHT, 0, asking).quizReveal);
  CHECK(myo::keyIntents(GLFW_KEY_RIGHT, 0, asking).stepBy == 0);  // the quiz wins over the lesson
  CHECK(myo::keyIntents(GLFW_KEY_ENTER, 0, asking).quizReveal);
  const myo::KeyContext revealed{.classQuiz = true, .quizRevealed = true};
  CHECK(myo::keyIntents(GLFW_KEY_PAGE_DOWN, 0, revealed).quizNext);
  CHECK_FALSE(myo::keyIntents(GLFW_KEY_PAGE_DOWN, 0, revealed).quizReveal);
  CHECK(myo::keyIntents(GLFW_KEY_UP, 0, revealed).quizTallyBy == 1);
  CHECK(myo::keyIntents(GLFW_KEY_DOWN, 0, revealed).quizTallyBy == -1);
}
