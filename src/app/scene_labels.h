// What the 3D view labels: the selected muscles always, and with their layers on the visible
// muscles (largest on screen first), the chosen trigger points and the body-surface landmarks,
// each anchored on the surface facing the camera and tested for being behind the body. No GL.
#pragma once

#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

#include "app/app_state.h"
#include "ui/ui_state_view.h"

namespace myo {

// Per muscle part, points on its surface facing each of ±x, ±y, ±z from its centre (the
// anchors to choose from as the camera turns), found once per body. O(muscle vertices).
struct MuscleAnchorCache {
  const Model* model = nullptr;
  std::vector<std::vector<glm::vec3>> candidates;  // per part: six points, or none
  std::vector<float> sizes;                        // per part: its bounding diagonal, m
};

// The labels for a 3D view `width` x `height` px, in priority order (kept first). Uses the
// picking BVH for what is hidden (nothing is hidden while it is being built). O(labels · log
// triangles) a frame, plus the cache's build once per body.
[[nodiscard]] std::vector<SceneLabel> sceneLabels(const AppState& state, MuscleAnchorCache& cache,
                                                  float width, float height);

}  // namespace myo
