// The skin-shaping body volumes mesh closed and sit where the measured skeleton says they should.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "bodygen/body_volumes.h"
#include "core/geometry/mesh_topology.h"

namespace {

const myo::BodyShape* findVolume(const std::vector<myo::BodyShape>& volumes, const char* name,
                                 myo::ref::BodySide side) {
  for (const myo::BodyShape& volume : volumes)
    if (volume.name == name && volume.side == side) return &volume;
  return nullptr;
}

// The widest |x| reached by the rings of `name` (both lobes) near height `y`.
float halfWidthAt(const std::vector<myo::BodyShape>& volumes, const char* name, float y) {
  float half = 0.0f;
  for (const myo::BodyShape& volume : volumes) {
    if (volume.name != name) continue;
    for (const myo::LoftRing& ring : myo::refinedRings(volume.loft.rings, volume.subdivisions))
      if (std::abs(ring.centre.y - y) < 0.01f)
        half = std::max(half, std::abs(ring.centre.x) + ring.radiusA);
  }
  return half;
}

}  // namespace

TEST_CASE("every body volume meshes as a closed surface and only shapes the skin", "[volumes]") {
  const std::vector<myo::BodyShape> volumes = myo::bodyVolumes();
  REQUIRE(volumes.size() >= 6);
  for (const myo::BodyShape& volume : volumes) {
    INFO(volume.name);
    CHECK(volume.kind == myo::PartKind::Other);
    CHECK(volume.name.starts_with("volume_"));
    const myo::Part part = myo::loftSurface(volume.loft, volume.segments, volume.subdivisions);
    CHECK(myo::analyseTopology(part).closedAndOriented());
  }
  for (const char* name : {"volume_neck", "volume_cranium", "volume_face", "volume_nose"})
    CHECK(findVolume(volumes, name, myo::ref::BodySide::Mid) != nullptr);
  for (const char* name : {"volume_thorax", "volume_abdomen"}) {
    CHECK(findVolume(volumes, name, myo::ref::BodySide::Left) != nullptr);
    CHECK(findVolume(volumes, name, myo::ref::BodySide::Right) != nullptr);
  }
}

TEST_CASE("the thorax fills the rib cage up to the sternum", "[volumes]") {
  const std::vector<myo::BodyShape> volumes = myo::bodyVolumes();
  const myo::BodyShape* thorax = findVolume(volumes, "volume_thorax", myo::ref::BodySide::Left);
  REQUIRE(thorax != nullptr);
  const myo::ref::MeasuredPoint* sternum =
      myo::ref::findMeasured(myo::ref::kMeasuredLandmarks, "sternum", myo::ref::BodySide::Mid);
  REQUIRE(sternum != nullptr);
  float ribMinY = 1e9f, ribMaxY = -1e9f, ribMaxX = 0.0f;
  for (const myo::ref::MeasuredCurve& rib : myo::ref::kMeasuredRibs) {
    ribMinY = std::min(ribMinY, rib.boundsMin.y);
    ribMaxY = std::max(ribMaxY, rib.boundsMax.y);
    ribMaxX = std::max(ribMaxX, std::abs(rib.boundsMax.x));
  }
  // The sternum landmark (on the bone's front) lies within a few mm of the thorax's front.
  const myo::Part part = myo::loftSurface(thorax->loft, thorax->segments, thorax->subdivisions);
  float frontAtSternum = -1e9f;
  for (const glm::vec3& p : part.positions) {
    CHECK(p.y >= ribMinY - 0.03f);
    CHECK(p.y <= ribMaxY + 0.03f);
    CHECK(std::abs(p.x) <= ribMaxX);
    if (std::abs(p.y - sternum->position.y) < 0.02f && std::abs(p.x) < 0.03f)
      frontAtSternum = std::max(frontAtSternum, p.z);
  }
  CHECK(frontAtSternum >= sternum->position.z - 0.005f);
  CHECK(halfWidthAt(volumes, "volume_thorax", sternum->position.y) > 0.1f);
}

TEST_CASE("the waist and neck have adult proportions", "[volumes]") {
  const std::vector<myo::BodyShape> volumes = myo::bodyVolumes();
  const myo::ref::MeasuredPoint* lumbar =
      myo::ref::findMeasured(myo::ref::kMeasuredLandmarks, "l3_spinous", myo::ref::BodySide::Mid);
  REQUIRE(lumbar != nullptr);
  const float waist = 2.0f * halfWidthAt(volumes, "volume_abdomen", lumbar->position.y);
  CHECK(waist >= 0.24f);
  CHECK(waist <= 0.32f);
  const myo::BodyShape* neck = findVolume(volumes, "volume_neck", myo::ref::BodySide::Mid);
  REQUIRE(neck != nullptr);
  for (const myo::LoftRing& ring : neck->loft.rings) {
    CHECK(2.0f * ring.radiusA >= 0.08f);
    CHECK(2.0f * ring.radiusA <= 0.12f);
  }
}
