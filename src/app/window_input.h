// The window's input: what the GLFW callbacks gather for the frame loop (clicks on the 3D view,
// keys, dropped files, the camera's drags) and picking under the pointer. Callbacks only record;
// the frame loop applies what they gathered through the apply step. No drawing.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include <glm/vec2.hpp>

#include "app/app_state.h"
#include "app/brush_stroke.h"
#include "app/camera_input.h"
#include "app/input_queue.h"
#include "core/geometry/ray.h"
#include "ui/dock_layout.h"
#include "ui/ui_intents.h"

struct GLFWwindow;

namespace myo {

// Everything the GLFW callbacks reach through the window user pointer.
struct WindowContext {
  AppState* state = nullptr;
  CameraInput* camera = nullptr;
  ScreenRect area;  // last frame's 3D view rectangle, window pixels
  std::vector<std::filesystem::path> dropped;
  std::vector<UiIntents> keys;  // one per key pressed since the last frame, in order
  struct Click {
    glm::dvec2 at;                            // window pixels
    bool ctrl = false;                        // Ctrl held: add to the selection
    bool brush = false, strokeStart = false;  // a stroke's sample (its first)
  };
  std::vector<Click> clicks;  // left clicks on the 3D view since the last frame
  glm::dvec2 pressedAt{-1e9};
  BrushStroke stroke{kBrushSpacingPixels};  // a Shift-drag painting an answer or the pain map
  InputQueue input;                         // what ImGui gets, a frame's worth at a time
  unsigned events = 0;  // window events so far (input, resize, refresh), to end idle waits
};

// The closest visible surface hit under window pixel (x, y), if any. O(log triangles).
[[nodiscard]] std::optional<RayHit> pickAt(const WindowContext& context, double x, double y);

// A click (or a stroke's sample) on the 3D view, as the apply step takes it. O(log triangles).
[[nodiscard]] UiIntents clickIntents(const WindowContext& context,
                                     const WindowContext::Click& click);

// Routes the window's GLFW events (pointer, keys, text, focus, drops, resizes) to the
// WindowContext set as its user pointer, and on to ImGui's input queue. O(1).
void installCallbacks(GLFWwindow* window);

}  // namespace myo
