// The bundled body opened once per benchmark binary, with the atlas placed on it, before any
// timing. Benchmarks only.
#pragma once

#include <chrono>
#include <memory>
#include <thread>

#include "app/app_state.h"
#include "app/body_source.h"

namespace myo::bench {

// The shared state; the first call opens the body and waits for the atlas (seconds).
inline AppState& bundledState() {
  static const std::unique_ptr<AppState> state = [] {
    auto made = std::make_unique<AppState>(RecentFiles("/tmp/myoscope-bench-recent.txt"),
                                           "/tmp/myoscope-bench-log.tsv");
    auto body = loadBodyOrDefault({}, {});
    made->setBody(std::move(body.value()));
    while (!made->placedAtlas.ready()) {
      made->placedAtlas.update();
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return made;
  }();
  return *state;
}

}  // namespace myo::bench
