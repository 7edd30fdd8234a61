// Atlas loading: a valid folder loads; each kind of schema or meaning error is reported once with
// its file, JSON pointer and reason.
#include <catch2/catch.hpp>

#include "support/atlas_fixture.h"

namespace {

using myo::test::atlasErrorsAfter;
using nlohmann::json;

std::vector<myo::Error> errorsAfter(const std::function<void(json&)>& edit) {
  return atlasErrorsAfter(edit);
}

void expectOneError(const std::vector<myo::Error>& errors, const std::string& pointer,
                    const std::string& reason) {
  myo::test::expectOneAtlasError(errors, "trigger_points/head_neck.json", pointer, reason);
}

}  // namespace

TEST_CASE("the minimal atlas folder loads without errors", "[atlas]") {
  const myo::AtlasLoad load =
      myo::parseAtlas(myo::test::minimalAtlasFiles(), myo::test::atlasSchemaText());
  for (const myo::Error& e : load.errors) UNSCOPED_INFO(e.message());
  REQUIRE(load.ok());
  REQUIRE(load.atlas.triggerPoints.size() == 1);
  const myo::TriggerPoint& tp = load.atlas.triggerPoints[0];
  CHECK(tp.id == "upper_trapezius_1");
  CHECK(tp.region == "head_neck");
  CHECK(tp.location.between.size() == 2);
  CHECK(tp.location.alongMuscle == Approx(0.5f));
  CHECK_FALSE(tp.location.deep);
  REQUIRE(tp.essential.size() == 1);
  CHECK(tp.essential[0].isPath());
  CHECK(tp.essential[0].sizeCm == Approx(3.0f));
  CHECK(tp.spillover[0].landmarks == std::vector<std::string>{"angle_of_jaw"});
  CHECK(tp.techniques[0].holdSeconds == Approx(60.0f));
  CHECK(load.atlas.findTechnique("pressure_release")->maxHoldSeconds == Approx(90.0f));
  CHECK(load.atlas.safety.redFlags.size() == 3);
  CHECK(load.atlas.safety.atlasVersion == "0.0.1");
  CHECK(tp.redFlags == std::vector<std::string>{"headache"});
  const myo::Technique* pressure = load.atlas.findTechnique("pressure_release");
  CHECK(pressure->appliesPressure);
  CHECK(pressure->target.kind == myo::TargetKind::Discomfort);
  CHECK(pressure->target.minDiscomfort == 4);
  CHECK(pressure->target.maxDiscomfort == 6);
  CHECK(load.atlas.findTechnique("stretching")->target.kind == myo::TargetKind::NoPain);
  CHECK(load.atlas.findRedFlag("headache")->refersTo ==
        std::vector<std::string>{"temple", "forehead"});
}

TEST_CASE("schema errors name the file, the JSON pointer and the reason", "[atlas]") {
  expectOneError(errorsAfter([](json& d) { d["trigger_points"][0].erase("symptoms"); }),
                 "/trigger_points/0", "missing required field \"symptoms\"");
  expectOneError(errorsAfter([](json& d) { d["trigger_points"][0]["research_row"] = "one"; }),
                 "/trigger_points/0/research_row", "expected integer");
  expectOneError(errorsAfter([](json& d) { d["trigger_points"][0]["colour"] = "red"; }),
                 "/trigger_points/0/colour", "unknown field");
  expectOneError(
      errorsAfter([](json& d) { d["trigger_points"][0]["essential"][0]["weight"] = 1.5; }),
      "/trigger_points/0/essential/0/weight", "above the maximum 1");
  expectOneError(errorsAfter([](json& d) { d["trigger_points"][0]["sources"] = json::array(); }),
                 "/trigger_points/0/sources", "at least 1");
  expectOneError(errorsAfter([](json& d) { d["region"] = "elbow"; }), "/region", "not one of");
}

