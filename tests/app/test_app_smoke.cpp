// App smoke tests: the real myoscope binary renders headless through EGL and opens its window
// under xvfb-run, writing screenshots that are checked pixel by pixel.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

#include "app/body_source.h"
#include "core/io/image.h"
#include "records/user_records.h"
#include "support/run_command.h"
#include "support/test_paths.h"

namespace {

using myo::test::runCommand;
using myo::test::RunResult;

RunResult run(const std::string& arguments) {
  return runCommand(std::string(MYOSCOPE_BINARY) + " " + arguments + " 2>&1");
}

std::array<int, 4> pixel(const myo::Image& image, int x, int y) {
  const std::uint8_t* p = image.pixel(x, y);
  return {p[0], p[1], p[2], p[3]};
}

int colourDistance(const std::array<int, 4>& a, const std::array<int, 4>& b) {
  return std::abs(a[0] - b[0]) + std::abs(a[1] - b[1]) + std::abs(a[2] - b[2]);
}

// Fraction of pixels that differ clearly from the background colour at the top-left corner row
// of the same height (the background is a vertical gradient).
double foregroundFraction(const myo::Image& image) {
  std::size_t count = 0;
  for (int y = 0; y < image.height; ++y) {
    const auto background = pixel(image, 0, y);
    for (int x = 0; x < image.width; ++x)
      if (colourDistance(pixel(image, x, y), background) > 40) ++count;
  }
  return static_cast<double>(count) / (static_cast<double>(image.width) * image.height);
}

// Viridis paint: pixels greener than red, or much bluer (its low end), unlike skin, muscle, bone
// and the grey background (blue exceeds red by at most 13/255 there).
// Pixels of `image` for which `matches(rgba)` holds, in columns [x0, x1) and rows [y0, y1) given
// in per cent of the width and height.
template <class Matches>
std::size_t countPixels(const myo::Image& image, Matches matches, int x0 = 0, int x1 = 100,
                        int y0 = 0, int y1 = 100) {
  std::size_t count = 0;
  for (int y = y0 * image.height / 100; y < y1 * image.height / 100; ++y)
    for (int x = x0 * image.width / 100; x < x1 * image.width / 100; ++x)
      count += matches(pixel(image, x, y)) ? 1 : 0;
  return count;
}

std::size_t viridisPixels(const myo::Image& image) {
  return countPixels(image, [](const std::array<int, 4>& p) {
    return (p[1] > p[0] + 20 && p[1] > 60) || p[2] > p[0] + 40;
  });
}

// Runs tests/scripts/NAME.myo in the window under Xvfb from a scratch copy (so its screenshot
// NAME.png and any treatment log land there) and returns that screenshot.
myo::Image runWindowScript(const std::string& name) {
  const auto dir = myo::test::scratch() / ("script_" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto script = dir / (name + ".myo");
  std::filesystem::copy_file(
      std::filesystem::path(MYO_FIXTURES_DIR) / "../scripts" / (name + ".myo"), script);
  const RunResult result =
      runCommand("XDG_DATA_HOME=" + dir.string() + " XDG_CONFIG_HOME=" + dir.string() +
                 " xvfb-run -a -s '-screen 0 1280x1024x24' " + std::string(MYOSCOPE_BINARY) +
                 " --script " + script.string() + " 2>&1");
  INFO(result.output);
  REQUIRE(result.status == 0);
  auto image = myo::readPng(dir / (name + ".png"));
  REQUIRE(image.ok());
  return std::move(image.value());
}

}  // namespace

TEST_CASE("version and help flags exit 0", "[smoke]") {
  const RunResult version = run("--version");
  CHECK(version.status == 0);
  CHECK(version.output.find("myoscope ") == 0);
  const RunResult help = run("--help");
  CHECK(help.status == 0);
  CHECK(help.output.find("myoscope render") != std::string::npos);
}

TEST_CASE("render writes a PNG of the default body", "[smoke]") {
  const auto out = myo::test::scratch() / "smoke_default.png";
  std::filesystem::remove(out);
  const RunResult result = run("render -o " + out.string() + " --size 320x240");
  INFO(result.output);
  REQUIRE(result.status == 0);
  auto image = myo::readPng(out);
  REQUIRE(image.ok());
  CHECK(image->width == 320);
  CHECK(image->height == 240);
  const double coverage = foregroundFraction(*image);
  CHECK(coverage > 0.03);
  CHECK(coverage < 0.6);
}

TEST_CASE("render --tp paints the referral in the colormap's colours", "[smoke]") {
  const auto out = myo::test::scratch() / "smoke_referral.png";
  std::filesystem::remove(out);
  const RunResult result = run("render -o " + out.string() +
                               " --tp soleus_1.R --time 2 --view back --size 200x250 "
                               "--hide muscle,tendon --colormap viridis");
  INFO(result.output);
  REQUIRE(result.status == 0);
  auto image = myo::readPng(out);
  REQUIRE(image.ok());
  // Viridis pixels (green-blue-yellow, unlike skin, bone and background) appear near the heel.
  const std::size_t wholeBody = viridisPixels(*image);
  CHECK(wholeBody > 10);
  // Framed on the referral, the painted zones fill much more of the picture.
  const RunResult framed = run("render -o " + out.string() +
                               " --tp soleus_1.R --time 2 --view back --size 200x250 "
                               "--hide muscle,tendon --colormap viridis --fit-referral");
  REQUIRE(framed.status == 0);
  image = myo::readPng(out);
  REQUIRE(image.ok());
  CHECK(viridisPixels(*image) > 4 * wholeBody);
  // With the skin hidden the muscles carry the paint.
  const RunResult onMuscles = run("render -o " + out.string() +
                                  " --tp soleus_1.R --time 2 --view back --size 200x250 "
                                  "--hide skin --colormap viridis");
  INFO(onMuscles.output);
  REQUIRE(onMuscles.status == 0);
  image = myo::readPng(out);
  REQUIRE(image.ok());
  CHECK(viridisPixels(*image) > 10);
  const RunResult unknown = run("render -o " + out.string() + " --tp no_such_point");
  CHECK(unknown.status == 1);
  CHECK(unknown.output.find("--tp: no trigger point 'no_such_point'") != std::string::npos);
  const RunResult hidden =
      run("render -o " + out.string() + " --tp soleus_1 --hide skin,muscle,tendon");
  CHECK(hidden.status == 1);
  CHECK(hidden.output.find("no visible skin or muscles to paint on") != std::string::npos);
}

TEST_CASE("check of a PLY on which Assimp aborts prints one line naming it", "[smoke]") {
  // Found by the model_formats fuzz target: Assimp fails its own assertion while triangulating
  // and prints it; the reproducer's first byte picks the extension, the file is the rest.
  std::ifstream in(MYO_FIXTURES_DIR
                   "/../fuzz/reproducers/model_formats/ply_triangulate_assimp_abort.ply",
                   std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE(bytes.size() > 100);
  const auto file = myo::test::scratch() / "assimp_abort.ply";
  { std::ofstream(file, std::ios::binary) << bytes.substr(1); }
  const RunResult result = run("check " + file.string());
  CHECK(result.status == 1);
  CHECK(result.output == "myoscope: " + file.string() +
                             ": the model importer crashed on the file (signal 6: Aborted)\n");
}

TEST_CASE("render of a missing file fails with one line naming it", "[smoke]") {
  const RunResult result = run("render /nonexistent/body.glb -o /tmp/never.png");
  CHECK(result.status == 1);
  CHECK(result.output.find("/nonexistent/body.glb") != std::string::npos);
  CHECK(std::count(result.output.begin(), result.output.end(), '\n') == 1);
}

TEST_CASE("check-lesson passes the bundled lessons and names step and field of a bad one",
          "[smoke]") {
  const std::filesystem::path lessons = std::filesystem::path(MYO_LESSONS_DIR);
  const RunResult good = run("check-lesson " + (lessons / "shoulder.json").string());
  INFO(good.output);
  CHECK(good.status == 0);
  CHECK(good.output.find("\"The shoulder: rotator cuff trigger points\", 9 steps, no problems") !=
        std::string::npos);

  const std::filesystem::path bad = myo::test::scratch() / "bad_lesson.json";
  std::ofstream(bad) << R"({"format": "myoscope-lesson-1", "title": "Bad", "steps": [
    {"title": "One", "narration": "x", "camera": {"preset": "sideways"}},
    {"title": "Two", "narration": "y", "trigger_points": ["soleus_9.R"]}]})";
  const RunResult checked = run("check-lesson " + bad.string());
  INFO(checked.output);
  CHECK(checked.status == 1);
  CHECK(checked.output.find(bad.string() + ": step 1: camera.preset: \"sideways\" is not one of") ==
        0);
  CHECK(checked.output.find(bad.string() + ": 1 problem\n") != std::string::npos);
}

