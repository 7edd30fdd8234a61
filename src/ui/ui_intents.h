// UiIntents: what the panels ask the application to do this frame. Plain data only; the app
// applies them, the panels never mutate state themselves.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <glm/glm.hpp>

#include "core/geometry/model.h"
#include "core/geometry/orbit_camera.h"
#include "core/lessons/lesson.h"
#include "core/quiz/quiz_generator.h"
#include "core/referral/colormap.h"
#include "ui/dock_layout.h"

namespace myo {

// A camera move from the pointer: drag to rotate or pan (pixels), wheel zoom towards a surface
// point (steps, positive towards the scene), double-click to centre on a point.
struct CameraMove {
  enum class Kind { Rotate, Pan, Zoom, CentreOn };
  Kind kind = Kind::Rotate;
  glm::vec2 amount{0.0f};       // rotate/pan: pixels; zoom: x = wheel steps
  int viewportHeight = 0;       // pan: the 3D view's height, pixels
  std::optional<glm::vec3> at;  // zoom towards / centre on (world, m)
};

// A change to the open lesson from the lessons tab's editor. `step` is an index into the
// lesson's steps (-1: the step shown); `text` the new title, narration or notes.
struct LessonEdit {
  enum class Kind {
    NewLesson,    // an empty lesson titled `text`, to add views to
    AddView,      // the current view as a new step after the shown one, titled `text`
    ReplaceView,  // the step's scene becomes the current view; its texts stay
    SetLessonTitle,
    SetTitle,
    SetNarration,
    SetNotes,
    MoveUp,
    MoveDown,
    Delete,
    Save  // to the user's lessons folder
  };
  Kind kind = Kind::AddView;
  int step = -1;
  std::string text;
};

// A lesson step's camera, applied after everything else of its frame (a chosen trigger point's
// flight included): the step's preset, framing the body, `parts` or the chosen referral, or
// its explicit pose.
struct StepCamera {
  LessonCamera camera;
  std::vector<int> parts;  // what Frame::Selection frames
};

// A quiz to start: the kind, the atlas region ("" for all), how many questions, the seed; for
// class mode the seconds per question and the class's size (0 seconds: no class mode).
struct QuizStart {
  QuizKind kind = QuizKind::WhereRefers;
  std::string region;
  int count = 10;
  std::uint32_t seed = 1;
  float classSeconds = 0.0f;
  int students = 0;
  std::string only;  // one question about this point ("soleus_1.R", right when no side) or spot
  bool reviewMissed = false;  // the kept questions last answered wrong, whatever the kind
};

// A picture of the 3D view alone, redrawn off screen at its own size times `times`, or at
// `width` x `height` px (the view's camera, wider or narrower to fit), with the labels and the
// referral's colour legend painted on when asked.
struct ViewPicture {
  int times = 1;              // 1–4, used when width is 0
  int width = 0, height = 0;  // px, 16–16384
  bool labels = false, legend = false;
  std::filesystem::path file;  // "": a dated file in the user's screenshots folder
  bool operator==(const ViewPicture&) const = default;
};

struct UiIntents {
  std::vector<std::filesystem::path> openPaths;  // files or one folder (menu, dialog, recent)
  bool takeScreenshot = false;                   // the whole window (Shift+F12)
  std::optional<ViewPicture> saveViewImage;      // the 3D view alone (F12, the export dialog)
  bool quit = false;
  std::vector<std::pair<std::size_t, bool>> setVisible;  // part index → visible, in order
  std::optional<bool> setAllVisible;
  std::optional<PartKind> isolateKind;  // show only this kind; PartKind::Other also means Unknown
  std::optional<int> hoverPart;         // part under the pointer (tree or 3D view), -1 none
  std::optional<int> selectPart;        // part row clicked, -1 clears the selection
  std::optional<std::vector<int>> selectParts;   // Ctrl/Shift-click: the whole new selection
  std::optional<std::vector<int>> isolateParts;  // show only these (a muscle group, a selection)
  std::optional<int> framePart;                  // part row double-clicked: frame it
  std::optional<ViewPreset> viewPreset;
  bool frameAll = false;
  bool snapCamera = false;              // jump to the camera's target pose at once (scripts)
  std::vector<CameraMove> cameraMoves;  // from the pointer over the 3D view, in order
  // A click on the 3D view: the part under it (-1 for none) and the point hit (world, m).
  struct BodyClick {
    int part = -1;
    glm::vec3 point{0.0f};
    bool add = false;          // Ctrl-click: add the part to the selection (or take it out)
    bool brush = false;        // a sample of a Shift-drag stroke, not a click
    bool strokeStart = false;  // the stroke's first sample
  };
  std::optional<BodyClick> clickBody;
  std::optional<bool> setDarkTheme;
  std::optional<float> setUiScale;  // 1.0 – 2.0
  // The docked layout: show or hide a side (View menu, F2/F3), collapse it to a strip or open
  // it, drag its width (px at 100 % UI scale), choose the sidebar's tab.
  bool toggleSidebar = false, toggleInspector = false;
  std::optional<bool> collapseSidebar, collapseInspector;
  std::optional<float> setSidebarWidth, setInspectorWidth;
  std::optional<SidebarTab> setSidebarTab;
  // Referred pain
  std::optional<int> selectTriggerPoint;  // index into the placed points, -1 none
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
  bool timerStart = false;                           // start when idle, else nothing
  bool timerPause = false;                           // pause when running, else nothing
  bool timerReset = false;
  bool timerRelease = false;  // the spot eased: release now
  std::optional<float> setHoldSeconds;
  std::optional<int> setSets;  // 1–5
  std::optional<int> setDiscomfort;
  std::optional<int> answerHowNow;  // "how is it now?": 0–10, or -1 to skip
  std::optional<bool> setSound;
  // Selection and layers
  std::optional<int> isolatePart;      // show only this part
  std::optional<int> showLayerOfPart;  // show only the muscles of this part's layer
  bool mirrorSelection = false;        // select the same part on the other side
  bool clearSelection = false;
  std::optional<float> setSkinOpacity, setMuscleOpacity, setBoneOpacity;  // 0–1
  std::optional<bool> setXray;
  std::optional<int> setPeel;  // 0–2, as LayersView::peel
  // Where does it hurt?
  std::optional<bool> setPainMode;
  std::optional<std::string> painAtPlace;  // a landmark, "temple.R"
  // The pain drawing: the brush (radius m, intensity 1–3, eraser), a dab at a landmark (scripts),
  // undo the last stroke, clear it all.
  std::optional<float> setPainBrushRadius;
  std::optional<int> setPainLevel;
  std::optional<bool> setPainEraser;
  std::optional<std::string> painDabAtPlace;
  bool undoPainStroke = false;
  bool clearPainDrawing = false;
  // The pain diary: its drawer, save the drawing (the note), show an entry (-1: the live
  // drawing) or two side by side, a month's composite, delete an entry, export CSV or PDF.
  std::optional<bool> showDiary;
  std::optional<std::string> saveDiaryEntry;
  std::optional<int> showDiaryEntry;
  std::optional<std::pair<int, int>> compareDiaryEntries;
  std::optional<std::string> showDiaryMonth;
  std::optional<int> deleteDiaryEntry;
  std::optional<std::string> exportDiaryCsv;      // path
  std::optional<std::string> exportDiarySummary;  // path of the PDF
  // Several trigger points at once (a lesson step): the first chosen as the list chooses it,
  // the others added to the referral; an empty list clears the choice.
  std::optional<std::vector<int>> chooseTriggerPoints;
  // Lessons: open one (a file or a lesson's name), close it, go to a step (index) or step by
  // +1 / -1, edit it; a step's camera and labels.
  std::optional<std::string> openLesson;
  bool closeLesson = false;
  std::optional<int> goToStep;
  int stepBy = 0;
  std::optional<LessonEdit> editLesson;
  std::optional<StepCamera> stepCamera;
  // A quiz's knot or spot: the camera turns to face it (world, m) from `distance` m.
  struct FlyTo {
    glm::vec3 point{0.0f};
    float distance = 1.1f;
  };
  std::optional<FlyTo> flyTo;
  std::optional<LabelLayers> setLabels;
  // Presenter mode (full screen, caption and narration only).
  std::optional<bool> setPresenter;
  bool togglePresenter = false;
  int presenterTextBy = 0;           // presenter text size steps, + larger (Ctrl +/−)
  std::optional<bool> setTurntable;  // the body turns slowly (a classroom's idle view)
  // Quizzes: start one, answer the question (a choice, a choice picked or unpicked where several
  // may be right, typed text; clicks on the body arrive as clickBody), reveal, go on, stop.
  std::optional<QuizStart> startQuiz;
  std::optional<int> quizChoice;
  std::optional<int> quizTogglePick;
  std::optional<std::string> quizTyped;
  bool quizReveal = false, quizNext = false, quizStop = false;
  int quizTallyBy = 0;  // class mode: how many answered right, stepped (keys, buttons)
};

// Folds `from` into `into`: lists append, flags OR, engaged optionals overwrite. O(size of from).
void mergeIntents(UiIntents& into, UiIntents&& from);

}  // namespace myo
