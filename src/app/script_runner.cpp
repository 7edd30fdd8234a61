// One command at a time; waits resume on the next frame.
#include "app/script_runner.h"

#include <algorithm>

#include "app/selection_bridge.h"
#include "app/treatment_bridge.h"

namespace myo {
namespace {

// Frames a wait for readiness leaves for the fields' upload and the camera to settle.
constexpr int kSettleFrames = 2;

ViewPreset presetNamed(const std::string& name) {
  constexpr std::pair<const char*, ViewPreset> kPresets[] = {
      {"front", ViewPreset::Front}, {"back", ViewPreset::Back}, {"left", ViewPreset::Left},
      {"right", ViewPreset::Right}, {"top", ViewPreset::Top},   {"bottom", ViewPreset::Bottom}};
  for (const auto& [word, preset] : kPresets)
    if (name == word) return preset;
  return ViewPreset::Front;
}

std::string failure(const ScriptCommand& command, const std::string& reason) {
  return "script: line " + std::to_string(command.line) + ": " + reason;
}

}  // namespace

ScriptRunner::ScriptRunner(std::vector<ScriptCommand> commands, std::filesystem::path folder)
    : commands_(std::move(commands)), folder_(std::move(folder)) {}

ScriptRunner::Actions ScriptRunner::step(AppState& state) {
  Actions actions;
  if (framesToWait_ > 0) {
    --framesToWait_;
    return actions;
  }
  while (!finished() && actions.error.empty() && !actions.quit) {
    if (!run(commands_[next_], state, actions)) break;
    ++next_;
    // Commands whose effect must be drawn before the script goes on end the frame's work.
    const std::string& verb = commands_[next_ - 1].verb;
    if (verb == "open" || verb == "screenshot" || verb.starts_with("click") || framesToWait_ > 0)
      break;
  }
  return actions;
}

bool ScriptRunner::run(const ScriptCommand& command, AppState& state, Actions& actions) {
  const std::string& verb = command.verb;
  const std::vector<std::string>& args = command.args;
  TreatmentState& treatment = state.treatment;
  if (verb == "open") {
    actions.open.push_back(folder_ / args[0]);
  } else if (verb == "wait-ready") {
    if (!state.referral.ready() && !state.referral.busy() && !state.referral.status().empty()) {
      actions.error = failure(command, state.referral.status());  // it will never be ready
      return true;
    }
    if (!state.referral.ready() || state.referral.busy()) return false;
    framesToWait_ = kSettleFrames;
  } else if (verb == "select-point") {
    const auto& placed = state.referral.placed();
    const auto [id, side] = splitSideLabel(args[0]);
    const auto found = std::find_if(placed.begin(), placed.end(), [&](const auto& p) {
      return p.point->id == id && p.side == side;
    });
    if (found == placed.end()) {
      actions.error = failure(command, "no trigger point '" + args[0] + "' on this body" +
                                           (placed.empty() ? " (wait-ready first)" : ""));
      return true;
    }
    UiIntents intents;
    intents.selectTriggerPoint = static_cast<int>(found - placed.begin());
    applyTreatmentIntents(intents, state);
    state.camera.snap();
  } else if (verb == "technique") {
    UiIntents intents;
    intents.chooseTechnique = std::max(0, std::stoi(args[0]) - 1);
    applyTreatmentIntents(intents, state);
  } else if (verb == "select-part") {
    const auto& parts = state.body.model.parts;
    const auto found =
        std::find_if(parts.begin(), parts.end(), [&](const Part& p) { return p.name == args[0]; });
    if (found == parts.end()) {
      actions.error = failure(command, "no part named '" + args[0] + "'");
      return true;
    }
    state.selectedPart = static_cast<int>(found - parts.begin());
  } else if (verb == "timer") {
    const HoldTimer& timer = treatment.timer();
    const bool idle = timer.phase() == HoldPhase::Ready || timer.phase() == HoldPhase::Done;
    const double now = state.clock;
    if (args[0] == "start" && idle) treatment.toggle(now);
    if (args[0] == "pause" && !idle && !timer.paused()) treatment.toggle(now);
    if (args[0] == "release") treatment.releaseNow(now);
    if (args[0] == "reset") treatment.reset();
  } else if (verb == "discomfort") {
    treatment.discomfort = std::clamp(std::stoi(args[0]), 0, 10);
  } else if (verb == "advance") {
    clockOffset_ += std::stod(args[0]);
  } else if (verb == "view") {
    state.camera.setPreset(presetNamed(args[0]));
    state.camera.snap();
  } else if (verb == "click") {
    actions.click = glm::dvec2(std::stod(args[0]), std::stod(args[1]));
  } else if (verb == "click-landmark") {
    const auto [name, side] = splitSideLabel(args[0]);
    const BodyLandmarks* landmarks = state.referral.landmarks();
    const auto at = landmarks != nullptr ? landmarks->at(name, side) : std::nullopt;
    if (!at) {
      actions.error = failure(command, "no landmark '" + args[0] + "' on this body" +
                                           (landmarks == nullptr ? " (wait-ready first)" : ""));
      return true;
    }
    actions.clickWorld = *at;
  } else if (verb == "pain-mode" || verb == "xray" || verb == "peel") {
    UiIntents intents;
    if (verb == "pain-mode") intents.setPainMode = args[0] == "on";
    if (verb == "xray") intents.setXray = args[0] == "on";
    if (verb == "peel") intents.setPeel = std::stoi(args[0]);
    applySelectionIntents(intents, state);
  } else if (verb == "frames") {
    framesToWait_ = std::stoi(args[0]);
  } else if (verb == "screenshot") {
    actions.screenshot = folder_ / args[0];
  } else if (verb == "quit") {
    actions.quit = true;
  }
  return true;
}

}  // namespace myo
