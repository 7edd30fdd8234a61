// Opening a body in the window: the load runs in the background (AppState::bodyLoader) and the
// body it gives replaces the one shown on the frame it arrives. Knows no GL or UI.
#pragma once

#include <filesystem>
#include <vector>

#include "app/app_state.h"

namespace myo {

// Starts opening `paths`; while another opens, says so in the status line instead. O(listing).
void startOpeningBody(const std::vector<std::filesystem::path>& paths, const LoadOptions& options,
                      AppState& state);
// Adopts the body that finished opening (or reports why it did not), once; call every frame.
// True on the frame something arrived. O(parts) then, O(1) otherwise.
bool adoptOpenedBody(AppState& state);
// Opens `paths` and waits for it (scripts, whose steps must see the new body). Blocking.
void openBodyNow(const std::vector<std::filesystem::path>& paths, const LoadOptions& options,
                 AppState& state);

}  // namespace myo
