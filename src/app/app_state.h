// AppState: the one state of the running application — the loaded body, what is visible, hover
// and selection, the camera, the layers, the pain marker and the user's preferences. Owned by
// the window loop. What the renderer shows changes only through the setters below, which record
// the change for the renderer sync (takeChanges); the apply step (app/apply_intents) is the one
// caller of those setters for input of any kind. Panels only read a view of it.
#pragma once

#include <cstdint>
#include <future>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/body_loader.h"
#include "app/lesson_library.h"
#include "app/lesson_player.h"
#include "app/pain_diary.h"
#include "app/pain_map.h"
#include "app/quiz_session.h"
#include "app/recent_files.h"
#include "app/records_clock.h"
#include "app/referral_playback.h"
#include "app/treatment_state.h"
#include "core/anatomy/muscle_names.h"
#include "core/geometry/mesh_lod.h"
#include "core/geometry/orbit_camera.h"
#include "core/geometry/triangle_bvh.h"
#include "core/io/model_loader.h"
#include "records/user_records.h"
#include "ui/dock_layout.h"

namespace myo {

// Skin, muscle and bone opacity (0–1), X-ray, and the muscle layers peeled away (0 all shown, 1
// without the superficial, 2 deep only).
struct LayerSettings {
  float skinOpacity = 0.3f, muscleOpacity = 1.0f, boneOpacity = 1.0f;
  bool xray = false;
  int peel = 0;
};

// What changed since the renderer last caught up; all set for a new body.
struct StateChanges {
  bool model = true;       // a new upload
  bool visibility = true;  // which parts are drawn
  bool appearance = true;  // part colours and opacity
  bool pain = true;        // the pain marker
  bool theme = true;       // dark/light and the UI scale
  bool detail = false;     // the body's levels of detail arrived (AppState::detailLevels)
};

class AppState {
 public:
  AppState(RecentFiles recentFiles, std::filesystem::path treatmentLog)
      : recent(std::move(recentFiles)), treatment(std::move(treatmentLog), recordsClock) {}
  ~AppState();
  AppState(const AppState&) = delete;
  AppState& operator=(const AppState&) = delete;

  // When a new body's background work (the picking BVH, the atlas placement and its surface)
  // begins: at once, or when startPreparation() is called — the window draws its first frame
  // first, so that frame does not share the cores and the memory with that work.
  enum class Preparation { Now, Held };
  // Replaces the body: shows every part, frames the camera and starts building the picking
  // BVH and placing the atlas on worker threads (picking finds nothing until the BVH is ready).
  // O(parts) here.
  void setBody(LoadedBody loaded, Preparation preparation = Preparation::Now);
  // Starts the held preparation of the body; nothing when none is held. O(1).
  void startPreparation();
  // Adopts the BVH and the levels of detail once their build has finished; call every frame.
  // O(1).
  void collectBvh();
  // True while the picking BVH (and the levels of detail) is held or still being built. O(1).
  [[nodiscard]] bool buildingBvh() const { return pendingBvh_.valid() || bvhHeld_; }

  // Part visibility as the parts panel chose it (peeling is applied on top). O(1) / O(parts).
  [[nodiscard]] const std::vector<std::uint8_t>& partVisible() const { return partVisible_; }
  void setPartVisible(std::size_t part, bool visible);
  void setAllPartsVisible(bool visible);
  void setVisibleParts(std::vector<std::uint8_t> visible);  // one entry per part
  // Layers, clamped to their ranges. O(1).
  [[nodiscard]] const LayerSettings& layers() const { return layers_; }
  void setLayers(const LayerSettings& layers);
  // Hover and selection: a part index or -1; out-of-range indices mean none. The selection may
  // hold several parts (Ctrl- and Shift-click in the parts panel); selectedPart() is the first,
  // the one the card shows. O(1) / O(selection).
  [[nodiscard]] int hoveredPart() const { return hoveredPart_; }
  [[nodiscard]] int selectedPart() const { return selection_.empty() ? -1 : selection_.front(); }
  [[nodiscard]] const std::vector<int>& selectedParts() const { return selection_; }
  void hoverPart(int part);
  void selectPart(int part);
  void selectParts(const std::vector<int>& parts);  // out-of-range and repeated ones left out
  // "Where does it hurt?": clicks mark the painful spot instead of selecting. O(1).
  [[nodiscard]] bool painMode() const { return painMode_; }
  [[nodiscard]] const std::optional<glm::vec3>& painAt() const { return painAt_; }  // world, m
  [[nodiscard]] const std::string& painPlace() const { return painPlace_; }         // "temple.R"
  void setPainMode(bool on);
  void markPain(glm::vec3 at, std::string place);
  // Theme and UI scale (clamped to 1–2); presenter mode (full screen, caption, narration, a
  // darker background), which the renderer learns of as a theme change. O(1).
  [[nodiscard]] bool darkTheme() const { return darkTheme_; }
  [[nodiscard]] float uiScale() const { return uiScale_; }
  void setTheme(bool dark, float uiScale);
  [[nodiscard]] bool presenter() const { return presenter_; }
  void setPresenter(bool on);
  // The changes since the last call, which it clears. O(1).
  [[nodiscard]] StateChanges takeChanges();
  // True once after each change of what the 3D view's pain layers show (the drawing, the diary,
  // the finder's mode) or of the surface they lie on, `surface`. O(1).
  [[nodiscard]] bool takePainRedraw(const void* surface);

