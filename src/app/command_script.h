// Command scripts that drive the window for tests and demonstrations: one command a line,
// '#' starts a comment. Parsing and checking only (each verb to ScriptVerb, argument counts,
// numbers from 0 to a million, whole ones where counts are meant); the app runs them. No GL, no
// UI.
//
//   open PATH                 load a body (relative to the script's folder)
//   wait-ready                until the body is prepared and the chosen fields are painted
//   select-point ID[.L|.R]    choose a trigger point (right side when none given); none: no point
//   technique N               the chosen point's technique number N (1 = first)
//   select-part NAME          select the body part with this name
//   timer start|pause|release|reset
//   discomfort N              set the discomfort slider (0–10)
//   how-now N                 answer "how is it now?" after a press (0–10)
//   advance SECONDS           move the treatment clock on (simulated time)
//   view front|back|left|right|top|bottom
//   click X Y                 click the 3D view at window pixel (X, Y)
//   click-landmark NAME.SIDE  click the 3D view where that landmark shows (e.g. heel.R)
//   pain-mode on|off          "where does it hurt?": clicks mark the painful spot
//   pain-brush CM mild|moderate|severe|eraser   the drawing's brush: radius (1–10 cm), intensity
//   pain-dab NAME.SIDE        paint one dab of the brush at a landmark
//   pain-stroke X1 Y1 X2 Y2   paint a stroke across the 3D view (window pixels), as Shift-drag does
//   pain-undo · pain-clear    take back the last stroke · the whole drawing
//   xray on|off               X-ray: faint skin, translucent muscles, opaque bones
//   peel N                    0 all muscle layers, 1 without the superficial, 2 deep only
//   opacity skin|muscles|bones N   a layer's opacity slider (0–1)
//   frames N                  let N frames pass
//   screenshot PATH           save the window as PNG (relative to the script's folder)
//   view-image PATH TIMES     save the 3D view alone as PNG, TIMES (1–4) as wide and high
//   layout PATH               write the 3D view's and every panel's rectangle as JSON
//   ui-scale PERCENT          the UI scale, 100–200
//   lesson FILE|NAME          open a lesson (a file, or a bundled or saved lesson's name)
//   step next|prev|N          the open lesson's next, previous or Nth step (1 = first)
//   presenter on|off          presenter mode
//   labels on|off             the muscle, trigger point and landmark labels
//   quiz start where|knot|name|spot [REGION] [--seed N] [--class SECONDS STUDENTS]
//   quiz answer-click X Y | answer-landmark NAME.SIDE | answer-choice N | reveal | next
//   quiz export PATH          the quiz's results as CSV
//   date YYYY-MM-DD           date the records from now on as if today were that day
//   diary open|close · diary save [NOTE…] · diary show N|live · diary compare A B
//   diary month YYYY-MM · diary export-csv PATH · diary summary PATH [YYYY-MM]
//   quit
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace myo {

enum class ScriptVerb {
  Open,
  WaitReady,
  SelectPoint,
  Technique,
  SelectPart,
  Timer,
  Discomfort,
  HowNow,
  Advance,
  View,
  Click,
  ClickLandmark,
  PainMode,
  PainBrush,
  PainDab,
  PainStroke,
  PainUndo,
  PainClear,
  Xray,
  Peel,
  Opacity,
  Frames,
  Screenshot,
  Layout,
  ViewImage,
  ExportView,
  UiScale,
  Lesson,
  Step,
  Presenter,
  Labels,
  Quiz,
  Diary,
  Date,
  Quit
};

struct ScriptCommand {
  ScriptVerb verb = ScriptVerb::Quit;
  std::vector<std::string> args;  // checked against the verb's argument kinds
  std::vector<double> values;     // each argument as a number, parsed once (NaN: not a number)
  int line = 0;                   // 1-based, for messages
  // Argument `i` as the parser read it: a number, or a whole number (0 when it is not one). O(1).
  [[nodiscard]] double number(std::size_t i) const { return i < values.size() ? values[i] : 0.0; }
  [[nodiscard]] int whole(std::size_t i) const;
};

// Parses `text`; errors name `file`, the line ("line 3") and the problem. O(text).
[[nodiscard]] Result<std::vector<ScriptCommand>> parseCommandScript(std::string_view text,
                                                                    const std::string& file);

}  // namespace myo
