// GLFW key codes → intents.
#include "app/key_bindings.h"

#include <GLFW/glfw3.h>

namespace myo {

UiIntents keyIntents(int key, int mods, const KeyContext& context) {
  constexpr ViewPreset kPresets[] = {ViewPreset::Front, ViewPreset::Back, ViewPreset::Left,
                                     ViewPreset::Right, ViewPreset::Top,  ViewPreset::ThreeQuarter};
  const bool ctrl = (mods & GLFW_MOD_CONTROL) != 0;
  UiIntents intents;
  if (key == GLFW_KEY_F) intents.frameAll = true;
  if (key == GLFW_KEY_F12 && (mods & GLFW_MOD_SHIFT) != 0) intents.takeScreenshot = true;
  if (key == GLFW_KEY_F12 && (mods & GLFW_MOD_SHIFT) == 0) intents.saveViewImage = ViewPicture{};
  if (key == GLFW_KEY_F2) intents.toggleSidebar = true;
  if (key == GLFW_KEY_F3) intents.toggleInspector = true;
  if (key == GLFW_KEY_F4) intents.showDiary = !context.diaryOpen;
  if (key == GLFW_KEY_F11) intents.togglePresenter = true;
  if (key == GLFW_KEY_T) intents.setTurntable = !context.turntable;
  if (key == GLFW_KEY_ESCAPE && context.presenter) intents.setPresenter = false;
  if (context.presenter && ctrl && (key == GLFW_KEY_EQUAL || key == GLFW_KEY_KP_ADD))
    intents.presenterTextBy = 1;
  if (context.presenter && ctrl && (key == GLFW_KEY_MINUS || key == GLFW_KEY_KP_SUBTRACT))
    intents.presenterTextBy = -1;
  if (key >= GLFW_KEY_1 && key <= GLFW_KEY_6) intents.viewPreset = kPresets[key - GLFW_KEY_1];
  if (context.classQuiz) {
    const bool forward = key == GLFW_KEY_RIGHT || key == GLFW_KEY_PAGE_DOWN ||
                         key == GLFW_KEY_SPACE || key == GLFW_KEY_ENTER;
    if (forward) (context.quizRevealed ? intents.quizNext : intents.quizReveal) = true;
    if (key == GLFW_KEY_UP) intents.quizTallyBy = 1;
    if (key == GLFW_KEY_DOWN) intents.quizTallyBy = -1;
    return intents;
  }
  if (context.lessonOpen) {
    if (key == GLFW_KEY_RIGHT || key == GLFW_KEY_PAGE_DOWN || key == GLFW_KEY_SPACE)
      intents.stepBy = 1;
    if (key == GLFW_KEY_LEFT || key == GLFW_KEY_PAGE_UP) intents.stepBy = -1;
    return intents;  // Space steps the lesson; the timer keeps its buttons
  }
  if (!context.pointChosen) return intents;  // the timer keys need a chosen point
  if (key == GLFW_KEY_SPACE) intents.timerToggle = true;
  if (key == GLFW_KEY_R) intents.timerReset = true;
  if (key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER) intents.timerRelease = true;
  return intents;
}

}  // namespace myo
