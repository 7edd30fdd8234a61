// AppState: the one state of the running application — the loaded body, what is visible, hover
// and selection, the camera and the user's preferences. Owned by the window loop; panels only
// read a view of it and return intents.
#pragma once

#include <cstdint>
#include <future>
#include <optional>
#include <string>
#include <vector>

#include "app/recent_files.h"
#include "app/referral_state.h"
#include "app/treatment_state.h"
#include "core/anatomy/muscle_names.h"
#include "core/geometry/orbit_camera.h"
#include "core/geometry/triangle_bvh.h"
#include "core/io/model_loader.h"

namespace myo {

struct AppState {
  LoadedBody body;
  TriangleBvh bvh;                        // over body.model; empty until the build finishes
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
  ReferralState referral;    // the referred-pain animation on this body
  TreatmentState treatment;  // the chosen trigger point's technique, hold timer and log
  std::string pointQuery;    // the trigger point search
  std::string pointRegion;   // atlas region id, "" for all
  double clock = 0.0;        // s, the window loop's clock this frame
  double cueUntil = -1.0;    // clock time until which the timer's phase-change cue shows
  // Layers: opacity by kind (skin's starts at its base colour's), X-ray, peeled muscle layers.
  float skinOpacity = 0.3f, muscleOpacity = 1.0f, boneOpacity = 1.0f;
  bool xray = false;
  int peel = 0;                               // 0 all, 1 without superficial, 2 deep only
  bool appearanceChanged = true;              // the renderer needs new colours and visibility
  std::vector<glm::vec4> baseColors;          // per part, as loaded
  std::vector<IdentifiedMuscle> partMuscles;  // per part: its catalogue muscle, if any
  // "Where does it hurt?": clicks on the body mark the painful spot instead of selecting.
  bool painMode = false;
  std::optional<glm::vec3> painAt;  // world, m
  std::string painPlace;            // "temple.R", or "the clicked spot"
  bool painChanged = true;          // the renderer needs the new marker

  AppState(RecentFiles recentFiles, std::filesystem::path treatmentLog)
      : recent(std::move(recentFiles)), treatment(std::move(treatmentLog)) {}

  // Replaces the body: shows every part, frames the camera and starts building the picking
  // BVH on a worker thread (picking finds nothing until it is ready). O(parts) here.
  void setBody(LoadedBody loaded);
  // Adopts the BVH once its build has finished; call every frame. O(1).
  void collectBvh();
  ~AppState();

 private:
  std::future<TriangleBvh> pendingBvh_;  // reads body.model while it runs
};

}  // namespace myo
