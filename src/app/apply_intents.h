// The one apply step. Every change of AppState that input asks for — a panel's intents, a key, a
// click or hover on the 3D view, a script line, a lesson step (and, next, a quiz answer) —
// arrives here as one UiIntents value, and each area's bridge applies its part. No GL, no window
// system: callers turn their input into intents first.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "app/app_state.h"
#include "ui/ui_intents.h"

namespace myo {

// What the window loop must do after the state changes asked for: work that needs the window
// (loading, the framebuffer) or ends it.
struct PendingActions {
  std::vector<std::filesystem::path> open;  // load these as one body
  bool screenshot = false;                  // the whole window
  std::optional<ViewPicture> viewImage;     // the 3D view alone
  bool quit = false;
};

// Applies `intents` to `state`: parts, camera, theme, then the muscle card, layers, pain finder,
// trigger point search, treatment and referral playback, labels, presenter mode, a lesson
// step's camera and a camera snap; last the lesson intents, whose step (when one is shown now)
// is applied by a second call. O(parts touched) plus a chosen point's referral work.
[[nodiscard]] PendingActions applyIntents(const UiIntents& intents, AppState& state);

}  // namespace myo