TEST_CASE("render --labels draws atlas labels beside the body and changes nothing else",
          "[smoke]") {
  const auto plain = myo::test::scratch() / "smoke_unlabelled.png";
  const auto labelled = myo::test::scratch() / "smoke_labelled.png";
  const std::string common = " --view back --size 640x800 --hide skin --tp infraspinatus_1.R";
  REQUIRE(run("render -o " + plain.string() + common).status == 0);
  const RunResult result = run("render -o " + labelled.string() + common + " --labels");
  INFO(result.output);
  REQUIRE(result.status == 0);
  auto a = myo::readPng(plain);
  auto b = myo::readPng(labelled);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  // Label boxes (near black on the grey background) and their white and orange text sit in
  // the side columns, the outer 30 % on each side; in the middle only leader lines and anchor
  // dots change the picture.
  struct Counts {
    std::size_t boxes = 0, text = 0, orange = 0;
  };
  const auto countSides = [](const myo::Image& image) {
    Counts counts;
    for (int y = 0; y < image.height; ++y)
      for (int x = 0; x < image.width; ++x) {
        if (x >= image.width * 3 / 10 && x < image.width * 7 / 10) continue;
        const auto p = pixel(image, x, y);
        if (p[0] < 30 && p[1] < 30 && p[2] < 35) ++counts.boxes;
        if (p[0] > 230 && p[1] > 230 && p[2] > 230) ++counts.text;
        if (p[0] > 230 && p[1] > 140 && p[1] < 200 && p[2] < 110) ++counts.orange;
      }
    return counts;
  };
  const Counts without = countSides(*a), with = countSides(*b);
  CHECK(with.boxes > without.boxes + 20000);
  CHECK(with.text > without.text + 500);
  CHECK(with.orange > without.orange + 40);  // the trigger point's label
  std::size_t changedInMiddle = 0;
  for (int y = 0; y < b->height; ++y)
    for (int x = b->width * 3 / 10; x < b->width * 7 / 10; ++x)
      if (colourDistance(pixel(*b, x, y), pixel(*a, x, y)) > 60) ++changedInMiddle;
  CHECK(changedInMiddle < 4000);
  CHECK(changedInMiddle > 100);
}

