// Command-line parsing: modes, flags, values and one-line errors.
#include <catch2/catch.hpp>

#include "app/cli_options.h"

using myo::CliMode;
using myo::parseCommandLine;

TEST_CASE("no arguments opens the window on the bundled body", "[cli]") {
  auto options = parseCommandLine({});
  REQUIRE(options.ok());
  CHECK(options->mode == CliMode::Window);
  CHECK(options->inputs.empty());
}

TEST_CASE("render takes files, output, view, size and frame overrides", "[cli]") {
  auto options = parseCommandLine({"render", "a.glb", "dir", "-o", "x.png", "--view", "left",
                                   "--size", "640x480", "--up", "+z", "--units", "mm"});
  REQUIRE(options.ok());
  CHECK(options->mode == CliMode::Render);
  REQUIRE(options->inputs.size() == 2);
  CHECK(options->inputs[1] == "dir");
  CHECK(options->output == "x.png");
  CHECK(options->view == myo::ViewPreset::Left);
  CHECK(options->width == 640);
  CHECK(options->height == 480);
  CHECK(options->up == myo::UpAxis::PosZ);
  CHECK(options->units == myo::Units::Millimetres);
}

TEST_CASE("render --hide takes a comma-separated list of part kinds", "[cli]") {
  auto options = parseCommandLine({"render", "-o", "x.png", "--hide", "skin,tendon"});
  REQUIRE(options.ok());
  CHECK(options->hiddenKinds ==
        std::vector<myo::PartKind>{myo::PartKind::Skin, myo::PartKind::Tendon});
  CHECK(parseCommandLine({"render", "-o", "x.png"})->hiddenKinds.empty());
}

TEST_CASE("check and where take files, --json, --at and --top", "[cli]") {
  auto check = parseCommandLine({"check", "a.glb", "--json"});
  REQUIRE(check.ok());
  CHECK(check->mode == CliMode::Check);
  CHECK(check->json);
  CHECK(check->inputs.size() == 1);
  auto where = parseCommandLine({"where", "--at", "landmark:temple.R", "--top", "3"});
  REQUIRE(where.ok());
  CHECK(where->mode == CliMode::Where);
  CHECK(where->at == std::vector<std::string>{"landmark:temple.R"});
  CHECK(where->top == 3);
  CHECK_FALSE(where->byPoint);
  auto several = parseCommandLine(
      {"where", "--at", "landmark:temple.R", "--at", "landmark:angle_of_neck.R", "--by", "point"});
  REQUIRE(several.ok());
  CHECK(several->at.size() == 2);
  CHECK(several->byPoint);
  CHECK_FALSE(parseCommandLine({"where", "--at", "x", "--by", "zone"}).ok());
  auto area = parseCommandLine({"where", "--area", "landmark:calf.R:4"});
  REQUIRE(area.ok());  // an area alone is enough
  CHECK(area->areas == std::vector<std::string>{"landmark:calf.R:4"});
  CHECK_FALSE(parseCommandLine({"where"}).ok());  // needs --at
  CHECK_FALSE(parseCommandLine({"where", "--at", "x", "--top", "0"}).ok());
  CHECK_FALSE(parseCommandLine({"check-atlas", "a", "b"}).ok());
}

TEST_CASE("render takes a trigger point, a time, a colormap, isolines and framing", "[cli]") {
  auto options =
      parseCommandLine({"render", "-o", "x.png", "--tp", "soleus_1.R", "--tp", "a_1", "--time",
                        "3.5", "--colormap", "viridis", "--isolines", "--fit-referral"});
  REQUIRE(options.ok());
  CHECK(options->triggerPoints == std::vector<std::string>{"soleus_1.R", "a_1"});
  CHECK(options->seconds == Approx(3.5f));
  CHECK(options->colormap == myo::Colormap::Viridis);
  CHECK(options->isolines);
  CHECK(options->fitReferral);
  CHECK_FALSE(parseCommandLine({"render", "-o", "x.png"})->fitReferral);
  CHECK_FALSE(parseCommandLine({"render", "-o", "x.png", "--time", "soon"}).ok());
  CHECK_FALSE(parseCommandLine({"render", "-o", "x.png", "--time", "-1"}).ok());
  CHECK_FALSE(parseCommandLine({"render", "-o", "x.png", "--colormap", "jet"}).ok());
}

TEST_CASE("help and version win over everything else", "[cli]") {
  CHECK(parseCommandLine({"--help"})->mode == CliMode::Help);
  CHECK(parseCommandLine({"render", "--version"})->mode == CliMode::Version);
}

TEST_CASE("bad arguments give one-line errors naming the argument", "[cli]") {
  const std::vector<std::vector<std::string>> bad = {
      {"render", "a.glb"},     // no output
      {"--size", "big"},       // not WxH
      {"--size", "10x10"},     // too small
      {"--view", "diagonal"},  // unknown view
      {"--up", "sideways"},    // unknown axis
      {"--units", "furlong"},  // unknown unit
      {"--frames", "-3"},      // not positive
      {"--bogus", "1"},        // unknown flag
      {"--samples"},           // missing value
      {"--hide", "skin,fat"},  // unknown kind
      {"--hide", ""},          // empty list
      {"--step", "0"},         // steps count from 1
      {"check-lesson"},        // no files
  };
  for (const auto& args : bad) {
    auto options = parseCommandLine(args);
    INFO(args.front());
    REQUIRE_FALSE(options.ok());
    const std::string message = options.error().message();
    CHECK(message.find('\n') == std::string::npos);
    CHECK(message.find(args.size() > 1 && args[0] == "render" ? "render" : args[0]) !=
          std::string::npos);
  }
}

TEST_CASE("a screenshot without a frame count quits after a few frames", "[cli]") {
  auto options = parseCommandLine({"--screenshot", "s.png"});
  REQUIRE(options.ok());
  CHECK(options->frames == 3);
  CHECK(parseCommandLine({"--screenshot", "s.png", "--frames", "10"})->frames == 10);
  CHECK(parseCommandLine({"--frames", "1", "--startup-times"})->startupTimes);
  CHECK_FALSE(parseCommandLine({"--frames", "1"})->startupTimes);
}

TEST_CASE("lessons: --lesson, --step, --presenter and check-lesson", "[cli]") {
  auto window = parseCommandLine({"--lesson", "shoulder", "--step", "3", "--presenter"});
  REQUIRE(window.ok());
  CHECK(window->mode == myo::CliMode::Window);
  CHECK(window->lesson == "shoulder");
  CHECK(window->step == 3);
  CHECK(window->presenter);
  auto labelled = parseCommandLine({"render", "-o", "x.png", "--labels"});
  REQUIRE(labelled.ok());
  CHECK(labelled->labels);
  auto check = parseCommandLine({"check-lesson", "a.json", "b.json"});
  REQUIRE(check.ok());
  CHECK(check->mode == myo::CliMode::CheckLesson);
  CHECK(check->inputs.size() == 2);
}
