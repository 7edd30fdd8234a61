// Presenter mode on the window system's side: the window goes full screen on its monitor when
// presenter mode starts and back to its place and size when it ends; the cursor hides while
// the pointer rests. GLFW only; the state says whether presenter mode is on.
#pragma once

struct GLFWwindow;

namespace myo {

class AppState;

class PresenterWindow {
 public:
  // Goes full screen or back when state.presenter() changed since the last call, and records the
  // monitor's height in mm in the state. Call once a frame. O(1).
  void follow(GLFWwindow* window, AppState& state);
  // Hides the cursor in presenter mode after `idleSeconds` without a pointer move; shows it
  // otherwise. O(1).
  void hideIdleCursor(GLFWwindow* window, bool presenter, double idleSeconds);
  // The window's size as the user left it: the windowed size while full screen. O(1).
  void windowedSize(GLFWwindow* window, int& width, int& height) const;

 private:
  bool fullScreen_ = false;
  int x_ = 0, y_ = 0, width_ = 0, height_ = 0;  // the windowed placement to go back to
  bool cursorHidden_ = false;
  double lastX_ = -1.0, lastY_ = -1.0, movedAt_ = 0.0;
};

}  // namespace myo
