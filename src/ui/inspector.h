// The right inspector: the chosen trigger point (its name, the Treat panel with the hold timer,
// what it feels like and how to look after it), the selected part's card and the referral's
// playback and legend, or the strip it collapses to. Reads UiStateView, returns intents; draws
// no scene.
#pragma once

#include "ui/dock_layout.h"
#include "ui/item_probe.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

struct InspectorMemory {
  bool showWarnings = false;    // the footer asked for the warning signs: scroll to them next frame
  bool timing = false;          // the hold timer ran last frame (its start scrolls to Treat)
  bool warningsInView = false;  // the Treat section's warning signs were on screen last frame
};

// Draws the inspector in `rect` (open, or its strip when view.dock says collapsed); its
// sections scroll over a footer that keeps the chosen point's first warning sign in view at
// any window height. O(lines shown).
[[nodiscard]] UiIntents drawInspector(const UiStateView& view, const ScreenRect& rect,
                                      InspectorMemory& memory, ItemProbe* probe);

}  // namespace myo
