// Model edits for display: parts of some kinds left out with the others renumbered in order;
// bounds padded by a margin and to a minimum size.
#include <catch2/catch.hpp>

#include "core/geometry/model_edits.h"

namespace {

myo::Part partOfKind(const char* name, myo::PartKind kind) {
  myo::Part part;
  part.name = name;
  part.kind = kind;
  return part;
}

}  // namespace

TEST_CASE("removing parts of some kinds keeps the rest in order and maps old indices", "[model]") {
  myo::Model model;
  model.parts = {partOfKind("skin", myo::PartKind::Skin),
                 partOfKind("soleus.R", myo::PartKind::Muscle),
                 partOfKind("tibia.R", myo::PartKind::Bone),
                 partOfKind("soleus_tendons.R", myo::PartKind::Tendon)};
  const std::vector<std::size_t> index =
      myo::removePartsOfKinds(model, {myo::PartKind::Skin, myo::PartKind::Tendon});
  REQUIRE(model.parts.size() == 2);
  CHECK(model.parts[0].name == "soleus.R");
  CHECK(model.parts[1].name == "tibia.R");
  CHECK(index == std::vector<std::size_t>{4, 0, 1, 4});  // removed parts map past the end
  CHECK(myo::removePartsOfKinds(model, {}) == std::vector<std::size_t>{0, 1});
}

TEST_CASE("padded bounds grow by the margin and reach the minimum size", "[model]") {
  const myo::Bounds box{{0.0f, 0.0f, 0.0f}, {1.0f, 0.1f, 2.0f}};
  const myo::Bounds padded = myo::paddedBounds(box, 0.1f, 0.5f);
  CHECK(padded.min.x == Approx(-0.1f));    // 10 % of 1 m
  CHECK(padded.max.z == Approx(2.2f));     // 10 % of 2 m
  CHECK(padded.size().y == Approx(0.5f));  // 0.1 m grown to the minimum, around its centre
  CHECK(padded.center().y == Approx(0.05f));
}
