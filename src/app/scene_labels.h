// What the 3D view labels: the selected muscles always, and with their layers on the largest
// visible muscles on screen, the chosen trigger points and the body-surface landmarks that find
// them (or all in view), each anchored on the surface facing the camera and tested for being
// behind an opaque part. Shared by the window and `render --labels`. No GL.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "app/app_state.h"
#include "core/atlas/atlas_anchoring.h"
#include "core/geometry/triangle_bvh.h"
#include "ui/ui_state_view.h"

namespace myo {

// Per muscle part, points on its surface facing each of ±x, ±y, ±z from its centre (the
// anchors to choose from as the camera turns), found once per body. O(muscle vertices).
struct MuscleAnchorCache {
  const Model* model = nullptr;
  std::vector<std::vector<glm::vec3>> candidates;  // per part: six points, or none
  std::vector<float> sizes;                        // per part: its bounding diagonal, m
  std::vector<glm::vec3> centres;                  // per part: its bounding box's centre, m
};

// What labels are drawn from; pointers must outlive the call.
struct LabelSources {
  const Model* model = nullptr;
  const OrbitCamera* camera = nullptr;
  const TriangleBvh* bvh = nullptr;            // empty: nothing counts as hidden
  std::vector<std::uint8_t> shown;             // per part: drawn
  std::vector<std::uint8_t> occluding;         // per part: drawn and opaque
  const std::vector<std::string>* partLabels;  // per part: its readable label
  std::vector<int> selected;                   // always labelled
  LabelLayers layers;
  std::vector<PlacedTriggerPoint> points;  // the chosen trigger points
  const BodyLandmarks* landmarks = nullptr;
};

// The labels for a 3D view `width` x `height` px, in priority order (kept first).
// O(labels · log triangles), plus the cache's build once per body.
[[nodiscard]] std::vector<SceneLabel> sceneLabels(const LabelSources& sources,
                                                  MuscleAnchorCache& cache, float width,
                                                  float height);

// The window's sources: the state's body, camera, BVH, layers, selection and chosen points.
// O(parts).
[[nodiscard]] LabelSources labelSources(const AppState& state);

}  // namespace myo
