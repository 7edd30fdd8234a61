// Trickling queued input into ImGui, one frame's worth at a time.
#include "app/input_queue.h"

#include <algorithm>
#include <cfloat>
#include <iterator>
#include <vector>

namespace myo {
namespace {

// GLFW's modifier key codes (left, right), as indices into io.KeysDown.
constexpr int kControl[] = {341, 345}, kShift[] = {340, 344}, kAlt[] = {342, 346},
              kSuper[] = {343, 347};

bool eitherDown(const ImGuiIO& io, const int (&keys)[2]) {
  return io.KeysDown[keys[0]] || io.KeysDown[keys[1]];
}

bool isModifier(int key) {
  for (const int(*keys)[2] : {&kControl, &kShift, &kAlt, &kSuper})
    if (key == (*keys)[0] || key == (*keys)[1]) return true;
  return false;
}

}  // namespace

void InputQueue::push(const Event& event) {
  constexpr std::size_t kMostQueued = 4096;  // a stalled window drops the oldest beyond this
  if (events_.size() >= kMostQueued) events_.pop_front();
  events_.push_back(event);
}

void InputQueue::key(int key, bool down) {
  if (key >= 0 && key < static_cast<int>(std::size(ImGuiIO{}.KeysDown)))
    push({Event::Kind::Key, key, down});
}

void InputQueue::character(unsigned int codepoint) {
  push({Event::Kind::Character, static_cast<int>(codepoint)});
}

void InputQueue::mouseButton(int button, bool down) {
  if (button >= 0 && button < static_cast<int>(std::size(mouseDown_)))
    push({Event::Kind::Button, button, down});
}

void InputQueue::mouseMove(float x, float y) {
  push({Event::Kind::Move, 0, false, x, y});
}

void InputQueue::mouseLeft() {
  push({Event::Kind::Move, 0, false, -FLT_MAX, -FLT_MAX});
}

void InputQueue::wheel(float dx, float dy) {
  push({Event::Kind::Wheel, 0, false, dx, dy});
}

void InputQueue::feed(ImGuiIO& io) {
  std::vector<int> keysChanged, buttonsChanged;
  bool typed = false, modifierChanged = false;
  while (!events_.empty()) {
    const Event& e = events_.front();
    const auto changed = [](const std::vector<int>& list, int code) {
      return std::find(list.begin(), list.end(), code) != list.end();
    };
    if (e.kind == Event::Kind::Key) {
      // A modifier changes alone, so that Ctrl+A released in any order is seen as Ctrl+A.
      const bool modifier = isModifier(e.code);
      if (changed(keysChanged, e.code) || typed || modifierChanged ||
          (modifier && !keysChanged.empty()))
        break;
      io.KeysDown[e.code] = e.down;
      keysChanged.push_back(e.code);
      modifierChanged = modifier;
    } else if (e.kind == Event::Kind::Character) {
      if (!keysChanged.empty()) break;
      io.AddInputCharacter(static_cast<unsigned int>(e.code));
      typed = true;
    } else if (e.kind == Event::Kind::Button) {
      if (changed(buttonsChanged, e.code)) break;
      mouseDown_[e.code] = e.down;
      buttonsChanged.push_back(e.code);
    } else if (e.kind == Event::Kind::Move) {
      if (!buttonsChanged.empty()) break;  // the click lands where it was made
      mousePos_ = ImVec2(e.x, e.y);
    } else {
      io.MouseWheelH += e.x;
      io.MouseWheel += e.y;
    }
    events_.pop_front();
  }
  io.KeyCtrl = eitherDown(io, kControl);
  io.KeyShift = eitherDown(io, kShift);
  io.KeyAlt = eitherDown(io, kAlt);
  io.KeySuper = eitherDown(io, kSuper);
  std::copy(std::begin(mouseDown_), std::end(mouseDown_), io.MouseDown);
  io.MousePos = mousePos_;
}

}  // namespace myo
