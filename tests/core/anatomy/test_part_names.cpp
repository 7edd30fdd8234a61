// Part names for people: readable labels from raw node names (checked against the BodyParts3D
// index's own names), and the side words after a muscle's name.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "core/anatomy/part_names.h"
#include "support/test_paths.h"

TEST_CASE("readable labels drop BodyParts3D ids and underscores", "[names]") {
  using myo::readablePartLabel;
  CHECK(readablePartLabel("FJ441_BP62721_FMA32547_Right infraspinatus") == "Right infraspinatus");
  CHECK(readablePartLabel("FJ383_BP63742_FMA33586_Descending_part_of_right_trapezius") ==
        "Descending part of right trapezius");
  CHECK(readablePartLabel("FJ484_BP63598_FMA13408_Right_sternocleidomastoid") ==
        "Right sternocleidomastoid");
  CHECK(readablePartLabel("fma7088_heart") == "Heart");
  CHECK(readablePartLabel("trapezius.L") == "Left trapezius");
  CHECK(readablePartLabel("Trapezius muscle.r") == "Right trapezius muscle");
  CHECK(readablePartLabel("levator_scapulae.R") == "Right levator scapulae");
  CHECK(readablePartLabel("C7_vertebra") == "C7 vertebra");
  CHECK(readablePartLabel("skin") == "Skin");
  CHECK(readablePartLabel("BPX_part") == "BPX part");  // not an id: letters after the prefix
  CHECK(readablePartLabel("FJ441") == "FJ441");        // nothing readable left: keep the raw name
  CHECK(readablePartLabel("") == "");
}

TEST_CASE("readable labels match the BodyParts3D index names", "[names]") {
  MYO_REQUIRE_SHARED_DATA("bodyparts3d/muscles_index.tsv");
  std::ifstream index(myo::test::sharedData() / "bodyparts3d/muscles_index.tsv");
  std::string line;
  std::getline(index, line);  // header
  int checked = 0;
  while (std::getline(index, line)) {
    std::istringstream fields(line);
    std::string name, fma, file;
    std::getline(fields, name, '\t');
    std::getline(fields, fma, '\t');
    std::getline(fields, file, '\t');
    const std::string stem = std::filesystem::path(file).stem().string();
    INFO(stem);
    CHECK(myo::readablePartLabel(stem) == name);
    ++checked;
  }
  CHECK(checked >= 30);
}

TEST_CASE("side words follow a muscle's name", "[names]") {
  CHECK(std::string(myo::sideSuffix('L')) == " (left)");
  CHECK(std::string(myo::sideSuffix('R')) == " (right)");
  CHECK(std::string(myo::sideSuffix(' ')).empty());
}
