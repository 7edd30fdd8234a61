// Command-line parsing.
#include "app/cli_options.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <optional>

namespace myo {
namespace {

Error argumentError(const std::string& argument, const std::string& reason) {
  return Error{"myoscope", argument, reason};
}

bool parseInt(std::string_view text, int& value) {
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  return ec == std::errc() && ptr == end;
}

bool parseSize(std::string_view text, int& width, int& height) {
  const std::size_t x = text.find_first_of("xX");
  if (x == std::string_view::npos) return false;
  return parseInt(text.substr(0, x), width) && parseInt(text.substr(x + 1), height) &&
         width >= 16 && height >= 16 && width <= 16384 && height <= 16384;
}

// "skin,bone" -> {Skin, Bone}; false on an unknown word.
bool parseKinds(std::string_view text, std::vector<PartKind>& kinds) {
  constexpr std::pair<std::string_view, PartKind> kWords[] = {{"skin", PartKind::Skin},
                                                              {"muscle", PartKind::Muscle},
                                                              {"tendon", PartKind::Tendon},
                                                              {"bone", PartKind::Bone}};
  while (!text.empty()) {
    const std::string_view word = text.substr(0, text.find(','));
    const auto* match = std::find_if(std::begin(kWords), std::end(kWords),
                                     [word](const auto& entry) { return entry.first == word; });
    if (match == std::end(kWords)) return false;
    kinds.push_back(match->second);
    text.remove_prefix(std::min(text.size(), word.size() + 1));
  }
  return !kinds.empty();
}

// Applies the flag at args[i] (consuming its value) or returns an error.
std::optional<Error> applyFlag(const std::vector<std::string>& args, std::size_t& i,
                               CliOptions& options) {
  const std::string& flag = args[i];
  auto value = [&]() -> const std::string* { return i + 1 < args.size() ? &args[++i] : nullptr; };
  if (flag == "-h" || flag == "--help") {
    options.mode = CliMode::Help;
    return std::nullopt;
  }
  if (flag == "--version") {
    options.mode = CliMode::Version;
    return std::nullopt;
  }
  constexpr std::pair<std::string_view, bool CliOptions::*> kSwitches[] = {
      {"--full-detail", &CliOptions::fullDetail},    {"--isolines", &CliOptions::isolines},
      {"--fit-referral", &CliOptions::fitReferral},  {"--json", &CliOptions::json},
      {"--presenter", &CliOptions::presenter},       {"--labels", &CliOptions::labels},
      {"--startup-times", &CliOptions::startupTimes}};
  for (const auto& [name, member] : kSwitches)
    if (flag == name) {
      options.*member = true;
      return std::nullopt;
    }
  const std::string* v = value();
  if (v == nullptr) return argumentError(flag, "is unknown or needs a value");
  if (flag == "--up") {
    const auto up = parseUpAxis(*v);
    if (!up) return argumentError(flag, "'" + *v + "' is not an axis (+x -x +y -y +z -z auto)");
    options.up = *up;
  } else if (flag == "--units") {
    const auto units = parseUnits(*v);
    if (!units) return argumentError(flag, "'" + *v + "' is not a unit (m cm mm in auto)");
    options.units = *units;
  } else if (flag == "-o" || flag == "--output") {
    options.output = *v;
  } else if (flag == "--view") {
    const auto view = parseViewPreset(*v);
    if (!view)
      return argumentError(
          flag, "'" + *v + "' is not a view (front back left right top bottom three-quarter)");
    options.view = *view;
  } else if (flag == "--size") {
    if (!parseSize(*v, options.width, options.height))
      return argumentError(flag, "'" + *v + "' is not WIDTHxHEIGHT (16 to 16384)");
  } else if (flag == "--window-size") {
    int width = 0, height = 0;
    if (!parseSize(*v, width, height))
      return argumentError(flag, "'" + *v + "' is not WIDTHxHEIGHT (16 to 16384)");
    options.windowSize = std::pair(width, height);
  } else if (flag == "--samples") {
    if (!parseInt(*v, options.samples) || options.samples < 1 || options.samples > 16)
      return argumentError(flag, "'" + *v + "' is not a sample count from 1 to 16");
  } else if (flag == "--hide") {
    if (!parseKinds(*v, options.hiddenKinds))
      return argumentError(flag, "'" + *v + "' is not a list of skin muscle tendon bone");
  } else if (flag == "--tp") {
    options.triggerPoints.push_back(*v);
  } else if (flag == "--time") {
    char* end = nullptr;
    options.seconds = std::strtof(v->c_str(), &end);
    if (end == v->c_str() || *end != '\0' || options.seconds < 0.0f)
      return argumentError(flag, "'" + *v + "' is not a time in seconds");
  } else if (flag == "--colormap") {
    if (*v == "warm")
      options.colormap = Colormap::Warm;
    else if (*v == "viridis")
      options.colormap = Colormap::Viridis;
    else if (*v == "cividis")
      options.colormap = Colormap::Cividis;
    else
      return argumentError(flag, "'" + *v + "' is not warm, viridis or cividis");
  } else if (flag == "--paper") {
    const auto paper = parsePaper(*v);
    if (!paper) return argumentError(flag, "'" + *v + "' is not a4 or letter");
    options.paper = *paper;
  } else if (flag == "--region") {
    options.region = *v;
  } else if (flag == "--at") {
    options.at.push_back(*v);
  } else if (flag == "--area") {
    options.areas.push_back(*v);
  } else if (flag == "--by") {
    if (*v != "point" && *v != "muscle")
      return argumentError(flag, "'" + *v + "' is not point or muscle");
    options.byPoint = *v == "point";
  } else if (flag == "--top") {
    if (!parseInt(*v, options.top) || options.top < 1)
      return argumentError(flag, "'" + *v + "' is not a positive count");
  } else if (flag == "--screenshot") {
    options.screenshot = *v;
  } else if (flag == "--script") {
    options.script = *v;
  } else if (flag == "--lesson") {
    options.lesson = *v;
  } else if (flag == "--step") {
    if (!parseInt(*v, options.step) || options.step < 1)
      return argumentError(flag, "'" + *v + "' is not a step number (1 is the first)");
  } else if (flag == "--frames") {
    if (!parseInt(*v, options.frames) || options.frames < 1)
      return argumentError(flag, "'" + *v + "' is not a positive frame count");
  } else {
    return argumentError(flag, "unknown option (see myoscope --help)");
  }
  return std::nullopt;
}

}  // namespace

Result<CliOptions> parseCommandLine(const std::vector<std::string>& args) {
  CliOptions options;
  std::size_t i = 0;
  constexpr std::pair<std::string_view, CliMode> kCommands[] = {
      {"render", CliMode::Render},
      {"handout", CliMode::Handout},
      {"check-atlas", CliMode::CheckAtlas},
      {"check-lesson", CliMode::CheckLesson},
      {"check", CliMode::Check},
      {"where", CliMode::Where}};
  for (const auto& [word, mode] : kCommands)
    if (!args.empty() && args[0] == word) {
      options.mode = mode;
      i = 1;
    }
  for (; i < args.size(); ++i) {
    if (args[i].size() > 1 && args[i][0] == '-') {
      if (auto error = applyFlag(args, i, options)) return *error;
      if (options.mode == CliMode::Help || options.mode == CliMode::Version) return options;
    } else {
      options.inputs.emplace_back(args[i]);
    }
  }
  if (options.mode == CliMode::CheckAtlas && options.inputs.size() > 1)
    return argumentError("check-atlas", "takes one atlas folder at most");
  if (options.mode == CliMode::CheckLesson && options.inputs.empty())
    return argumentError("check-lesson", "needs the lesson files to check");
  if (options.mode == CliMode::Where && options.at.empty() && options.areas.empty())
    return argumentError("where",
                         "needs a point or an area: --at landmark:NAME.SIDE, --at X,Y,Z or "
                         "--area landmark:NAME.SIDE:RADIUS_CM");
  if (options.mode == CliMode::Render && options.output.empty())
    return argumentError("render", "needs an output image: -o out.png");
  if (options.mode == CliMode::Handout && options.output.empty())
    return argumentError("handout", "needs an output file: -o handout.pdf");
  if (options.mode == CliMode::Window && options.frames == 0 && !options.screenshot.empty())
    options.frames = 3;
  return options;
}

std::string usageText() {
  return R"(Myoscope — 3D anatomy viewer for myofascial trigger points

Usage:
  myoscope [FILES|FOLDERS...] [options]         open the body in a window (no file: the bundled body)
  myoscope render [FILES|FOLDERS...] -o OUT.png [options]
                                                render headless (EGL; no display or GPU needed)
  myoscope handout [FILES|FOLDERS...] -o OUT.pdf (--tp ID[.L|.R]... | --region NAME |
                  --lesson FILE|NAME) [--paper a4|letter]
                                                printable pages: per trigger point its pictured
                                                referral, where and how to press, the stretch,
                                                self-care, cautions and sources; per lesson step
                                                its narration and view
  myoscope check-atlas [DIR]                    check a trigger point atlas folder (no DIR: the
                                                bundled atlas); one line per problem
  myoscope check-lesson FILES...                check lesson files: one line per problem naming
                                                the file, the step and the field; exit 1 on any
  myoscope check [FILES|FOLDERS...] [--json]    the body's facts and how every trigger point
                                                anchors on it
  myoscope where [FILES|FOLDERS...] --at POINT [--at POINT...] [--area AREA...] [--by point]
                 [--top N] [--json]
                                                the muscles (--by point: trigger points) that
                                                refer pain to POINT, ranked; several --at and
                                                --area are one pain at several places. AREA:
                                                landmark:NAME.SIDE[:RADIUS_CM] (default 5 cm), the
                                                skin within that distance. POINT:
                                                landmark:NAME.SIDE (e.g. landmark:temple.R) or
                                                X,Y,Z in metres (+Y up, facing +Z, +X left)
  myoscope --help | --version

Several files, or a folder, open as one body. Formats: glTF 2.0 (.gltf, .glb, Draco and
quantized meshes), OBJ+MTL, FBX, STL, PLY, DAE, 3MF.

Options:
  --up AXIS          up axis of the input: +x -x +y -y +z -z, or auto (default: detected)
  --units UNIT       length unit of the input: m cm mm in, or auto (default: detected)
  -o, --output PNG   render: the image to write
  --view VIEW        render: front back left right top bottom three-quarter (default front)
  --size WxH         render: image size in pixels (default 1280x800)
  --samples N        render: multisample anti-aliasing samples (default 4)
  --tp ID[.L|.R]     paint this trigger point's referred pain on the skin, or on the muscles
                     when there is none or it is hidden (e.g. upper_trapezius_1.R; right
                     side when no side is given); up to 4 --tp combine; in the window they
                     are selected once the body is prepared
  --time SECONDS     render: the moment of the referral animation to show (default 2)
  --colormap NAME    render: warm (default), viridis or cividis
  --isolines         render: lines of equal distance from the knot every 5 cm
  --fit-referral     render: frame the knots and the zones they refer to (with --tp)
  --labels           render: label the largest muscles in view and the trigger points, as
                     the window's labels do
  --hide KINDS       render: leave out parts of these kinds (comma-separated: skin, muscle,
                     tendon, bone), e.g. --hide skin
  --full-detail      render: draw every triangle (by default vertices closer than a pixel
                     are merged first, which leaves the picture unchanged and is faster)
  --paper SIZE       handout: a4 (default) or letter
  --region NAME      handout: a page per trigger point of the region (head_neck,
                     shoulder_arm, trunk_hip, leg_foot), right side
  --window-size WxH  window: initial size (default 1280x800)
  --screenshot PNG   window: save a screenshot after the first frames, then quit
  --script FILE      window: run a command script (open, wait-ready, select-point, technique,
                     select-part, timer, discomfort, advance, view, click, frames,
                     screenshot, quit; see docs/scripts.md)
  --frames N         window: quit after N frames
  --startup-times    window: after the first frame, print how long each start-up stage took
                     and the peak memory; render: the same for each stage of the picture
  --lesson FILE|NAME window: open a lesson; handout: a page per step (a file, or the name
                     of a bundled or saved lesson, e.g. shoulder)
  --step N           window: with --lesson, show step N first (default 1)
  --presenter        window: start in presenter mode (full screen; F11 or Esc leaves it)

Window controls: left-drag rotate, right/middle-drag pan, wheel zoom to cursor, double-click
centre on a point, F frame all, 1-6 front/back/left/right/top/three-quarter, F12 screenshot;
with a lesson open: Right/PageDown/Space next step, Left/PageUp previous; F11 presenter mode.
)";
}

}  // namespace myo
