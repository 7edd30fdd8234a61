// Bridges AppState and the ImGui panels: builds the read-only view the panels draw from and
// applies the intents they return. No GL, no window system.
#pragma once

#include <filesystem>
#include <vector>

#include "app/app_state.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// Snapshot of the state for the panels. O(parts).
[[nodiscard]] UiStateView makeUiStateView(const AppState& state, float fps,
                                          const std::string& renderer);

// What the window loop must do after the state changes the panels asked for.
struct PendingActions {
  std::vector<std::filesystem::path> open;  // load these as one body
  bool screenshot = false;
  bool quit = false;
};

// Applies visibility, selection, camera and preference intents to `state`. O(parts touched).
[[nodiscard]] PendingActions applyUiIntents(const UiIntents& intents, AppState& state);

}  // namespace myo
