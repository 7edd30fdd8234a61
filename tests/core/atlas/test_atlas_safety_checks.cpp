// The atlas's safety rules: each one, broken on the minimal atlas, is reported once with its file,
// JSON pointer and reason; the same edits made safe pass.
#include <catch2/catch.hpp>

#include "support/atlas_fixture.h"

namespace {

using myo::test::atlasErrorsAfter;
using myo::test::AtlasFile;
using nlohmann::json;

const char* const kPoints = "trigger_points/head_neck.json";
const char* const kTechniques = "techniques.json";

json& point(json& d) {
  return d["trigger_points"][0];
}
json& use(json& d, int i) {
  return point(d)["techniques"][i];
}

void expectOne(const std::vector<myo::Error>& errors, const char* file, const std::string& pointer,
               const std::string& reason) {
  myo::test::expectOneAtlasError(errors, file, pointer, reason);
}

void expectNone(const std::vector<myo::Error>& errors) {
  for (const myo::Error& e : errors) UNSCOPED_INFO(e.message());
  CHECK(errors.empty());
}

}  // namespace

TEST_CASE("clinician-only techniques and uses are never timed", "[atlas][safety]") {
  expectOne(atlasErrorsAfter([](json& d) { use(d, 2)["hold_s"] = 30; }), kPoints,
            "/trigger_points/0/techniques/2", "clinician-only: described, never timed");
  expectOne(atlasErrorsAfter([](json& d) {
              use(d, 0)["notes"] = "Clinician-applied after medical clearance: light pressure.";
            }),
            kPoints, "/trigger_points/0/techniques/0/notes", "set \"clinician_only\"");
  // Marked so, the same use passes once it carries no timing.
  expectNone(atlasErrorsAfter([](json& d) {
    use(d, 0)["notes"] = "Clinician-applied after medical clearance: light pressure.";
    use(d, 0)["clinician_only"] = true;
    use(d, 0).erase("hold_s");
  }));
  expectOne(atlasErrorsAfter(
                [](json& d) {
                  d["techniques"][2]["default_hold_s"] = 30;
                  d["techniques"][2]["hold_range_s"] = {15, 60};
                },
                AtlasFile::Techniques),
            kTechniques, "/techniques/2/clinician_only", "never timed");
}

TEST_CASE("a technique's target is a range that its texts repeat", "[atlas][safety]") {
  expectOne(
      atlasErrorsAfter([](json& d) { d["techniques"][0]["steps"][0] = "Press to 5–7 of 10."; },
                       AtlasFile::Techniques),
      kTechniques, "/techniques/0/steps/0", "says 5\u20137 of 10 but the target is 4\u20136");
  expectOne(atlasErrorsAfter(
                [](json& d) {
                  d["techniques"][1]["target"]["discomfort"] = {0, 5};
                },
                AtlasFile::Techniques),
            kTechniques, "/techniques/1/target/discomfort", "at most 2 of 10");
  expectOne(atlasErrorsAfter(
                [](json& d) {
                  d["techniques"][0]["target"]["discomfort"] = {6, 4};
                },
                AtlasFile::Techniques),
            kTechniques, "/techniques/0/target/discomfort", "low end is above its high end");
  expectOne(atlasErrorsAfter([](json& d) { use(d, 0)["notes"] = "Press to about 7/10."; }), kPoints,
            "/trigger_points/0/techniques/0/notes", "says 7 of 10");
  expectNone(atlasErrorsAfter([](json& d) { use(d, 0)["notes"] = "Press to about 5 out of 10."; }));
}

TEST_CASE("self-applied pressure holds within 30-90 s", "[atlas][safety]") {
  expectOne(atlasErrorsAfter(
                [](json& d) {
                  d["techniques"][0]["hold_range_s"] = {30, 120};
                },
                AtlasFile::Techniques),
            kTechniques, "/techniques/0/hold_range_s", "within 30\u201390 s");
  // A stretch is no pressure: its range may differ.
  expectNone(atlasErrorsAfter(
      [](json& d) {
        d["techniques"][1]["hold_range_s"] = {15, 60};
      },
      AtlasFile::Techniques));
}