TEST_CASE("check-atlas passes the bundled atlas and names the file of a broken one", "[smoke]") {
  const RunResult bundled = run("check-atlas");
  INFO(bundled.output);
  CHECK(bundled.status == 0);
  CHECK(bundled.output.find("bundled atlas: ") == 0);
  CHECK(bundled.output.find(", 0 problems") != std::string::npos);

  const std::filesystem::path broken = myo::test::scratch() / "broken_atlas";
  std::filesystem::remove_all(broken);
  std::filesystem::copy(myo::test::fixtures() / "atlas/minimal", broken,
                        std::filesystem::copy_options::recursive);
  std::ofstream(broken / "techniques.json") << "{ \"techniques\": [] }";
  const RunResult bad = run("check-atlas " + broken.string());
  INFO(bad.output);
  CHECK(bad.status == 1);
  CHECK(bad.output.find((broken / "techniques.json").string() +
                        ": /techniques: needs at least 1 items, has 0\n") == 0);
  // The schema error and one unknown technique for each of the point's three uses.
  CHECK(
      bad.output.find(": 1 trigger point on 1 muscle, 0 techniques, 1 muscle card, 4 problems\n") !=
      std::string::npos);
}

TEST_CASE("check reports the bundled body and how every trigger point anchors", "[smoke]") {
  const RunResult check = run("check");
  INFO(check.output);
  CHECK(check.status == 0);
  CHECK(check.output.find("model: bundled body, 357 parts") == 0);
  CHECK(check.output.find("height 1.750 m") != std::string::npos);
  const myo::Result<myo::LoadedBody> bundled = myo::loadBodyOrDefault({}, {});
  REQUIRE(bundled.ok());
  const myo::Model& model = bundled.value().model;
  CHECK(check.output.find("\nsize: " + std::to_string(model.triangleCount()) + " triangles, " +
                          std::to_string(model.vertexCount()) + " vertices, ") !=
        std::string::npos);
  CHECK(check.output.find(" MiB in memory\n") != std::string::npos);
  CHECK(check.output.find("landmarks: from the model") != std::string::npos);
  CHECK(check.output.find("by landmarks") == std::string::npos);  // every point on its muscle
  CHECK(check.output.find("upper_trapezius_1.R  trapezius_descending  by name: "
                          "trapezius_descending.R") != std::string::npos);
  const RunResult json = run("check --json");
  CHECK(json.status == 0);
  CHECK(json.output.find("\"anchored\": \"by name\"") != std::string::npos);
  CHECK(json.output.find("\"memory_bytes\": " + std::to_string(model.memoryBytes())) !=
        std::string::npos);
}

