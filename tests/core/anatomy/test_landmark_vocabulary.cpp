// The landmark vocabulary: the names of LANDMARKS.md, each once, looked up by name.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <set>

#include "core/anatomy/landmark_vocabulary.h"
#include "support/test_paths.h"

TEST_CASE("the landmark vocabulary is exactly the tables of LANDMARKS.md", "[landmarks]") {
  MYO_REQUIRE_SHARED_DATA("");
  const std::filesystem::path file = myo::test::sharedData().parent_path() / "LANDMARKS.md";
  std::ifstream in(file);
  REQUIRE(in.good());
  // Table rows "| name | where |" under "## Midline" and "## Bilateral".
  std::set<std::string> midline, bilateral;
  std::set<std::string>* section = nullptr;
  const std::regex row(R"(^\| ([a-z0-9_]+) \|)");
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("## Midline")) section = &midline;
    if (line.starts_with("## Bilateral")) section = &bilateral;
    std::smatch match;
    if (section != nullptr && std::regex_search(line, match, row) && match[1] != "name")
      section->insert(match[1]);
  }
  std::set<std::string> ourMidline, ourBilateral;
  for (const myo::LandmarkName& name : myo::landmarkVocabulary())
    (name.bilateral ? ourBilateral : ourMidline).insert(std::string(name.name));
  CHECK(midline.size() == 11);
  CHECK(bilateral.size() == 57);
  CHECK(ourMidline == midline);
  CHECK(ourBilateral == bilateral);
}

TEST_CASE("landmark names are unique snake_case and found by name", "[landmarks]") {
  std::set<std::string_view> seen;
  for (const myo::LandmarkName& landmark : myo::landmarkVocabulary()) {
    INFO(landmark.name);
    CHECK(seen.insert(landmark.name).second);
    for (const char c : landmark.name)
      CHECK(((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'));
    CHECK(myo::findLandmarkName(landmark.name) == &landmark);
  }
  CHECK(seen.size() == 68);
  CHECK(myo::findLandmarkName("temples") == nullptr);
  CHECK(myo::findLandmarkName("temple.L") == nullptr);  // names carry no side suffix
}

TEST_CASE("every landmark has a plain name, with its side in words", "[landmarks]") {
  std::set<std::string_view> plainNames;
  for (const myo::LandmarkName& landmark : myo::landmarkVocabulary()) {
    INFO(landmark.name);
    CHECK_FALSE(landmark.plain.empty());
    CHECK(landmark.plain.find('_') == std::string_view::npos);
    CHECK(std::isupper(static_cast<unsigned char>(landmark.plain.front())));
    CHECK(plainNames.insert(landmark.plain).second);  // no two read the same
  }
  CHECK(myo::plainLandmarkName("acromion.L") == "Tip of the shoulder (left)");
  CHECK(myo::plainLandmarkName("heel.R") == "Heel (right)");
  CHECK(myo::plainLandmarkName("c7") == "Bony bump at the base of the neck (C7)");
  CHECK(myo::plainLandmarkName("tail_of_eyebrow.L") == "Tail of eyebrow (left)");  // unknown
}
