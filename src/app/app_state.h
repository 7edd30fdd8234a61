// AppState: the one state of the running application — the loaded body, what is visible, hover
// and selection, the camera and the user's preferences. Owned by the window loop; panels only
// read a view of it and return intents.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/model_loader.h"
#include "core/orbit_camera.h"
#include "core/recent_files.h"
#include "core/triangle_bvh.h"

namespace myo {

struct AppState {
  LoadedBody body;
  TriangleBvh bvh;                        // over body.model, rebuilt on load
  std::vector<std::uint8_t> partVisible;  // one entry per part
  bool visibilityChanged = true;          // the renderer needs the new flags
  bool modelChanged = true;               // the renderer needs a new upload
  int hoveredPart = -1;
  int selectedPart = -1;
  OrbitCamera camera;
  bool darkTheme = true;
  float uiScale = 1.0f;
  RecentFiles recent;
  std::string statusMessage;

  explicit AppState(RecentFiles recentFiles) : recent(std::move(recentFiles)) {}

  // Replaces the body: rebuilds the picking BVH, shows every part, frames the camera. O(n log n).
  void setBody(LoadedBody loaded);
};

}  // namespace myo
