// UiStateView: the read-only snapshot of application state that the app fills each frame and the
// panels draw from. Plain data only; no ImGui, GL or app types.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/geometry/model.h"
#include "core/lessons/lesson.h"
#include "core/quiz/quiz_generator.h"
#include "core/referral/colormap.h"
#include "ui/dock_layout.h"

namespace myo {

// One row of the parts tree: a Model part, by the same index.
// Views into names the state keeps for the body's lifetime, so a frame copies no part name.
struct PartRow {
  std::string_view name;   // raw node name, e.g. "FJ441_BP62721_FMA32547_Right infraspinatus"
  std::string_view label;  // readable, e.g. "Right infraspinatus"
  PartKind kind = PartKind::Unknown;
  bool visible = true;
  std::size_t triangles = 0;
};

// The referred-pain animation as the panel shows it.
struct ReferralView {
  bool ready = false;          // the atlas is placed on the body
  std::vector<int> selection;  // indices into triggerPoints, up to four; -1 one a quiz hides
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

// The trigger point list: the placed points matching the search, best first.
struct TriggerPointListView {
  struct Row {
    int index = -1;       // into the placed trigger points (PlacedAtlas::placed)
    std::string label;    // "Upper trapezius (right) — mid-belly of the free upper border"
    std::string tooltip;  // more on hover, "" for none
  };
  std::vector<Row> rows;
  std::string query;   // the search text in use
  std::string region;  // atlas region id, "" for all
  struct Region {
    std::string id, name;  // "head_neck", "Head and neck"
  };
  std::vector<Region> regions;  // the atlas's regions, in display order
};

// The chosen trigger point, its techniques and the hold timer.
struct TreatmentView {
  bool active = false;        // a trigger point is chosen
  bool hiddenByQuiz = false;  // one is, but a quiz question keeps it unnamed until the reveal
  std::string pointLabel;     // "upper_trapezius_1.R"
  std::string pointName;      // "Upper trapezius, mid-belly of the upper fibres"
  // Where to press: the atlas's words, the landmarks to find it from (plain names with the side,
  // nearest first) and whether it lies under other muscles.
  std::string whereToPress;
  std::vector<std::string> findFrom;  // "Where the neck meets the shoulder (right)", …
  bool deep = false;
  std::vector<std::string> symptoms, mimics, selfCare, cautions, sources;
  std::string differential;
  std::vector<std::string> techniqueNames;  // the point's techniques, in the atlas's order
  int technique = 0;                        // the chosen one
  bool clinicianOnly = false;               // described, never timed or instructed
  std::string techniqueNotes;               // how it applies to this point
  std::vector<std::string> steps;
  // Warnings: this point's red flags, then the chosen technique's own; when not to use the
  // technique (its own reasons, then the general ones it does not repeat); the general signs.
  std::vector<std::string> pointRedFlags, techniqueRedFlags;
  std::vector<std::string> contraindications, generalContraindications;
  std::vector<std::string> redFlags, seeAProfessional;
  std::string evidence;
  // What the technique should feel like, as it states it, and the discomfort range that fits.
  std::string targetLabel;  // "Mild to moderate: 4–6 of 10 …", "No pain: a gentle pull only"
  std::string targetText;   // the full description
  int targetMin = 0, targetMax = 10;
  // The timer.
  std::string phase;     // "Press and hold" ("Hold the stretch" for a stretch)
  bool holding = false;  // in the hold phase: "it eased, release now" applies
  std::string releaseLabel = "It eased \u2014 release now";  // the early-release button
  float remaining = 0.0f;                                    // s left in the phase
  float phaseProgress = 0.0f;                                // 0–1
  bool ready = true, paused = false, done = false;
  int holdsDone = 0, holdsTotal = 0;
  int sets = 1;  // rounds of holds, each ending with the stretch
  float holdSeconds = 60.0f, minHold = 30.0f, maxHold = 90.0f;
  int discomfort = 5;      // 0–10, felt when pressing
  bool askHowNow = false;  // a press just ended: ask for the discomfort after it
  bool sound = false;
  bool cue = false;                        // a phase just changed: flash
  std::vector<float> pastDiscomfortAfter;  // this point's logged holds, oldest first
  std::vector<float> pastHeldSeconds;
  std::vector<std::string>
      recentHolds;         // newest first, at most 5: "2026-12-01 14:35 · 60 s · 7 → 4", local
  std::string logProblem;  // why holds are not being saved, "" when they are
};

// The selected part's card: what the muscle does, where it attaches, its trigger points.
struct MuscleCardView {
  bool active = false;  // a part is selected
  int part = -1;
  std::string title;  // "Soleus (right)", or the part's own name when it is not a known muscle
  std::string kind;   // "muscle", "bone" …
  std::string action, origin, insertion, innervation;
  std::vector<std::string> sources;
  int layer = 0;  // 1 superficial, 2 intermediate, 3 deep; 0 unknown
  std::vector<TriggerPointListView::Row> triggerPoints;  // placed on this part
  bool hasMirror = false;                                // the other side's part exists
};

// How the body's layers are shown.
struct LayersView {
  float skinOpacity = 0.3f, muscleOpacity = 1.0f, boneOpacity = 1.0f;
  bool xray = false;
  int peel = 0;  // 0 all muscles, 1 without the superficial layer, 2 the deep layer only
};

// "Where does it hurt?": the marked spot and the trigger points that may refer pain there.
struct PainFinderView {
  bool mode = false;
  // The drawing and the brush: painted area (cm², 0 when nothing is drawn), brush radius (cm),
  // intensity (1 mild – 3 severe), eraser, whether a stroke can be undone.
  float drawnSquareCm = 0.0f;
  float brushCm = 3.0f;
  int level = 2;
  bool eraser = false;
  bool canUndo = false;
  std::string place;  // the marked spot as people say it, "Temple (right)"; "" until marked
  struct Row {
    int index = -1;      // into the placed trigger points (PlacedAtlas::placed)
    std::string label;   // "Temporalis (right) — …"
    float score = 0.0f;  // 0–1
    bool spillover = false;
  };
  std::vector<Row> rows;  // best first
  // The rows grouped by muscle as the references count muscles, best first.
  struct Muscle {
    std::string label;   // "Pectoralis major, sternocostal part (left)"
    float score = 0.0f;  // its best row's
    bool spilloverOnly = false;
    std::string prevalence;         // "a common cause here", "an uncommon pattern" or ""
    std::vector<std::size_t> rows;  // indices into rows, best first
  };
  std::vector<Muscle> muscles;
  std::vector<std::string> warnings;  // red flags of the marked place, said before the rows
  struct Place {
    std::string id;     // the landmark, "temple.R"
    std::string label;  // "Temple (right)"
  };
  std::vector<Place> places;  // to choose from, by label
};

// A muscle group that has parts in this body, for the parts panel.
struct MuscleGroupRow {
  std::string_view name;   // "Rotator cuff"
  std::string_view words;  // more search words
  std::vector<int> parts;  // its parts in this body, in part order
};

// Labels in the 3D view: each candidate's text and where its anchor shows (px from the view's
// top-left corner), in priority order; the UI measures, places and draws them.
struct SceneLabel {
  enum class Kind { Muscle, TriggerPoint, Landmark };
  std::string text;
  float x = 0.0f, y = 0.0f;  // the anchor, px in the 3D view
  bool hidden = false;       // behind the body from the camera
  bool keep = false;         // always labelled (the selection): dimmed when hidden
  Kind kind = Kind::Muscle;
};

// The quiz tab: a quiz under way (its question, the answer so far, the feedback once
// revealed, the running score) or none.
struct QuizView {
  bool running = false, finished = false;
  QuizKind kind = QuizKind::WhereRefers;
  int question = 0, questions = 0;   // 0-based index, count
  std::string prompt;                // what to do, in words
  std::vector<std::string> choices;  // display names of the muscles to pick from
  std::vector<int> picked;           // the choices picked (spot), or the one chosen
  int clicks = 0;                    // clicks given as the answer
  std::string typed;
  bool revealed = false, right = false;
  float score = 0.0f;       // this answer's, 0–1
  std::string explanation;  // a line from the atlas
  float meanScore = 0.0f;   // 0–1 over the answers so far
  int answered = 0, streak = 0, bestStreak = 0;
  bool classMode = false;            // a timer per question and the class's tally
  float secondsLeft = 0.0f;          // to answer this question, 0 once up or revealed
  int classRight = 0, students = 0;  // this question's tally, the class's size
  float classMeanRight = 0.0f;       // 0–1 over the questions asked
  int missed = 0;                    // kept questions last answered wrong, to review
};

// The lessons tab: the list, and the open lesson with its steps and the one shown.
struct LessonsView {
  struct Entry {
    std::string name, title, audience;
    std::size_t steps = 0;
    bool bundled = true;
    std::string problem;   // the first reason it does not open, "" when it does
    std::size_t seen = 0;  // its steps shown so far (kept in the user's records)
  };
  std::vector<Entry> entries;
  bool open = false;
  std::string title, audience, source;  // the open lesson
  std::vector<std::string> stepTitles;
  int step = 0;
  std::string narration, teacherNotes;  // of the shown step
  std::vector<std::string> skipped;     // what the shown step names and this body lacks
  bool unsaved = false;
};

// The pain diary's drawer: the entries as a strip of thumbnails, each region's painted area
// entry by entry with the holds logged on each entry's day, the months, and what shows on the
// body.
struct DiaryView {
  struct Entry {
    std::string day;    // "2026-11-03"
    std::string label;  // "Tue 3 Nov"
    std::string note;
    float squareCm = 0.0f;
    float intensity = 0.0f;        // 1 mild – 3 severe, area-weighted
    int holds = 0;                 // holds logged that day
    bool otherBody = false;        // drawn on another body than the one open
    std::uintptr_t thumbnail = 0;  // a texture of its body chart (0: not ready)
    float thumbnailAspect = 0.5f;  // width / height
  };
  std::vector<Entry> entries;  // oldest first
  struct Series {
    std::string label;            // "Head (right)"
    std::vector<float> squareCm;  // per entry
    float peak = 0.0f;            // the largest, cm²
    std::string intensity;        // "intensity 2.7 to 1.0 of 3"
  };
  std::vector<Series> regions;            // the most painted first, at most three
  std::vector<std::string> months;        // "2026-11", oldest first
  std::vector<std::string> monthLabels;   // "November 2026"
  int shown = -1;                         // the entry shown on the body, -1 none
  int compared = -1;                      // the entry shown beside it, -1 none
  std::string month;                      // the month whose composite shows, "" none
  std::string compareLeft, compareRight;  // "Tue 3 Nov" over each half of the split view
  bool canSave = false;                   // a drawing to save
  std::string today;                      // "2026-11-03": the day a save is dated
  std::string status;                     // why it cannot be kept, or what the last action did
};

struct UiStateView {
  std::vector<PartRow> parts;
  std::vector<MuscleGroupRow> muscleGroups;  // those with parts in this body
  std::vector<int> selectedParts;            // every selected part; selectedPart is the first
  int hoveredPart = -1;                      // part under the mouse in the 3D view, -1 none
  std::string hoveredName;                   // its display name ("Soleus (right)"), "" when none
  int selectedPart = -1;                     // -1 none
  std::string sourceName;                    // file, folder or "N files" that was loaded
  std::size_t triangleCount = 0;
  float fps = 0.0f;
  std::string renderer;                  // GL renderer string
  std::vector<std::string> recentFiles;  // most recent first
  std::vector<std::string> warnings;     // oldest first; the status bar shows the last
  std::string statusMessage;             // transient message; shown before the warnings
  std::string opening;                   // "big.glb (312 MB)" while a body opens in the background
  float openingProgress = -1.0f;         // its estimated progress 0–1, -1 when nothing opens
  bool darkTheme = true;
  float uiScale = 1.0f;  // 1.0 – 2.0
  DockSettings dock;     // the sidebar, the inspector and their widths
  ReferralView referral;
  TriggerPointListView triggerPointList;
  TreatmentView treatment;
  MuscleCardView muscleCard;
  PainFinderView painFinder;
  DiaryView diary;
  LayersView layers;
  LessonsView lessons;
  QuizView quiz;
  LabelLayers labels;
  std::vector<SceneLabel> sceneLabels;  // for the view's last size; empty with no layer on
  bool presenter = false;
  bool turntable = false;          // the body turns slowly about its axis
  int presenterTextSteps = 0;      // Ctrl +/− steps on presenter mode's text
  float screenMillimetres = 0.0f;  // the monitor's height in mm, 0 when unknown
};

}  // namespace myo
