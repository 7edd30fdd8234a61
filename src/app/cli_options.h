// Command-line parsing for the myoscope executable: the window mode, `render`, `handout` and the
// global flags. Pure parsing into CliOptions; runs nothing and touches no GL.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/anatomy/body_frame.h"
#include "core/geometry/model.h"
#include "core/geometry/orbit_camera.h"
#include "core/referral/colormap.h"
#include "core/result.h"
#include "print/handout_pdf.h"

namespace myo {

enum class CliMode {
  Window,
  Render,
  Handout,
  CheckAtlas,
  CheckLesson,
  Check,
  Where,
  Help,
  Version
};

struct CliOptions {
  CliMode mode = CliMode::Window;
  std::vector<std::filesystem::path>
      inputs;  // files or folders; empty = the bundled body (or atlas)
  UpAxis up = UpAxis::Auto;
  Units units = Units::Auto;
  // render
  std::filesystem::path output;
  ViewPreset view = ViewPreset::Front;
  int width = 1280;
  int height = 800;
  int samples = 4;
  bool fullDetail = false;                 // draw every triangle, even where many share one pixel
  std::vector<PartKind> hiddenKinds;       // parts of these kinds are left out of the picture
  std::vector<std::string> triggerPoints;  // paint these trigger points' referral ("id[.L|.R]")
  float seconds = 2.0f;                    // render: animation time of the referral, s
  Colormap colormap = Colormap::Warm;
  bool isolines = false;     // render: distance isolines every 5 cm behind the front
  bool fitReferral = false;  // render: frame the painted zones and knots, not the whole body
  bool labels = false;       // render: label the largest muscles and the trigger points
  // handout
  Paper paper = Paper::A4;
  std::string region;  // --region NAME: a page per trigger point of the region
  // check, where
  bool json = false;               // machine-readable output
  std::vector<std::string> at;     // where: each "landmark:NAME[.L|.R]" or "X,Y,Z" (m, body frame)
  std::vector<std::string> areas;  // where --area: "landmark:NAME[.L|.R][:RADIUS_CM]" discs
  bool byPoint = false;            // where --by point: list trigger points, not muscles
  int top = 10;                    // where: how many muscles (or trigger points) to list
  // window automation (used by smoke tests and demos)
  std::filesystem::path screenshot;  // write a screenshot after `frames` frames, then quit
  std::filesystem::path script;      // a command script to run in the window
  int frames = 0;                    // > 0: quit after this many frames
  bool startupTimes = false;         // print where the start-up time went after the first frame
  std::optional<std::pair<int, int>> windowSize;  // --window-size; else the size kept last time
  // lessons
  std::string lesson;      // --lesson FILE|NAME: open it in the window
  int step = 1;            // --step N: the step shown first (1-based)
  bool presenter = false;  // --presenter: start in presenter mode
};

// Parses argv (without argv[0]). Errors are one line naming the offending argument. O(args).
[[nodiscard]] Result<CliOptions> parseCommandLine(const std::vector<std::string>& args);

// The --help text. O(1).
[[nodiscard]] std::string usageText();

}  // namespace myo