TEST_CASE("meaning errors: landmarks, muscles, weights, ids, zones, techniques", "[atlas]") {
  expectOneError(
      errorsAfter([](json& d) { d["trigger_points"][0]["essential"][0]["path"][1] = "temples"; }),
      "/trigger_points/0/essential/0/path/1", "unknown landmark \"temples\"");
  expectOneError(errorsAfter([](json& d) {
                   d["trigger_points"][0]["location"]["between"][0]["landmark"] = "neck";
                 }),
                 "/trigger_points/0/location/between/0/landmark", "unknown landmark \"neck\"");
  expectOneError(errorsAfter([](json& d) { d["trigger_points"][0]["muscle"] = "trapezius"; }),
                 "/trigger_points/0/muscle", "unknown muscle \"trapezius\"");
  expectOneError(errorsAfter([](json& d) {
                   d["trigger_points"][0]["location"]["between"][0]["weight"] = 0.2;
                 }),
                 "/trigger_points/0/location/between", "not 1");
  expectOneError(
      errorsAfter([](json& d) { d["trigger_points"].push_back(d["trigger_points"][0]); }),
      "/trigger_points/1/id", "duplicate id \"upper_trapezius_1\"");
  expectOneError(errorsAfter([](json& d) {
                   d["trigger_points"][0]["spillover"][0]["path"] = {"mastoid", "temple"};
                 }),
                 "/trigger_points/0/spillover/0", "exactly one of \"blob\" and \"path\"");
  expectOneError(
      errorsAfter([](json& d) { d["trigger_points"][0]["essential"][0].erase("width_cm"); }),
      "/trigger_points/0/essential/0", "a path needs \"width_cm\"");
  expectOneError(errorsAfter([](json& d) {
                   d["trigger_points"][0]["techniques"][0]["technique"] = "acupuncture";
                 }),
                 "/trigger_points/0/techniques/0/technique", "unknown technique \"acupuncture\"");
  expectOneError(
      errorsAfter([](json& d) { d["trigger_points"][0]["techniques"][0]["hold_s"] = 300; }),
      "/trigger_points/0/techniques/0/hold_s", "range of 30-90 s");
}

TEST_CASE("unreadable input: a missing folder, no trigger points, broken JSON", "[atlas]") {
  const myo::Result<myo::AtlasFiles> missing = myo::readAtlasFolder("/nonexistent/atlas");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().message() == "/nonexistent/atlas: not a folder");
  myo::AtlasFiles files = myo::test::minimalAtlasFiles();
  files.triggerPoints[0].bytes = "{ \"region\": ";
  const std::vector<myo::Error> broken =
      myo::parseAtlas(files, myo::test::atlasSchemaText()).errors;
  REQUIRE(!broken.empty());
  CHECK(broken[0].reason.rfind("not valid JSON (syntax error at byte", 0) == 0);
  files.triggerPoints.clear();
  CHECK(myo::parseAtlas(files, myo::test::atlasSchemaText()).errors[0].reason ==
        "no trigger point files");
}

TEST_CASE("muscle cards name catalogue muscles once and follow the schema", "[atlas]") {
  const auto errorsWith = [](const std::function<void(json&)>& edit) {
    return atlasErrorsAfter(edit, myo::test::AtlasFile::Muscles);
  };
  const myo::AtlasLoad load =
      myo::parseAtlas(myo::test::minimalAtlasFiles(), myo::test::atlasSchemaText());
  REQUIRE(load.atlas.muscles.size() == 1);
  CHECK(load.atlas.findMuscleInfo("trapezius_descending")->insertion ==
        "Outer third of the collarbone");
  CHECK(load.atlas.findMuscleInfo("soleus") == nullptr);
  struct Case {
    std::function<void(json&)> edit;
    std::string where, reason;
  };
  const std::vector<Case> cases = {
      {[](json& d) { d["muscles"][0]["muscle"] = "trapezius_lower"; }, "/muscles/0/muscle",
       "unknown muscle \"trapezius_lower\""},
      {[](json& d) { d["muscles"].push_back(d["muscles"][0]); }, "/muscles/1/muscle",
       "duplicate muscle"},
      {[](json& d) { d["muscles"][0].erase("action"); }, "/muscles/0", "action"},
      {[](json& d) { d["muscles"][0]["origin"] = ""; }, "/muscles/0/origin", ""}};
  for (const Case& c : cases) {
    const std::vector<myo::Error> errors = errorsWith(c.edit);
    for (const myo::Error& e : errors) UNSCOPED_INFO(e.message());
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].file.ends_with("muscles.json"));
    CHECK(errors[0].where == c.where);
    CHECK(errors[0].reason.find(c.reason) != std::string::npos);
  }
}
