// ImGuiHarness: a real Dear ImGui context with no platform or renderer backend, driven frame by
// frame with simulated mouse and keyboard input so the panels can be tested. Tests only.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include <imgui.h>
#include <catch2/catch.hpp>

#include "ui/item_probe.h"

namespace myo::test {

class ImGuiHarness {
 public:
  explicit ImGuiHarness(ImVec2 displaySize = ImVec2(1280.0f, 800.0f)) {
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.DisplaySize = displaySize;
    io.DeltaTime = 1.0f / 60.0f;
    unsigned char* pixels = nullptr;
    int width = 0;
    int height = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
    io.MousePos = ImVec2(-1.0f, -1.0f);
  }
  ~ImGuiHarness() { ImGui::DestroyContext(context_); }
  ImGuiHarness(const ImGuiHarness&) = delete;
  ImGuiHarness& operator=(const ImGuiHarness&) = delete;

  ImGuiIO& io() { return ImGui::GetIO(); }

  // One frame: NewFrame, `body`, Render.
  void frame(const std::function<void()>& body) {
    ImGui::NewFrame();
    body();
    ImGui::Render();
  }

  // `body` drawn inside a window filling the display, as the docked sides hold the panels.
  static std::function<void()> inWindow(std::function<void()> body) {
    return [body = std::move(body)] {
      ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
      ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
      ImGui::Begin("##harness", nullptr, ImGuiWindowFlags_NoDecoration);
      body();
      ImGui::End();
    };
  }

  // `count` frames of `body` with unchanged input.
  void frames(int count, const std::function<void()>& body) {
    for (int i = 0; i < count; ++i) frame(body);
  }

  // Hovers `at` for a frame, then presses and releases the left button over two frames.
  void click(ImVec2 at, const std::function<void()>& body) {
    io().MousePos = at;
    frame(body);
    io().MouseDown[0] = true;
    frame(body);
    io().MouseDown[0] = false;
    frame(body);
  }

  // Two clicks at `at` inside the double-click time.
  void doubleClick(ImVec2 at, const std::function<void()>& body) {
    click(at, body);
    io().MouseDown[0] = true;
    frame(body);
    io().MouseDown[0] = false;
    frame(body);
  }

  // Queues `text` as typed characters and runs one frame (the focused widget receives it).
  void type(std::string_view text, const std::function<void()>& body) {
    for (char c : text) io().AddInputCharacter(static_cast<unsigned int>(c));
    frame(body);
  }

  // Centre of the widget last recorded as `key` (in this or an earlier frame); fails the test
  // when it was never drawn.
  ImVec2 centerOf(const std::string& key) const {
    const auto it = probe.rects.find(key);
    INFO("probe key " << key);
    REQUIRE(it != probe.rects.end());
    return it->second.center();
  }

  // The text one frame of `body` shows (every label and line, in drawing order), with collapsed
  // sections left closed: ImGui's own capture, received through the clipboard hook.
  std::string textOf(const std::function<void()>& body) {
    std::string text;
    io().ClipboardUserData = &text;
    io().SetClipboardTextFn = [](void* user, const char* captured) {
      *static_cast<std::string*>(user) = captured;
    };
    ImGui::NewFrame();
    ImGui::LogToClipboard(0);
    body();
    ImGui::LogFinish();
    ImGui::Render();
    io().SetClipboardTextFn = nullptr;
    io().ClipboardUserData = nullptr;
    return text;
  }

  // True when the last frame drew the widget recorded as `key`.
  bool drew(const std::string& key) const {
    const auto it = probe.rects.find(key);
    return it != probe.rects.end() && it->second.frame == ImGui::GetFrameCount();
  }

  ItemProbe probe;

 private:
  ImGuiContext* context_ = nullptr;
};

}  // namespace myo::test