TEST_CASE("where lists the temporalis and the upper trapezius for the temple", "[smoke]") {
  const RunResult where = run("where --at landmark:temple.R --top 5 --by point");
  INFO(where.output);
  CHECK(where.status == 0);
  const std::size_t temporalis = where.output.find("1. temporalis_");
  const std::size_t trapezius = where.output.find("upper_trapezius_1.R");
  CHECK(temporalis != std::string::npos);
  CHECK(trapezius != std::string::npos);
  CHECK(run("where --at 0,2.5,0 --by point").output.find("\n0 trigger points") !=
        std::string::npos);
  // Pain on the left chest: the cardiac warning comes before any muscle.
  const RunResult chest = run("where --at landmark:anterior_chest.L --top 3");
  INFO(chest.output);
  const std::size_t warning = chest.output.find("first, for your safety: Chest pain must be");
  REQUIRE(warning != std::string::npos);
  CHECK(warning < chest.output.find("1. "));
  CHECK(run("where --at landmark:calf.R --json").output.find("\"id\": \"dvt\"") !=
        std::string::npos);
  CHECK(run("where --at landmark:heel.R").output.find("for your safety") == std::string::npos);
  // An area of the calf: the skin within 5 cm, the clot warning first, soleus the first muscle.
  const RunResult calf = run("where --area landmark:calf.R --top 3");
  INFO(calf.output);
  CHECK(calf.status == 0);
  CHECK(calf.output.find(" points)") != std::string::npos);
  CHECK(calf.output.find("for your safety: Calf pain") < calf.output.find("1. Soleus (right)"));
  const RunResult badArea = run("where --area landmark:calf.R:99");
  CHECK(badArea.status == 1);
  CHECK(std::count(badArea.output.begin(), badArea.output.end(), '\n') == 1);
  // By muscle (the default): temporalis first, its points folded under it, each muscle once.
  const RunResult muscles = run("where --at landmark:temple.R --top 5");
  INFO(muscles.output);
  CHECK(muscles.output.find("1. Temporalis (right)  essential") != std::string::npos);
  CHECK(muscles.output.find("2. Trapezius, descending part (right)  spillover only") !=
        std::string::npos);
  CHECK(std::count(muscles.output.begin(), muscles.output.end(), '\n') <= 5 + 1 + 5 * 4);
  CHECK(muscles.output.find("       temporalis_") != std::string::npos);
  // Two spots of one headache: the upper trapezius explains both and leads.
  const RunResult both =
      run("where --at landmark:temple.R --at landmark:angle_of_neck.R --top 3 --json");
  INFO(both.output);
  CHECK(both.status == 0);
  const std::size_t first = both.output.find("\"muscle\": \"");
  REQUIRE(first != std::string::npos);
  CHECK(both.output.find("\"muscle\": \"trapezius_descending\"") == first);
  const RunResult bad = run("where --at landmark:templ.R");
  CHECK(bad.status == 1);
  CHECK(bad.output.find("--at: 'landmark:templ.R' is not") != std::string::npos);
}