TEST_CASE("no self-applied pressure toward the groin, the back of the knee or the neck front",
          "[atlas][safety]") {
  const auto move = [](json& d, const char* landmark, double weight) {
    point(d)["location"]["between"] = {{{"landmark", landmark}, {"weight", weight}},
                                       {{"landmark", "acromion"}, {"weight", 1.0 - weight}}};
  };
  expectOne(atlasErrorsAfter([&](json& d) { move(d, "groin", 0.5); }), kPoints,
            "/trigger_points/0/techniques/0", "femoral triangle");
  expectOne(atlasErrorsAfter([&](json& d) { move(d, "popliteal_fossa", 0.3); }), kPoints,
            "/trigger_points/0/techniques/0", "back of the knee");
  expectOne(atlasErrorsAfter([&](json& d) { move(d, "anterior_neck", 0.6); }), kPoints,
            "/trigger_points/0/techniques/0", "front of the neck");
  expectNone(atlasErrorsAfter([&](json& d) { move(d, "popliteal_fossa", 0.2); }));
  expectNone(atlasErrorsAfter([&](json& d) {
    move(d, "groin", 0.5);
    use(d, 0)["clinician_only"] = true;
    use(d, 0).erase("hold_s");
  }));
}

TEST_CASE("every point referring to a red flag's places carries it", "[atlas][safety]") {
  expectOne(atlasErrorsAfter([](json& d) { point(d)["red_flags"] = json::array(); }), kPoints,
            "/trigger_points/0/red_flags",
            "refers pain to temple but does not carry the \"headache\"");
  expectOne(atlasErrorsAfter([](json& d) { point(d)["red_flags"].push_back("vertigo"); }), kPoints,
            "/trigger_points/0/red_flags", "unknown red flag \"vertigo\"");
  // A point whose zones stay off the head needs no headache flag.
  expectNone(atlasErrorsAfter([](json& d) {
    point(d)["red_flags"] = json::array();
    point(d)["essential"][0]["path"] = {"mastoid", "angle_of_neck"};
  }));
  expectOne(
      atlasErrorsAfter([](json& d) { d["red_flags"][1]["id"] = "headache"; }, AtlasFile::Safety),
      "safety.json", "/red_flags/1/id", "duplicate id");
}

TEST_CASE("times in notes agree with the hold; notes avoid the words a technique rules out",
          "[atlas][safety]") {
  expectOne(atlasErrorsAfter([](json& d) {
              use(d, 0)["hold_s"] = 45;
              use(d, 0)["notes"] = "Hold for about a minute.";
            }),
            kPoints, "/trigger_points/0/techniques/0/notes", "states 60 s but the hold is 45 s");
  expectOne(atlasErrorsAfter([](json& d) { use(d, 0)["notes"] = "Hold 20–40 s."; }), kPoints,
            "/trigger_points/0/techniques/0/notes", "the hold is 60 s");
  expectNone(
      atlasErrorsAfter([](json& d) { use(d, 0)["notes"] = "Hold 30–90 s, 60 s at first."; }));
  expectOne(atlasErrorsAfter([](json& d) { use(d, 0)["notes"] = "Firm thumb pressure."; }), kPoints,
            "/trigger_points/0/techniques/0/notes", "says \"firm\"");
  expectNone(atlasErrorsAfter([](json& d) { use(d, 0)["notes"] = "Never firm: ease in."; }));
  expectOne(atlasErrorsAfter([](json& d) { d["techniques"][0]["summary"] = "Holds of 120 s."; },
                             AtlasFile::Techniques),
            kTechniques, "/techniques/0/summary", "states 120 s");
}

TEST_CASE("self-care never presses where pressure is clinician-applied, nor asks for force",
          "[atlas][safety]") {
  const auto clinicianPressure = [](json& d) {
    use(d, 0)["clinician_only"] = true;
    use(d, 0).erase("hold_s");
  };
  expectOne(atlasErrorsAfter([&](json& d) {
              clinicianPressure(d);
              point(d)["self_care"] = {"Press the spot with a ball."};
            }),
            kPoints, "/trigger_points/0/self_care/0", "pressure is clinician-applied");
  expectNone(atlasErrorsAfter([&](json& d) {
    clinicianPressure(d);
    point(d)["self_care"] = {"Leave pressure here to a clinician; stretch instead."};
  }));
  expectOne(atlasErrorsAfter(
                [](json& d) { point(d)["self_care"] = {"Use firm pressure on the border."}; }),
            kPoints, "/trigger_points/0/self_care/0", "says \"firm pressure\"");
  expectNone(atlasErrorsAfter([](json& d) {
    point(d)["self_care"] = {"Sit on a firm chair with a ball under the thigh."};
  }));
}
