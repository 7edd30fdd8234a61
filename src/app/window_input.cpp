// Window input: GLFW callbacks into the WindowContext, and picking through the camera.
#include "app/window_input.h"

#include <epoxy/gl.h>
// GLFW after epoxy so it does not pull in the system GL header.
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <imgui.h>

#include <glm/geometric.hpp>

#include "app/key_bindings.h"
#include "app/layers_bridge.h"
#include "app/quiz_bridge.h"
#include "ui/pointer_capture.h"

namespace myo {
namespace {

constexpr double kClickPixels = 4.0;  // a press and release closer than this is a click

WindowContext& contextOf(GLFWwindow* window) {
  return *static_cast<WindowContext*>(glfwGetWindowUserPointer(window));
}

// A stroke's samples as clicks, the first marked as its start when `first`.
void addStrokeSamples(WindowContext& context, const std::vector<glm::dvec2>& samples, bool first) {
  for (const glm::dvec2& at : samples) {
    context.clicks.push_back({at, false, true, first});
    first = false;
  }
}

void onMouseButton(GLFWwindow* window, int button, int action, int mods) {
  WindowContext& context = contextOf(window);
  context.input.mouseButton(button, action == GLFW_PRESS);
  ++context.events;
  double x = 0, y = 0;
  glfwGetCursorPos(window, &x, &y);
  const bool pressed = action == GLFW_PRESS;
  if (pressed && panelsTakePress(x, y)) return;
  if (button == GLFW_MOUSE_BUTTON_LEFT && !pressed && context.stroke.active()) {
    context.stroke.end();
    return;
  }
  if (button == GLFW_MOUSE_BUTTON_LEFT && pressed && (mods & GLFW_MOD_SHIFT) != 0 &&
      (quizTakesStrokes(*context.state) || context.state->painMode())) {
    addStrokeSamples(context, context.stroke.begin({x, y}), true);  // paints, not turns
    return;
  }
  if (button == GLFW_MOUSE_BUTTON_LEFT && pressed) context.pressedAt = {x, y};
  if (button == GLFW_MOUSE_BUTTON_LEFT && !pressed &&
      glm::distance(context.pressedAt, glm::dvec2(x, y)) < kClickPixels) {
    context.clicks.push_back({glm::dvec2(x, y), (mods & GLFW_MOD_CONTROL) != 0});
  }
  const PointerButton which = button == GLFW_MOUSE_BUTTON_LEFT    ? PointerButton::Left
                              : button == GLFW_MOUSE_BUTTON_RIGHT ? PointerButton::Right
                                                                  : PointerButton::Middle;
  context.camera->button(which, pressed, x, y, glfwGetTime());
}

void onKey(GLFWwindow* window, int key, int /*scancode*/, int action, int mods) {
  WindowContext& context = contextOf(window);
  ++context.events;
  if (action != GLFW_REPEAT) context.input.key(key, action == GLFW_PRESS);  // ImGui repeats
  if (action != GLFW_PRESS || ImGui::GetIO().WantCaptureKeyboard) return;
  const AppState& state = *context.state;
  context.keys.push_back(keyIntents(
      key, mods,
      {!state.treatment.pointLabel().empty(), state.lesson.has_value(), state.presenter(),
       state.turntable, state.quiz && state.quiz->classRound && !state.quiz->finished(),
       state.quiz && state.quiz->feedback.has_value(), state.dock.diary}));
}

}  // namespace

std::optional<RayHit> pickAt(const WindowContext& context, double x, double y) {
  const ScreenRect& a = context.area;
  if (a.width < 1.0f || a.height < 1.0f) return std::nullopt;
  const Ray ray = context.state->camera.rayThroughPixel(
      static_cast<float>(x - a.x), static_cast<float>(y - a.y), static_cast<int>(a.width),
      static_cast<int>(a.height));
  return context.state->bvh.intersect(ray, pickableParts(*context.state));
}

UiIntents clickIntents(const WindowContext& context, const WindowContext::Click& click) {
  UiIntents intents;
  const std::optional<RayHit> hit = pickAt(context, click.at.x, click.at.y);
  intents.clickBody = UiIntents::BodyClick{hit ? static_cast<int>(hit->part) : -1,
                                           hit ? hit->point : glm::vec3(0.0f), click.ctrl,
                                           click.brush, click.strokeStart};
  return intents;
}

void installCallbacks(GLFWwindow* window) {
  glfwSetMouseButtonCallback(window, onMouseButton);
  glfwSetCursorPosCallback(window, [](GLFWwindow* w, double x, double y) {
    WindowContext& context = contextOf(w);
    context.input.mouseMove(static_cast<float>(x), static_cast<float>(y));
    ++context.events;
    if (context.stroke.active()) {
      addStrokeSamples(context, context.stroke.moveTo({x, y}), false);
      return;
    }
    context.camera->move(x, y, static_cast<int>(context.area.height));
  });
  glfwSetScrollCallback(window, [](GLFWwindow* w, double dx, double dy) {
    contextOf(w).input.wheel(static_cast<float>(dx), static_cast<float>(dy));
    ++contextOf(w).events;
    if (ImGui::GetIO().WantCaptureMouse) return;
    double x = 0, y = 0;
    glfwGetCursorPos(w, &x, &y);
    contextOf(w).camera->scroll(dy, x, y);
  });
  glfwSetKeyCallback(window, onKey);
  glfwSetCharCallback(window, [](GLFWwindow* w, unsigned int codepoint) {
    contextOf(w).input.character(codepoint);
    ++contextOf(w).events;
  });
  glfwSetWindowFocusCallback(window, [](GLFWwindow* w, int focused) {
    ImGui_ImplGlfw_WindowFocusCallback(w, focused);
    ++contextOf(w).events;
  });
  glfwSetCursorEnterCallback(window, [](GLFWwindow* w, int entered) {
    ImGui_ImplGlfw_CursorEnterCallback(w, entered);
    if (!entered) contextOf(w).input.mouseLeft();
    ++contextOf(w).events;
  });
  glfwSetWindowRefreshCallback(window, [](GLFWwindow* w) { ++contextOf(w).events; });
  glfwSetFramebufferSizeCallback(window, [](GLFWwindow* w, int, int) { ++contextOf(w).events; });
  glfwSetDropCallback(window, [](GLFWwindow* w, int count, const char** paths) {
    ++contextOf(w).events;
    for (int i = 0; i < count; ++i) contextOf(w).dropped.emplace_back(paths[i]);
  });
}

}  // namespace myo