TEST_CASE("render of the BodyParts3D body shows a tall figure", "[smoke]") {
  MYO_REQUIRE_SHARED_DATA("bodyparts3d/bp3d_body.glb");
  const auto out = myo::test::scratch() / "smoke_bp3d_front.png";
  const RunResult result =
      run("render " + (myo::test::sharedData() / "bodyparts3d/bp3d_body.glb").string() + " -o " +
          out.string() + " --size 400x500");
  INFO(result.output);
  REQUIRE(result.status == 0);
  CHECK(result.output.find("271 parts") != std::string::npos);
  auto image = myo::readPng(out);
  REQUIRE(image.ok());
  // The figure is framed: it spans most of the height and is narrower than tall.
  int top = image->height, bottom = -1, left = image->width, right = -1;
  for (int y = 0; y < image->height; ++y) {
    const auto background = pixel(*image, 0, y);
    for (int x = 0; x < image->width; ++x) {
      if (colourDistance(pixel(*image, x, y), background) <= 40) continue;
      top = std::min(top, y);
      bottom = std::max(bottom, y);
      left = std::min(left, x);
      right = std::max(right, x);
    }
  }
  REQUIRE(bottom > top);
  CHECK(bottom - top > image->height * 0.7);
  CHECK(right - left < (bottom - top) * 0.6);
}

TEST_CASE("the window opens under xvfb-run and saves a screenshot", "[smoke]") {
  const auto out = myo::test::scratch() / "smoke_window.png";
  std::filesystem::remove(out);
  const std::string command =
      "XDG_CONFIG_HOME=" + (myo::test::scratch() / "window_config").string() +
      " xvfb-run -a -s '-screen 0 1280x1024x24' " + std::string(MYOSCOPE_BINARY) +
      " --window-size 800x600 --screenshot " + out.string() + " --frames 6 --startup-times 2>&1";
  const RunResult result = runCommand(command);
  INFO(result.output);
  REQUIRE(result.status == 0);
  // The start-up table, printed once, from waiting for the body to the first frame on screen.
  const std::size_t read = result.output.find("wait for the body");
  const std::size_t shown = result.output.find("first frame: draw, swap");
  CHECK(read != std::string::npos);
  CHECK(shown != std::string::npos);
  CHECK(read < shown);
  CHECK(result.output.find("peak resident memory: ") != std::string::npos);
  CHECK(result.output.find("start-up stage") == result.output.rfind("start-up stage"));
  auto image = myo::readPng(out);
  REQUIRE(image.ok());
  CHECK(image->width == 800);
  CHECK(image->height == 600);
  // The body is drawn in the middle, and the menu bar row differs from the scene below it.
  CHECK(foregroundFraction(*image) > 0.03);
  CHECK(colourDistance(pixel(*image, 400, 5), pixel(*image, 400, 40)) > 10);
}

