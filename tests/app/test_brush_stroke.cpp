// Brush strokes as quiz answers: the path sampled evenly, and a scripted stroke in the window
// giving a where question many marks at once.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "app/brush_stroke.h"
#include "support/run_command.h"
#include "support/test_paths.h"

TEST_CASE("a brush stroke is sampled every spacing pixels along the pointer's path", "[quiz]") {
  myo::BrushStroke stroke(14.0);
  CHECK_FALSE(stroke.active());
  CHECK(stroke.moveTo({50.0, 0.0}).empty());  // no stroke under way
  CHECK(stroke.begin({0.0, 0.0}) == std::vector<glm::dvec2>{{0.0, 0.0}});
  CHECK(stroke.active());
  CHECK(stroke.moveTo({10.0, 0.0}).empty());  // closer than the spacing
  const std::vector<glm::dvec2> three = stroke.moveTo({50.0, 0.0});
  REQUIRE(three.size() == 3);
  CHECK(three[0].x == Approx(14.0));
  CHECK(three[2].x == Approx(42.0));
  const std::vector<glm::dvec2> next = stroke.moveTo({42.0, 20.0});  // on from the last sample
  REQUIRE(next.size() == 1);
  CHECK(glm::distance(next[0], glm::dvec2(42.0, 0.0)) == Approx(14.0));
  stroke.end();
  CHECK(stroke.moveTo({500.0, 500.0}).empty());
}

TEST_CASE("a scripted brush stroke answers a where question with many marks", "[quiz][smoke]") {
  const auto dir = myo::test::scratch() / "script_quiz_stroke";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::filesystem::copy_file(std::filesystem::path(MYO_FIXTURES_DIR) / "../scripts/quiz_stroke.myo",
                             dir / "quiz_stroke.myo");
  const myo::test::RunResult result = myo::test::runCommand(
      "XDG_DATA_HOME=" + dir.string() + " XDG_CONFIG_HOME=" + dir.string() +
      " xvfb-run -a -s '-screen 0 1280x1024x24' " + std::string(MYOSCOPE_BINARY) +
      " --window-size 1280x800 --script " + (dir / "quiz_stroke.myo").string() + " 2>&1");
  INFO(result.output);
  REQUIRE(result.status == 0);
  std::ifstream csv(dir / "quiz_stroke.csv");
  std::string header, row;
  REQUIRE(std::getline(csv, header));
  REQUIRE(std::getline(csv, row));
  INFO(row);
  CHECK(row.find(",where,") != std::string::npos);
  // The stroke is 390 px long: 28 samples, those on the body each a mark.
  const std::size_t clicks = row.find(" clicks,");
  REQUIRE(clicks != std::string::npos);
  const std::size_t start = row.rfind(',', clicks) + 1;
  const int marks = std::stoi(row.substr(start, clicks - start));
  CHECK(marks >= 8);
  CHECK(marks <= 28);
}
