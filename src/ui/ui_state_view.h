// UiStateView: the read-only snapshot of application state that the app fills each frame and the
// panels draw from. Plain data only; no ImGui, GL or app types.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/colormap.h"
#include "core/model.h"

namespace myo {

// One row of the parts tree: a Model part, by the same index.
struct PartRow {
  std::string name;  // raw node name, e.g. "FJ441_BP62721_FMA32547_Right infraspinatus"
  PartKind kind = PartKind::Unknown;
  bool visible = true;
  std::size_t triangles = 0;
};

// The referred-pain animation as the panel shows it.
struct ReferralView {
  std::vector<std::string> triggerPoints;  // placed points (both sides), empty until ready
  std::vector<int> selection;              // indices into triggerPoints, up to four
  bool playing = true;
  bool loop = true;
  float seconds = 0.0f;
  float loopSeconds = 10.0f;
  float speed = 1.0f;
  Colormap colormap = Colormap::Warm;
  bool isolines = false;
  std::string status;      // work in progress or why there is nothing to paint; "" when idle
  float progress = -1.0f;  // 0–1 while work runs in the background, -1 when idle
};

struct UiStateView {
  std::vector<PartRow> parts;
  int hoveredPart = -1;    // part under the mouse in the 3D view, -1 none
  int selectedPart = -1;   // -1 none
  std::string sourceName;  // file, folder or "N files" that was loaded
  std::size_t triangleCount = 0;
  float fps = 0.0f;
  std::string renderer;                  // GL renderer string
  std::vector<std::string> recentFiles;  // most recent first
  std::vector<std::string> warnings;     // oldest first; the status bar shows the last
  std::string statusMessage;             // transient message; shown before the warnings
  bool darkTheme = true;
  float uiScale = 1.0f;  // 1.0 – 2.0
  ReferralView referral;
};

}  // namespace myo