TEST_CASE("a script chooses a trigger point and runs the hold timer in the window", "[smoke]") {
  const myo::Image image = runWindowScript("treat_upper_trapezius");
  // The timer ring's arc (hold red, or the yellow cue just after the phase change) and the
  // heatmap's deep reds are on screen.
  const std::size_t ring = countPixels(image, [](const std::array<int, 4>& p) {
    return colourDistance(p, {255, 214, 90, 255}) < 30 ||
           colourDistance(p, {226, 92, 60, 255}) < 30;
  });
  CHECK(ring > 500);
  // The first hold is in the records: 6 when pressing, 3 as the answer to "how is it now?".
  auto records = myo::UserRecords::open(myo::test::scratch() / "script_treat_upper_trapezius" /
                                        "myoscope" / "records.sqlite");
  REQUIRE(records.ok());
  const auto holds = records->treatments();
  REQUIRE(holds.ok());
  REQUIRE(holds->size() == 1);
  CHECK((*holds)[0].discomfortBefore == 6);
  CHECK((*holds)[0].discomfortAfter == 3);
}

TEST_CASE("the 3D view exports larger than the window, with labels and legend when asked",
          "[smoke]") {
  (void)runWindowScript("export_view");
  const auto dir = myo::test::scratch() / "script_export_view";
  auto plain = myo::readPng(dir / "export_plain.png");
  auto full = myo::readPng(dir / "export_full.png");
  REQUIRE(plain.ok());
  REQUIRE(full.ok());
  CHECK(plain->width == 1600);  // larger than the window's 3D view (under 1280 px wide)
  CHECK(plain->height == 900);
  CHECK(full->width == 1600);
  // The referral is painted in both: warm yellow-orange pixels.
  const auto warm = [](const std::array<int, 4>& p) {
    return p[0] > 200 && p[1] > 120 && p[1] < 235 && p[2] < 130 && p[0] - p[2] > 110;
  };
  CHECK(countPixels(*plain, warm) > 200);
  // The legend's colour bar in the bottom-left corner: warm there only with the legend.
  CHECK(countPixels(*plain, warm, 0, 20, 85, 100) < 20);
  CHECK(countPixels(*full, warm, 0, 20, 85, 100) > 200);
  // Labels: light text on dark boxes at the sides, where the plain picture is background.
  const auto labelText = [](const std::array<int, 4>& p) {
    return p[0] > 200 && p[1] > 200 && p[2] > 200;
  };
  CHECK(countPixels(*plain, labelText, 0, 25, 0, 80) +
            countPixels(*plain, labelText, 75, 100, 0, 80) <
        50);
  CHECK(countPixels(*full, labelText, 0, 25, 0, 80) +
            countPixels(*full, labelText, 75, 100, 0, 80) >
        500);
}

TEST_CASE("a lesson in presenter mode fills the screen with the view, caption and narration",
          "[smoke]") {
  const myo::Image image = runWindowScript("presenter_lesson");
  CHECK(image.width == 1280);  // the Xvfb screen, full
  CHECK(image.height == 1024);
  const auto rows = [&](int from, int to, auto&& test) {
    std::size_t count = 0;
    for (int y = from; y < to; ++y)
      for (int x = 0; x < image.width; ++x) count += test(pixel(image, x, y)) ? 1 : 0;
    return count;
  };
  const auto black = [](const std::array<int, 4>& p) { return p[0] + p[1] + p[2] < 40; };
  const auto white = [](const std::array<int, 4>& p) { return p[0] + p[1] + p[2] > 600; };
  const auto amber = [](const std::array<int, 4>& p) {
    return p[0] > 200 && p[1] > 140 && p[1] < 230 && p[2] < 120;
  };
  const auto heat = [](const std::array<int, 4>& p) {
    return p[0] > 150 && p[1] < 60 && p[2] < 60;
  };
  // The caption band (top 40 rows) is black with white lettering.
  CHECK(rows(0, 40, black) > static_cast<std::size_t>(32 * image.width));  // 80 % of 40 rows
  CHECK(rows(0, 80, white) > 300);
  // The narration band at the bottom: white narration and the amber warning sign.
  CHECK(rows(image.height - 200, image.height, white) > 2000);
  CHECK(rows(image.height - 200, image.height, amber) > 500);
  // The referral's deep reds play in the view between them.
  CHECK(rows(100, image.height - 250, heat) > 500);
  std::ifstream layout(myo::test::scratch() / "script_presenter_lesson" / "presenter_lesson.json");
  const std::string text((std::istreambuf_iterator<char>(layout)),
                         std::istreambuf_iterator<char>());
  INFO(text);
  CHECK(text.find("\"caption\"") != std::string::npos);
  CHECK(text.find("\"narration\"") != std::string::npos);
  CHECK(text.find("sidebar") == std::string::npos);
  CHECK(text.find("inspector") == std::string::npos);
  CHECK(text.find("menu_bar") == std::string::npos);
}

