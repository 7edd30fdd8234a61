// UiIntents: what the panels ask the application to do this frame. Plain data only; the app
// applies them, the panels never mutate state themselves.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/geometry/model.h"
#include "core/geometry/orbit_camera.h"
#include "core/referral/colormap.h"

namespace myo {

struct UiIntents {
  std::vector<std::filesystem::path> openPaths;  // files or one folder (menu, dialog, recent)
  bool takeScreenshot = false;
  bool quit = false;
  std::vector<std::pair<std::size_t, bool>> setVisible;  // part index → visible, in order
  std::optional<bool> setAllVisible;
  std::optional<PartKind> isolateKind;  // show only this kind; PartKind::Other also means Unknown
  int hoverPart = -1;                   // part row hovered in the tree, -1 none
  int selectPart = -1;                  // part row clicked, -1 none
  int framePart = -1;                   // part row double-clicked: frame it, -1 none
  std::optional<ViewPreset> viewPreset;
  bool frameAll = false;
  std::optional<bool> setDarkTheme;
  std::optional<float> setUiScale;  // 1.0 – 2.0
  // Referred pain
  std::optional<int> selectTriggerPoint;  // index into ReferralView::triggerPoints, -1 none
  std::optional<int> toggleTriggerPoint;  // add to or remove from the selection (Ctrl-click)
  std::optional<bool> setPlaying;
  std::optional<float> setReferralSeconds;  // scrubbed time, s
  std::optional<float> setReferralSpeed;    // 0.25 – 2
  std::optional<bool> setReferralLoop;
  std::optional<Colormap> setColormap;
  std::optional<bool> setIsolines;
  // Trigger points and treatment
  std::optional<std::string> setTriggerPointQuery;
  std::optional<std::string> setTriggerPointRegion;  // atlas region id, "" for all
  std::optional<int> chooseTechnique;                // index into TreatmentView::techniqueNames
  bool timerToggle = false;                          // start, pause or resume
  bool timerReset = false;
  bool timerRelease = false;  // the spot eased: release now
  std::optional<float> setHoldSeconds;
  std::optional<int> setSets;  // 1–5
  std::optional<int> setDiscomfort;
  std::optional<bool> setSound;
  // Selection and layers
  int isolatePart = -1;          // show only this part, -1 none
  int showLayerOfPart = -1;      // show only the muscles of this part's layer, -1 none
  bool mirrorSelection = false;  // select the same part on the other side
  bool clearSelection = false;
  std::optional<float> setSkinOpacity, setMuscleOpacity, setBoneOpacity;  // 0–1
  std::optional<bool> setXray;
  std::optional<int> setPeel;  // 0–2, as LayersView::peel
  // Where does it hurt?
  std::optional<bool> setPainMode;
  std::optional<std::string> painAtPlace;  // a landmark, "temple.R"
};

// Folds `from` into `into`: lists append, flags OR, engaged optionals and part indices ≥ 0
// overwrite. O(size of from).
void mergeIntents(UiIntents& into, UiIntents&& from);

}  // namespace myo
