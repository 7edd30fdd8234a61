// The bundled atlas's safety content: each technique's own target, the warnings that must reach
// the screen, points that are never pressed at home, sources that can be found, and the version
// that the clinical review records.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "support/bundled_atlas.h"

namespace {

const myo::Atlas& atlas() {
  return myo::test::bundledAtlasLoad().atlas;
}

const myo::TriggerPoint& pointWithId(const char* id) {
  const myo::TriggerPoint* point = atlas().findTriggerPoint(id);
  INFO(id);
  REQUIRE(point != nullptr);
  return *point;
}

bool carries(const myo::TriggerPoint& point, const std::string& flag) {
  return std::find(point.redFlags.begin(), point.redFlags.end(), flag) != point.redFlags.end();
}

}  // namespace

TEST_CASE("each technique states its own target", "[atlas][safety]") {
  const auto target = [](const char* id) { return atlas().findTechnique(id)->target; };
  CHECK(target("pressure_release").minDiscomfort == 4);
  CHECK(target("pressure_release").maxDiscomfort == 6);
  CHECK(target("ischaemic_compression").maxDiscomfort == 7);
  CHECK(target("stretching").kind == myo::TargetKind::NoPain);
  CHECK(target("stretching").label.find("No pain") != std::string::npos);
  CHECK(target("heat").kind == myo::TargetKind::ComfortablyWarm);
  CHECK(target("heat").label.find("never hot") != std::string::npos);
  for (const myo::Technique& technique : atlas().techniques) {
    INFO(technique.id);
    CHECK(!technique.target.label.empty());
    CHECK(!technique.redFlags.empty());  // shown next to the general ones
    if (technique.appliesPressure && !technique.clinicianOnly) {
      CHECK(technique.minHoldSeconds >= 30.0f);
      CHECK(technique.maxHoldSeconds <= 90.0f);
    }
  }
}

TEST_CASE("the general red flags name the emergencies", "[atlas][safety]") {
  const myo::RedFlag* headache = atlas().findRedFlag("headache");
  const myo::RedFlag* cardiac = atlas().findRedFlag("cardiac");
  REQUIRE(headache != nullptr);
  REQUIRE(cardiac != nullptr);
  for (const char* words : {"sudden", "worst-ever", "fever", "confusion", "weakness", "vision"})
    CHECK(headache->text.find(words) != std::string::npos);
  for (const char* words : {"exertion", "arm", "jaw", "sweating", "breathlessness"})
    CHECK(cardiac->text.find(words) != std::string::npos);
  CHECK(!headache->refersTo.empty());
  CHECK(!cardiac->refersTo.empty());
}

TEST_CASE("points with an emergency look-alike carry its red flag", "[atlas][safety]") {
  for (const char* id : {"scm_sternal_1", "scm_clavicular_1", "masseter_1", "upper_trapezius_1"})
    CHECK(carries(pointWithId(id), "headache"));
  for (const char* id : {"pec_major_sternal_1", "pec_minor_1", "scalenes_1", "infraspinatus_1"})
    CHECK(carries(pointWithId(id), "cardiac"));
  CHECK(carries(pointWithId("scm_sternal_1"), "artery_dissection"));
  for (const char* id : {"quadratus_lumborum_1", "quadratus_lumborum_2", "quadratus_lumborum_3"})
    CHECK(carries(pointWithId(id), "testicular"));
}

TEST_CASE("groin and armpit pressure is clinician-applied, never timed", "[atlas][safety]") {
  for (const char* id :
       {"iliopsoas_1", "iliopsoas_2", "iliopsoas_3", "adductor_longus_1", "subscapularis_1"}) {
    for (const myo::TechniqueUse& use : pointWithId(id).techniques) {
      const myo::Technique* technique = atlas().findTechnique(use.technique);
      INFO(id << " " << use.technique);
      REQUIRE(technique != nullptr);
      if (technique->appliesPressure) CHECK_FALSE(myo::isSelfTimed(use, *technique));
    }
  }
  const myo::TriggerPoint& distal = pointWithId("iliopsoas_3");
  for (const std::string& caution : distal.cautions)
    CHECK(caution.find("keep pressure lateral") == std::string::npos);
}

TEST_CASE("calf points below the knee are pressed away from its hollow", "[atlas][safety]") {
  for (const char* id : {"gastrocnemius_medial_2", "gastrocnemius_lateral_2", "soleus_2"}) {
    INFO(id);
    for (const myo::WeightedLandmark& entry : pointWithId(id).location.between)
      if (entry.landmark == "popliteal_fossa") CHECK(entry.weight < 0.3f);
    for (const myo::TechniqueUse& use : pointWithId(id).techniques)
      if (use.technique == "ball_or_foam_roller")
        CHECK(use.notes.find("never in the hollow behind the knee") != std::string::npos);
  }
}

TEST_CASE("every point cites a findable reference beside any blog", "[atlas][safety]") {
  for (const myo::TriggerPoint& point : atlas().triggerPoints) {
    INFO(point.id);
    int findable = 0;
    for (const std::string& source : point.sources)
      if (source.find("corroboration only") == std::string::npos &&
          source.find("not source-verified") == std::string::npos)
        ++findable;
    CHECK(findable >= 1);
    CHECK(point.sources.front().find("Trigger Point Manual, Vol.") != std::string::npos);
    CHECK(point.sources.front().find("chapter") != std::string::npos);
  }
}

TEST_CASE("the clinical review checklist names the atlas version", "[atlas][safety]") {
  const std::string version = atlas().safety.atlasVersion;
  REQUIRE(!version.empty());
  std::ifstream file(std::filesystem::path(MYO_ATLAS_DIR) / "../../docs/clinical-review.md");
  REQUIRE(file.good());
  std::stringstream text;
  text << file.rdbuf();
  CHECK(text.str().find("Atlas version: " + version) != std::string::npos);
}
