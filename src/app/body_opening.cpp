// Starting and adopting background body loads.
#include "app/body_opening.h"

#include <iostream>

namespace myo {

void startOpeningBody(const std::vector<std::filesystem::path>& paths, const LoadOptions& options,
                      AppState& state) {
  if (state.bodyLoader.busy()) {
    state.statusMessage =
        "Still opening " + state.bodyLoader.label() + "; try again once it is open";
    return;
  }
  (void)state.bodyLoader.start(paths, options);
  state.statusMessage.clear();
}

bool adoptOpenedBody(AppState& state) {
  std::optional<Result<LoadedBody>> opened = state.bodyLoader.take();
  if (!opened) return false;
  if (!*opened) {
    state.statusMessage = opened->error().message();
    std::cerr << "myoscope: " << state.statusMessage << "\n";
    return true;
  }
  if (const auto& paths = state.bodyLoader.paths(); paths.size() == 1)
    if (const Status added = state.recent.add(paths.front()); !added)
      std::cerr << added.error().message() << "\n";
  for (const std::string& warning : opened->value().model.warnings)
    std::cerr << "warning: " << warning << "\n";
  state.statusMessage = "Opened " + opened->value().model.source;
  state.setBody(std::move(opened->value()));
  return true;
}

void openBodyNow(const std::vector<std::filesystem::path>& paths, const LoadOptions& options,
                 AppState& state) {
  state.bodyLoader.wait();
  (void)adoptOpenedBody(state);
  startOpeningBody(paths, options, state);
  state.bodyLoader.wait();
  (void)adoptOpenedBody(state);
}

}  // namespace myo
