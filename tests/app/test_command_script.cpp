// Command scripts: commands and arguments parsed with their lines; every kind of mistake is
// reported once with file and line.
#include <catch2/catch.hpp>

#include <cmath>

#include "app/command_script.h"

TEST_CASE("a command script parses into commands with their lines", "[script]") {
  const auto script = myo::parseCommandScript(
      "# a demo\n\nopen ../body.glb\nwait-ready\nselect-point soleus_1.R  # heel\n"
      "timer start\nadvance 12.5\nview back\nclick 640 400\nscreenshot out.png\nquit\n",
      "demo.myo");
  REQUIRE(script.ok());
  REQUIRE(script->size() == 9);
  CHECK(script->at(0).verb == myo::ScriptVerb::Open);
  CHECK(script->at(0).args == std::vector<std::string>{"../body.glb"});
  CHECK(script->at(0).line == 3);
  CHECK(script->at(2).args == std::vector<std::string>{"soleus_1.R"});
  CHECK(script->at(4).args == std::vector<std::string>{"12.5"});
  CHECK(script->at(6).args == std::vector<std::string>{"640", "400"});
  CHECK(script->back().verb == myo::ScriptVerb::Quit);
}

TEST_CASE("script mistakes name the file, the line and the problem", "[script]") {
  struct Case {
    const char* text;
    const char* where;
    const char* reason;
  };
  const Case cases[] = {{"dance\n", "line 1", "unknown command 'dance'"},
                        {"quit\ntimer\n", "line 2", "'timer' takes 1 argument"},
                        {"timer stop\n", "line 1", "'stop' is not a valid argument of 'timer'"},
                        {"advance soon\n", "line 1", "'soon'"},
                        {"frames 2.5\n", "line 1", "'2.5'"},
                        {"click 10\n", "line 1", "takes 2 arguments"},
                        {"view sideways\n", "line 1", "'sideways'"},
                        {"xray maybe\n", "line 1", "'maybe'"},
                        {"peel deep\n", "line 1", "'deep'"},
                        {"advance -3\n", "line 1", "'-3'"},
                        {"frames 3000000000\n", "line 1", "'3000000000'"},
                        {"frames 1e9\n", "line 1", "'1e9'"},
                        {"advance inf\n", "line 1", "'inf'"},
                        {"step 0\n", "line 1", "'0' is not a valid argument of 'step'"},
                        {"step forward\n", "line 1", "'forward'"},
                        {"presenter maybe\n", "line 1", "'maybe'"},
                        {"labels\n", "line 1", "'labels' takes 1 argument"},
                        {"quiz\n", "line 1", "'quiz' needs a command"},
                        {"quiz start guess\n", "line 1", "needs where, knot, name or spot"},
                        {"quiz start where leg_foot --seed\n", "line 1", "--seed N"},
                        {"quiz start where --seed x\n", "line 1", "--seed N"},
                        {"quiz start where a --seed 3 b\n", "line 1", "--class SECONDS STUDENTS"},
                        {"quiz start where --class 30\n", "line 1", "--class SECONDS STUDENTS"},
                        {"quiz answer-click 10\n", "line 1", "takes X Y"},
                        {"quiz answer-choice 0\n", "line 1", "a choice number"},
                        {"quiz reveal now\n", "line 1", "takes nothing"},
                        {"quiz guess\n", "line 1", "unknown quiz command 'guess'"}};
  for (const Case& c : cases) {
    INFO(c.text);
    const auto script = myo::parseCommandScript(c.text, "demo.myo");
    REQUIRE_FALSE(script.ok());
    CHECK(script.error().file == "demo.myo");
    CHECK(script.error().where == c.where);
    CHECK(script.error().reason.find(c.reason) != std::string::npos);
  }
}

TEST_CASE("lesson, step, presenter and labels parse with their arguments", "[script]") {
  const auto script = myo::parseCommandScript(
      "lesson shoulder\nstep next\nstep prev\nstep 4\npresenter on\nlabels off\n", "l.myo");
  REQUIRE(script.ok());
  REQUIRE(script->size() == 6);
  CHECK(script->at(0).verb == myo::ScriptVerb::Lesson);
  CHECK(script->at(0).args == std::vector<std::string>{"shoulder"});
  CHECK(script->at(1).verb == myo::ScriptVerb::Step);
  CHECK(script->at(3).args == std::vector<std::string>{"4"});
  CHECK(script->at(4).verb == myo::ScriptVerb::Presenter);
  CHECK(script->at(5).verb == myo::ScriptVerb::Labels);
}

TEST_CASE("quiz commands parse with their words", "[script]") {
  const auto script = myo::parseCommandScript(
      "quiz start where leg_foot --seed 7 --class 30 24\nquiz start spot\nquiz answer-click 10 20\n"
      "quiz answer-landmark heel.R\nquiz answer-choice 2\nquiz reveal\nquiz next\n"
      "quiz export out.csv\n",
      "q.myo");
  REQUIRE(script.ok());
  REQUIRE(script->size() == 8);
  CHECK(script->at(0).verb == myo::ScriptVerb::Quiz);
  CHECK(script->at(0).args == std::vector<std::string>{"start", "where", "leg_foot", "--seed", "7",
                                                       "--class", "30", "24"});
  CHECK(script->at(7).args == std::vector<std::string>{"export", "out.csv"});
}

TEST_CASE("pain drawing, diary and date commands parse; mistakes are named", "[script]") {
  const auto script = myo::parseCommandScript(
      "pain-brush 4 severe\npain-dab temple.R\npain-stroke 10 20 30 40\npain-undo\npain-clear\n"
      "date 2026-11-03\ndiary save after a long drive\ndiary show 2\ndiary show live\n"
      "diary compare 1 3\ndiary month 2026-11\ndiary export-csv d.csv\ndiary summary s.pdf "
      "2026-11\n"
      "diary open\n",
      "d.myo");
  REQUIRE(script.ok());
  REQUIRE(script->size() == 14);
  CHECK(script->at(0).verb == myo::ScriptVerb::PainBrush);
  CHECK(script->at(5).verb == myo::ScriptVerb::Date);
  CHECK(script->at(6).args == std::vector<std::string>{"save", "after", "a", "long", "drive"});
  for (const char* wrong :
       {"pain-brush 4 extreme\n", "pain-stroke 1 2 3\n", "diary show 0\n", "diary compare 1\n",
        "diary month November\n", "diary\n", "diary wipe\n"}) {
    INFO(wrong);
    const auto bad = myo::parseCommandScript(wrong, "d.myo");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message().find("d.myo") != std::string::npos);
  }
}

TEST_CASE("numbers are parsed once into the command, so the runner never converts again",
          "[script]") {
  // A subnormal the parser's check accepts must not throw later (std::stod would).
  const auto script = myo::parseCommandScript("advance 1e-310\nclick 12.5 40\nframes 3\n", "n.myo");
  if (script.ok()) {
    REQUIRE(script->size() == 3);
    CHECK(script->at(0).number(0) < 1e-300);
    CHECK(script->at(1).number(0) == 12.5);
    CHECK(script->at(2).whole(0) == 3);
  } else {
    CHECK(script.error().message().find("n.myo") != std::string::npos);
  }
  const auto words = myo::parseCommandScript("pain-mode on\n", "w.myo");
  REQUIRE(words.ok());
  CHECK(std::isnan(words->at(0).number(0)));
  CHECK(words->at(0).whole(0) == 0);
}
