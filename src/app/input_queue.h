// InputQueue: the window's key, character and mouse events, fed to Dear ImGui a frame at a
// time so that no tap is lost on a slow frame. ImGui 1.86 reads key and button state once per
// frame, so a press and its release between two frames would cancel out; here a second change
// of the same key or button, a character after a key change (or the reverse), a modifier
// change next to any other key change, and a pointer move after a button change wait for the
// next frame, keeping the order in which they came.
// ImGui's io only: no GLFW, no GL.
#pragma once

#include <cstddef>
#include <deque>

#include <imgui.h>

namespace myo {

class InputQueue {
 public:
  // Events as the window reports them; `key` is an index into io.KeysDown (GLFW key codes),
  // `button` into io.MouseDown, positions in window pixels. O(1).
  void key(int key, bool down);
  void character(unsigned int codepoint);
  void mouseButton(int button, bool down);
  void mouseMove(float x, float y);
  void mouseLeft();  // the pointer left the window
  void wheel(float dx, float dy);

  // Writes this frame's share of the queue into `io` (keys, modifiers, characters, buttons,
  // pointer, wheel) and keeps the rest for the next call; call once per frame, after the
  // platform backend's NewFrame and before ImGui::NewFrame. O(events fed).
  void feed(ImGuiIO& io);
  [[nodiscard]] std::size_t pending() const { return events_.size(); }

 private:
  struct Event {
    enum class Kind { Key, Character, Button, Move, Wheel } kind;
    int code = 0;  // key, button or codepoint
    bool down = false;
    float x = 0.0f, y = 0.0f;
  };
  void push(const Event& event);

  std::deque<Event> events_;
  bool mouseDown_[5] = {};
  ImVec2 mousePos_{-FLT_MAX, -FLT_MAX};
};

}  // namespace myo
