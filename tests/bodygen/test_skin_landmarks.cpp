// Landmarks of the bundled body: the LANDMARKS.md vocabulary, each on the skin and where its
// description puts it.
#include <catch2/catch.hpp>

#include <map>

#include "bodygen/bundled_asset.h"
#include "core/anatomy/landmark_vocabulary.h"
#include "support/test_paths.h"

using myo::test::bundledAsset;

namespace {

std::map<std::string, glm::vec3> landmarkMap() {
  std::map<std::string, glm::vec3> out;
  for (const myo::Landmark& landmark : bundledAsset().landmarks)
    out[landmark.name] = landmark.position;
  return out;
}

}  // namespace

TEST_CASE("every landmark is in the bundled body, on the skin", "[landmarks]") {
  const myo::Model& body = bundledAsset();
  const std::map<std::string, glm::vec3> landmarks = landmarkMap();
  const myo::Part* skin = myo::test::findPart(body, "skin");
  REQUIRE(skin != nullptr);
  std::size_t expected = 0;
  for (const myo::LandmarkName& name : myo::landmarkVocabulary()) {
    const std::string base(name.name);
    const std::vector<std::string> full = name.bilateral
                                              ? std::vector<std::string>{base + ".L", base + ".R"}
                                              : std::vector<std::string>{base};
    for (const std::string& landmark : full) {
      INFO(landmark);
      ++expected;
      REQUIRE(landmarks.count(landmark) == 1);
      const glm::vec3 p = landmarks.at(landmark);
      float nearest = 1e9f;
      for (const glm::vec3& v : skin->positions) nearest = std::min(nearest, glm::distance(v, p));
      CHECK(nearest < 0.006f);  // within a skin triangle's size of a skin vertex
      if (!name.bilateral) CHECK(std::abs(p.x) < 0.01f);
      if (landmark.ends_with(".L")) CHECK(p.x > 0.0f);
    }
  }
  CHECK(body.landmarks.size() == expected);
}

TEST_CASE("landmarks sit where LANDMARKS.md describes them", "[landmarks]") {
  const std::map<std::string, glm::vec3> at = landmarkMap();
  auto y = [&at](const char* name) { return at.at(name).y; };
  auto z = [&at](const char* name) { return at.at(name).z; };
  // Heights, top to bottom.
  CHECK(y("vertex") > 1.73f);
  CHECK(y("forehead") > y("eye.L"));
  CHECK(y("eye.L") > y("cheek.L"));
  CHECK(y("chin") > y("anterior_neck"));
  CHECK(y("anterior_neck") > y("sternal_notch"));
  CHECK(y("sternal_notch") > y("sternum"));
  CHECK(y("sternum") > y("umbilicus"));
  CHECK(y("c7") > y("mid_back"));
  CHECK(y("mid_back") > y("low_back.L"));
  CHECK(y("low_back.L") > y("sacrum"));
  CHECK(y("acromion.L") > y("axilla.L"));
  CHECK(y("lateral_epicondyle.L") > y("dorsal_wrist.L"));
  CHECK(y("dorsal_wrist.L") > y("index_finger.L"));
  CHECK(y("iliac_crest.L") > y("greater_trochanter.L"));
  CHECK(y("anterior_thigh.L") > y("anterior_knee.L"));
  CHECK(y("anterior_knee.L") > y("calf.L"));
  CHECK(y("calf.L") > y("lateral_malleolus.L"));
  CHECK(y("heel.L") < 0.08f);
  CHECK(y("plantar_arch.L") < 0.04f);
  CHECK(y("ball_of_foot.L") < 0.03f);
  // Front and back.
  for (const auto& [front, back] :
       std::map<std::string, std::string>{{"sternum", "mid_back"},
                                          {"anterior_shoulder.L", "posterior_shoulder.L"},
                                          {"anterior_arm.L", "posterior_arm.L"},
                                          {"anterior_forearm.L", "posterior_forearm.L"},
                                          {"palmar_wrist.L", "dorsal_wrist.L"},
                                          {"palm.L", "thumb_web.L"},
                                          {"anterior_thigh.L", "posterior_thigh.L"},
                                          {"anterior_knee.L", "popliteal_fossa.L"},
                                          {"shin.L", "calf.L"},
                                          {"upper_abdomen.L", "low_back.L"},
                                          {"groin.L", "buttock.L"}}) {
    INFO(front << " in front of " << back);
    CHECK(z(front.c_str()) > z(back.c_str()) + 0.02f);
  }
  // Lateral and medial (the left side: lateral is +X).
  CHECK(at.at("lateral_thigh.L").x > at.at("medial_thigh.L").x + 0.08f);
  CHECK(at.at("lateral_knee.L").x > at.at("medial_knee.L").x + 0.06f);
  CHECK(at.at("lateral_malleolus.L").x > at.at("medial_malleolus.L").x + 0.04f);
  CHECK(at.at("lateral_epicondyle.L").x > at.at("medial_epicondyle.L").x + 0.04f);
  CHECK(at.at("lateral_shoulder.L").x > at.at("acromion.L").x);
}
