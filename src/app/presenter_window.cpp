// glfwSetWindowMonitor both ways; the cursor mode from the pointer's last move.
#include "app/presenter_window.h"

#include <GLFW/glfw3.h>

#include "app/app_state.h"

namespace myo {

void PresenterWindow::follow(GLFWwindow* window, AppState& state) {
  if (state.presenter() == fullScreen_) return;
  fullScreen_ = state.presenter();
  if (fullScreen_) {
    glfwGetWindowPos(window, &x_, &y_);
    glfwGetWindowSize(window, &width_, &height_);
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = monitor != nullptr ? glfwGetVideoMode(monitor) : nullptr;
    if (mode == nullptr) return;  // no monitor to fill: presenter mode in the window as it is
    int widthMm = 0, heightMm = 0;
    glfwGetMonitorPhysicalSize(monitor, &widthMm, &heightMm);
    state.screenMillimetres = static_cast<float>(heightMm);
    glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
  } else {
    glfwSetWindowMonitor(window, nullptr, x_, y_, width_, height_, GLFW_DONT_CARE);
  }
}

void PresenterWindow::hideIdleCursor(GLFWwindow* window, bool presenter, double idleSeconds) {
  double x = 0.0, y = 0.0;
  glfwGetCursorPos(window, &x, &y);
  const double now = glfwGetTime();
  if (x != lastX_ || y != lastY_) {
    lastX_ = x;
    lastY_ = y;
    movedAt_ = now;
  }
  const bool hide = presenter && now - movedAt_ > idleSeconds;
  if (hide == cursorHidden_) return;
  cursorHidden_ = hide;
  glfwSetInputMode(window, GLFW_CURSOR, hide ? GLFW_CURSOR_HIDDEN : GLFW_CURSOR_NORMAL);
}

void PresenterWindow::windowedSize(GLFWwindow* window, int& width, int& height) const {
  if (fullScreen_) {
    width = width_;
    height = height_;
  } else {
    glfwGetWindowSize(window, &width, &height);
  }
}

}  // namespace myo
