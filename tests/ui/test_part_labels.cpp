#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "support/test_paths.h"
#include "ui/number_format.h"
#include "ui/part_labels.h"

using myo::PartKind;
using myo::PartRow;

TEST_CASE("filterParts matches words case-insensitively on names and labels", "[ui]") {
  const std::vector<PartRow> rows{
      {"FJ441_BP62721_FMA32547_Right infraspinatus", "Right infraspinatus", PartKind::Muscle, true,
       10},
      {"FJ471_BP62649_FMA32548_Left_infraspinatus", "Left infraspinatus", PartKind::Muscle, true,
       10},
      {"trapezius.L", "Left trapezius", PartKind::Muscle, true, 10},
      {"femur.R", "Right femur", PartKind::Bone, true, 10},
      {"skin", "Skin", PartKind::Skin, true, 10},
  };
  using V = std::vector<std::size_t>;
  CHECK(myo::filterParts(rows, "") == V{0, 1, 2, 3, 4});
  CHECK(myo::filterParts(rows, "   ") == V{0, 1, 2, 3, 4});
  CHECK(myo::filterParts(rows, "INFRA") == V{0, 1});
  CHECK(myo::filterParts(rows, "infraspinatus right") == V{0});
  CHECK(myo::filterParts(rows, "left") == V{1, 2});     // "trapezius.L" reads "Left trapezius"
  CHECK(myo::filterParts(rows, "fma32548") == V{1});    // raw ids still searchable
  CHECK(myo::filterParts(rows, "left infra") == V{1});  // across an underscore
  CHECK(myo::filterParts(rows, "deltoid").empty());
}

TEST_CASE("part kinds map to tree groups", "[ui]") {
  CHECK(myo::partGroup(PartKind::Muscle) == myo::PartGroup::Muscles);
  CHECK(myo::partGroup(PartKind::Unknown) == myo::PartGroup::Other);
  CHECK(myo::partGroup(PartKind::Other) == myo::PartGroup::Other);
  CHECK(std::string(myo::partGroupName(myo::PartGroup::Tendons)) == "Tendons");
  CHECK(myo::partGroupKind(myo::PartGroup::Bones) == PartKind::Bone);
}

TEST_CASE("numbers get thousands separators", "[ui]") {
  CHECK(myo::formatThousands(0) == "0");
  CHECK(myo::formatThousands(999) == "999");
  CHECK(myo::formatThousands(1000) == "1,000");
  CHECK(myo::formatThousands(452316) == "452,316");
  CHECK(myo::formatThousands(1234567) == "1,234,567");
  CHECK(myo::formatFps(0.0f) == "-- fps");
  CHECK(myo::formatFps(59.7f) == "60 fps (16.8 ms)");
}