TEST_CASE("a scripted quiz answers, reveals and exports its results as CSV", "[smoke]") {
  (void)runWindowScript("quiz_export");
  std::ifstream in(myo::test::scratch() / "script_quiz_export" / "quiz_export.csv");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == "date,kind,question,answer,score");
  for (std::size_t i = 1; i < lines.size(); ++i) {
    INFO(lines[i]);
    CHECK(lines[i].find(",knot,") == 20);  // after "2026-12-02T10:00:00Z"
    const double score = std::stod(lines[i].substr(lines[i].rfind(',') + 1));
    CHECK(score >= 0.0);
    CHECK(score <= 1.0);
  }
  CHECK(lines[3].find(",1 click,") != std::string::npos);  // the heel: far from any shoulder knot
  CHECK(lines[3].substr(lines[3].rfind(',') + 1) == "0.00");
}

TEST_CASE("the Treat panel shows a stretch's own target and the point's warnings", "[smoke]") {
  const myo::Image stretch = runWindowScript("treat_stretching");
  const auto near = [](std::array<int, 4> colour) {
    return [colour](const std::array<int, 4>& p) { return colourDistance(p, colour) < 40; };
  };
  // "In the target: No pain …" in the panel's green in the inspector's column on the right, and
  // the first red flag in the warning colour in the inspector's footer, in view at any height.
  const std::size_t target = countPixels(stretch, near({115, 204, 115, 255}), 72, 100, 5, 97);
  const std::size_t warnings = countPixels(stretch, near({237, 107, 82, 255}), 72, 100, 75, 97);
  CHECK(target > 150);
  CHECK(warnings > 600);
}

TEST_CASE("a broken script stops before the window with one line naming it", "[smoke]") {
  const auto script = myo::test::scratch() / "broken.myo";
  { std::ofstream(script) << "wait-ready\ntimer stop\n"; }
  const RunResult result = run("--script " + script.string());
  CHECK(result.status == 1);
  CHECK(result.output.find(script.string() + ": line 2: 'stop' is not a valid argument") !=
        std::string::npos);
  CHECK(std::count(result.output.begin(), result.output.end(), '\n') == 1);
  const RunResult missing = run("--script /nonexistent/demo.myo");
  CHECK(missing.status == 1);
  CHECK(missing.output.find("/nonexistent/demo.myo: cannot be read") != std::string::npos);
}

TEST_CASE("a script marks the heel in \"where does it hurt?\" and lists its trigger points",
          "[smoke]") {
  const myo::Image image = runWindowScript("where_heel");
  // The cool marker glows at the heel: cyan pixels in the lower half of the 3D view, between
  // the side panels (the same script without the mode finds none there).
  const std::size_t marker = countPixels(
      image, [](const std::array<int, 4>& p) { return p[2] > p[0] + 80 && p[1] > p[0] + 50; }, 25,
      72, 50, 100);
  CHECK(marker > 30);
}

