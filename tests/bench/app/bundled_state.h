// A body opened once per benchmark binary, with the atlas placed on it, before any timing:
// the bundled body, or any other. Benchmarks only.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <thread>
#include <vector>

#include "app/app_state.h"
#include "app/body_source.h"

namespace myo::bench {

// `inputs` (the bundled body when empty) opened and the atlas placed (seconds); null when the
// body does not load.
inline std::unique_ptr<AppState> openedState(const std::vector<std::filesystem::path>& inputs) {
  auto body = loadBodyOrDefault(inputs, {});
  if (!body) return nullptr;
  auto made = std::make_unique<AppState>(RecentFiles("/tmp/myoscope-bench-recent.txt"),
                                         "/tmp/myoscope-bench-log.tsv");
  made->setBody(std::move(body.value()));
  while (!made->placedAtlas.ready()) {
    made->placedAtlas.update();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return made;
}

// The bundled body's state, shared; the first call opens it.
inline AppState& bundledState() {
  static const std::unique_ptr<AppState> state = openedState({});
  return *state;
}

}  // namespace myo::bench