  LoadedBody body;
  BodyLoader bodyLoader;  // a body opening in the background, replacing `body` when it is read
  TriangleBvh bvh;        // over body.model; empty until the build finishes
  // The body's levels of detail, built with the BVH, until the renderer has taken them.
  std::vector<DetailLevel> detailLevels;
  OrbitCamera camera;
  RecentFiles recent;
  std::string statusMessage;
  RecordsClock recordsClock;  // dates the user's records (scripts may move it)
  PlacedAtlas placedAtlas;    // the bundled atlas placed on this body (prepared in the background)
  ReferralPlayback referral{placedAtlas};  // the chosen points' referral animation
  TreatmentState treatment;   // the chosen trigger point's technique, hold timer and log
  std::string pointQuery;     // the trigger point search
  std::string pointRegion;    // atlas region id, "" for all
  DockSettings dock;          // the window's sidebar and inspector
  float viewAspect = 1.0f;    // the 3D view's width / height, as the window last drew it
  bool fitWhenDrawn = false;  // a new body: fit it to the view once the view's size is known
  bool frameReferralWhenReady = false;  // a point was chosen: frame its referral once painted
  std::optional<ViewPreset> referralFrameView;  // seen from this view (a lesson's), else facing it
  double clock = 0.0;                           // s, the window loop's clock this frame
  double cueUntil = -1.0;             // clock time until which the timer's phase-change cue shows
  std::vector<glm::vec4> baseColors;  // per part, as loaded
  std::vector<IdentifiedMuscle> partMuscles;  // per part: its catalogue muscle, if any
  std::vector<std::string> partLabels;        // per part: its readable label
  std::vector<std::vector<int>> groupParts;   // per muscleGroups() entry: its parts here
  std::optional<OpenLesson> lesson;           // the lesson open in the lessons tab
  std::vector<LessonEntry> lessons;           // the lessons tab's list (bundled, then the user's)
  std::filesystem::path lessonsFolder;        // where the user's lessons are read and saved
  std::filesystem::path exportsFolder;        // where the diary's exports go unless named
  LabelLayers labels;                         // which label layers the 3D view shows
  int presenterTextSteps = 0;                 // Ctrl +/− on the room-sized text, −4 – 8
  float screenMillimetres = 0.0f;             // the monitor's height in mm (0 unknown)
  bool turntable = false;                     // the camera orbits slowly about the body
  std::optional<QuizSession> quiz;            // a quiz under way
  std::optional<UserRecords> records;         // the user's records database (none: not kept)
  std::vector<QuizRecord> quizMissed;         // questions whose latest answer missed, kept
  PainMap painMap;                            // the drawing of where it hurts (this body)
  PainDiary diary;                            // the pain diary's entries and what of it shows
  std::map<std::string, std::vector<int>> lessonProgress;  // lesson name -> steps shown

 private:
  [[nodiscard]] int partOrNone(int part) const;

  std::vector<std::uint8_t> partVisible_;  // one entry per part
  LayerSettings layers_;
  int hoveredPart_ = -1;
  std::vector<int> selection_;  // valid part indices, each once
  bool painMode_ = false;
  std::optional<glm::vec3> painAt_;
  std::string painPlace_;  // "temple.R", or "the clicked spot"
  bool darkTheme_ = true;
  bool presenter_ = false;
  float uiScale_ = 1.0f;
  StateChanges changes_;
  struct PainShown {
    std::uint64_t drawing = 0, diary = 0;
    const void* surface = nullptr;
    bool mode = false;
    bool operator==(const PainShown&) const = default;
  } painShown_;
  struct Picking {
    TriangleBvh bvh;
    std::vector<DetailLevel> levels;
  };
  std::future<Picking> pendingBvh_;  // reads body.model while it runs
  bool bvhHeld_ = false;             // its build waits for startPreparation()
};

}  // namespace myo