TEST_CASE("a script selects a muscle: it glows selection blue and its card opens", "[smoke]") {
  const myo::Image image = runWindowScript("muscle_card");
  // Blue pixels of the selected trapezius in the 3D view between the sidebar and the inspector
  // (the same view with nothing selected has none: no tissue is blue).
  const std::size_t blue = countPixels(
      image, [](const std::array<int, 4>& p) { return p[2] > p[0] + 30 && p[2] > 140; }, 24, 72);
  CHECK(blue > 400);
}

TEST_CASE("a painted tension headache shows in cool colours, and a referral plays over it",
          "[smoke]") {
  const myo::Image drawing = runWindowScript("pain_drawing");
  // The drawing's blues and violets (blue well above red) cover the temple and the neck.
  const auto cool = [](const std::array<int, 4>& p) {
    return p[2] > p[0] + 70 && p[2] > p[1] + 15 && p[2] > 150;
  };
  CHECK(countPixels(drawing, cool) > 4000);
  auto referral =
      myo::readPng(myo::test::scratch() / "script_pain_drawing" / "pain_drawing_referral.png");
  REQUIRE(referral.ok());
  // The heat's reds and oranges over it, and the drawing's dark blue outline on top of the heat.
  CHECK(countPixels(*referral, [](const std::array<int, 4>& p) { return p[0] > p[2] + 90; }) >
        4000);
  CHECK(countPixels(*referral, [](const std::array<int, 4>& p) {
          return colourDistance(p, {20, 77, 204, 255}) < 45;
        }) > 150);
}

TEST_CASE("a month of diary entries by script: records, composite, comparison, CSV and PDF",
          "[smoke]") {
  const myo::Image month = runWindowScript("diary_month");  // its first screenshot
  const auto dir = myo::test::scratch() / "script_diary_month";
  auto records = myo::UserRecords::open(dir / "myoscope" / "records.sqlite");
  REQUIRE(records.ok());
  const auto entries = records->diaryEntries();
  REQUIRE(entries.ok());
  REQUIRE(entries->size() == 11);
  CHECK(entries->front().day == "2026-11-02");
  CHECK(entries->back().day == "2026-11-28");
  CHECK(entries->front().squareCm > entries->back().squareCm);  // it eased
  CHECK(records->treatments()->size() == 7);                    // a hold a day from the 12th
  const std::string csv = [&] {
    std::ifstream in(dir / "diary.csv");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }();
  std::size_t pains = 0;
  for (std::size_t at = 0; (at = csv.find(",pain,all,", at)) != std::string::npos; ++at) ++pains;
  CHECK(pains == 11);
  CHECK(csv.find(",hold,") != std::string::npos);
  std::ifstream pdf(dir / "diary_summary.pdf", std::ios::binary);
  std::string head(4, '\0');
  pdf.read(head.data(), 4);
  CHECK(head == "%PDF");
  // The month's composite and the drawer's thumbnails are on screen; the comparison differs
  // between its halves (severe on the 2nd, mild on the 28th).
  CHECK(countPixels(month, [](const std::array<int, 4>& p) {
          return p[2] > p[0] + 70 && p[2] > 150;
        }) > 2000);
  auto compare = myo::readPng(dir / "diary_compare.png");
  REQUIRE(compare.ok());
  const auto violet = [](const std::array<int, 4>& p) {
    return p[2] > 150 && p[0] > p[1] + 20 && p[0] > 90;
  };
  std::size_t left = 0, right = 0;
  for (int y = 40; y < compare->height / 2; ++y)
    for (int x = 0; x < compare->width; ++x) {
      const std::uint8_t* p = compare->pixel(x, y);
      if (violet({p[0], p[1], p[2], p[3]})) ++(x < compare->width / 2 ? left : right);
    }
  CHECK(left > 500);  // severe on the 2nd
  CHECK(right < left / 10);
}
