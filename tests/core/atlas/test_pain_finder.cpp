// Zone coverage: blobs and bands with a soft edge, sides, and the spillover discount.
#include <catch2/catch.hpp>

#include "core/atlas/pain_finder.h"

namespace {

myo::BodyLandmarks twoLandmarks() {
  myo::BodyLandmarks marks;
  marks.positions["temple.R"] = {-0.1f, 1.6f, 0.1f};
  marks.positions["temple.L"] = {0.1f, 1.6f, 0.1f};
  marks.positions["mastoid.R"] = {-0.06f, 1.6f, 0.0f};
  marks.positions["mastoid.L"] = {0.06f, 1.6f, 0.0f};
  return marks;
}

}  // namespace

TEST_CASE("zone falloff is 1 inside half the size and 0 beyond it", "[pain]") {
  CHECK(myo::zoneFalloff(0.0f, 0.04f) == 1.0f);
  CHECK(myo::zoneFalloff(0.02f, 0.04f) == 1.0f);
  CHECK(myo::zoneFalloff(0.03f, 0.04f) == Approx(0.5f));
  CHECK(myo::zoneFalloff(0.04f, 0.04f) == 0.0f);
  CHECK(myo::zoneFalloff(0.1f, 0.04f) == 0.0f);
  CHECK(myo::zoneFalloff(0.01f, 0.0f) == 0.0f);
}

TEST_CASE("a blob covers around its landmark on the trigger point's side", "[pain]") {
  const myo::BodyLandmarks marks = twoLandmarks();
  const myo::AtlasZone blob{{"temple"}, 4.0f, 0.8f, myo::ZoneSide::Same};
  CHECK(myo::zoneCoverage(blob, 'R', marks, {-0.1f, 1.6f, 0.1f}) == Approx(0.8f));
  CHECK(myo::zoneCoverage(blob, 'R', marks, {0.1f, 1.6f, 0.1f}) == 0.0f);  // other side
  myo::AtlasZone both = blob;
  both.side = myo::ZoneSide::Both;
  CHECK(myo::zoneCoverage(both, 'R', marks, {0.1f, 1.6f, 0.1f}) == Approx(0.8f));
  myo::AtlasZone opposite = blob;
  opposite.side = myo::ZoneSide::Opposite;
  CHECK(myo::zoneCoverage(opposite, 'R', marks, {-0.1f, 1.6f, 0.1f}) == 0.0f);
}

TEST_CASE("a path covers a band of its width along its landmarks", "[pain]") {
  myo::BodyLandmarks marks = twoLandmarks();
  marks.scale = 2.0f;  // a body twice as tall: zones twice as wide
  const myo::AtlasZone band{{"mastoid", "temple"}, 2.0f, 1.0f, myo::ZoneSide::Same};
  const glm::vec3 middle(-0.08f, 1.6f, 0.05f);
  CHECK(myo::zoneCoverage(band, 'R', marks, middle) == Approx(1.0f));
  // 1.9 cm off the line: inside the 2 cm half width of the scaled band, but in the soft edge.
  const float edge = myo::zoneCoverage(band, 'R', marks, middle + glm::vec3(0, 0.019f, 0));
  CHECK(edge > 0.0f);
  CHECK(edge < 1.0f);
  CHECK(myo::zoneCoverage(band, 'R', marks, middle + glm::vec3(0, 0.03f, 0)) == 0.0f);
}

TEST_CASE("spillover counts half, essential wins ties, far points find nothing", "[pain]") {
  const myo::BodyLandmarks marks = twoLandmarks();
  myo::TriggerPoint essential, spill;
  essential.id = "a_1";
  essential.essential = {{{"temple"}, 4.0f, 0.6f, myo::ZoneSide::Same}};
  spill.id = "b_1";
  spill.essential = {{{"mastoid"}, 2.0f, 1.0f, myo::ZoneSide::Same}};
  spill.spillover = {{{"temple"}, 4.0f, 1.0f, myo::ZoneSide::Same}};
  const std::vector<myo::PlacedTriggerPoint> placed = {
      {&essential, 'R', {}, -1, myo::AnchorMethod::Landmarks},
      {&spill, 'R', {}, -1, myo::AnchorMethod::Landmarks}};
  const auto found = myo::findPainSources(placed, marks, {-0.1f, 1.6f, 0.1f}, 10);
  REQUIRE(found.size() == 2);
  CHECK(found[0].placed->point->id == "a_1");
  CHECK(found[0].kind == myo::ZoneKind::Essential);
  CHECK(found[0].score == Approx(0.6f));
  CHECK(found[1].kind == myo::ZoneKind::Spillover);
  CHECK(found[1].score == Approx(0.5f));
  CHECK(myo::findPainSources(placed, marks, {-0.1f, 1.6f, 0.1f}, 1).size() == 1);
  CHECK(myo::findPainSources(placed, marks, {0.0f, 0.5f, 0.0f}, 10).empty());
}
