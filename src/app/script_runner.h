// ScriptRunner: carries out a command script (app/command_script) in the window loop, frame by
// frame: state changes at once through the apply step, while waits (frames, the body's preparation)
// and what needs the window (open, click, screenshot, quit) come back as the frame's actions.
// Simulated time moves the treatment clock without waiting. No GL, no window system.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "app/app_state.h"
#include "app/command_script.h"
#include "ui/ui_intents.h"

namespace myo {

class ScriptRunner {
 public:
  // `folder`: where relative paths in the script point (the script's own folder).
  ScriptRunner(std::vector<ScriptCommand> commands, std::filesystem::path folder);

  // What the window loop must do this frame.
  struct Actions {
    std::vector<std::filesystem::path> open;  // load as one body, before drawing
    std::optional<glm::dvec2> click;          // click the 3D view here (window pixels)
    std::vector<glm::dvec2> stroke;       // a brush stroke's samples, each a click (window pixels)
    std::optional<glm::vec3> clickWorld;  // click where this point (m) shows
    std::optional<std::filesystem::path> screenshot;  // save after drawing
    std::optional<std::filesystem::path> layout;      // write the panels' rectangles after drawing
    std::optional<ViewPicture> viewImage;             // the 3D view alone
    bool quit = false;
    std::string error;  // a command that cannot be carried out: "script: line 4: …"
  };

  // Runs commands on `state` until one must wait for later frames. O(commands run).
  Actions step(AppState& state);
  [[nodiscard]] bool finished() const { return next_ >= commands_.size(); }
  // Seconds of simulated time added by `advance`, to add to the window clock.
  [[nodiscard]] double clockOffset() const { return clockOffset_; }

 private:
  // Carries out one command; false when it must wait (then it is retried next frame).
  bool run(const ScriptCommand& command, AppState& state, Actions& actions);
  // Carries out a `quiz …` command (start, answers, reveal, next, export). Always done at once.
  bool runQuiz(const ScriptCommand& command, AppState& state, Actions& actions);
  // Carries out a `diary …` command (open, close, save, show, compare, month, exports).
  void runDiary(const ScriptCommand& command, AppState& state, Actions& actions);

  std::vector<ScriptCommand> commands_;
  std::filesystem::path folder_;
  std::size_t next_ = 0;
  int framesToWait_ = 0;
  double clockOffset_ = 0.0;
};

}  // namespace myo
