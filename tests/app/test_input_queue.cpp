// The input queue: a key tapped faster than a frame still reaches a text field (ImGui 1.86
// reads key state once per frame), characters and keys keep their order, and a click lands
// where it was made.
#include <catch2/catch.hpp>

#include <string>

#include "app/input_queue.h"
#include "ui/imgui_harness.h"

using myo::test::ImGuiHarness;

namespace {

constexpr int kBackspace = 259, kEnd = 269, kHome = 268, kLeftControl = 341, kA = 65;  // GLFW

struct InputQueueFixture {
  ImGuiHarness ui;
  myo::InputQueue queue;
  std::string text;
  std::function<void()> draw = ImGuiHarness::inWindow([this] {
    char buffer[64];
    text.copy(buffer, sizeof buffer - 1);
    buffer[std::min(text.size(), sizeof buffer - 1)] = '\0';
    if (ImGui::InputText("##field", buffer, sizeof buffer)) text = buffer;
    myo::probeLastItem(&ui.probe, "field");
  });
  InputQueueFixture() {
    ui.io().KeyMap[ImGuiKey_Backspace] = kBackspace;
    ui.io().KeyMap[ImGuiKey_End] = kEnd;
    ui.io().KeyMap[ImGuiKey_Home] = kHome;
    ui.io().KeyMap[ImGuiKey_A] = kA;
    ui.frames(2, draw);
    const ImVec2 field = ui.centerOf("field");
    queue.mouseMove(field.x, field.y);
    queue.mouseButton(0, true);
    queue.mouseButton(0, false);  // a click shorter than a frame
    frames(4);
  }
  // Frames with the queue feeding ImGui, as the window loop does.
  void frames(int count) {
    for (int i = 0; i < count; ++i) {
      queue.feed(ui.io());
      ui.frame(draw);
    }
  }
  void tap(int key) {
    queue.key(key, true);
    queue.key(key, false);
  }
  void type(const std::string& characters) {
    for (char c : characters) queue.character(static_cast<unsigned char>(c));
  }
};

}  // namespace

TEST_CASE("a click shorter than a frame focuses the field where it was made", "[input]") {
  InputQueueFixture f;
  f.type("knot");
  f.frames(2);
  CHECK(f.text == "knot");
}

TEST_CASE("a key tapped within one frame still edits the text", "[input]") {
  InputQueueFixture f;
  f.type("heels");
  f.tap(kBackspace);  // press and release before the next frame
  f.frames(4);
  CHECK(f.text == "heel");
  CHECK(f.queue.pending() == 0);
  // Without the queue the same tap is lost: ImGui never sees the key down.
  f.ui.io().KeysDown[kBackspace] = true;
  f.ui.io().KeysDown[kBackspace] = false;
  f.ui.frames(2, f.draw);
  CHECK(f.text == "heel");
}

TEST_CASE("characters and keys keep their order within a frame", "[input]") {
  InputQueueFixture f;
  f.type("ab");
  f.tap(kHome);
  f.type("x");
  f.tap(kEnd);
  f.type("y");
  f.frames(8);
  CHECK(f.text == "xaby");
}

TEST_CASE("Ctrl+A within one frame, Ctrl released first, selects all", "[input]") {
  InputQueueFixture f;
  f.type("trapezius");
  f.frames(2);
  f.queue.key(kLeftControl, true);
  f.queue.key(kA, true);
  f.queue.key(kLeftControl, false);  // as xdotool and fast hands release it
  f.queue.key(kA, false);
  f.type("calf");
  f.frames(10);
  CHECK(f.text == "calf");
}

TEST_CASE("Ctrl+A then a character replaces the whole text", "[input]") {
  InputQueueFixture f;
  f.type("trapezius");
  f.frames(2);
  f.queue.key(kLeftControl, true);
  f.tap(kA);
  f.queue.key(kLeftControl, false);
  f.type("soleus");
  f.frames(8);
  CHECK(f.text == "soleus");
}
