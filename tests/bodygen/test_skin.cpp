// The skin wraps its structures in one closed surface standing about the fat layer outside them.
#include <catch2/catch.hpp>

#include "bodygen/skin.h"
#include "core/geometry/mesh_measures.h"
#include "core/geometry/mesh_topology.h"

namespace {

myo::BodyShape limb(float x) {
  myo::LoftSpec spec;
  spec.start = {x, 0.0f, 0.0f};
  spec.end = {x, 0.5f, 0.0f};
  for (int i = 1; i <= 4; ++i)
    spec.rings.push_back(
        {{x, 0.1f * static_cast<float>(i), 0.0f}, {1, 0, 0}, {0, 0, 1}, 0.04f, 0.03f});
  return {"limb", myo::ref::BodySide::Mid, myo::PartKind::Muscle, spec, 16, 1};
}

}  // namespace

TEST_CASE("the skin is one closed surface around its structures with a fat layer", "[skin]") {
  const std::vector<myo::BodyShape> shapes = {limb(-0.05f), limb(0.05f)};  // touching limbs
  myo::SkinOptions options;
  options.cellSize = 0.004f;
  options.fat = 0.008f;
  const myo::Part skin = myo::buildSkin(shapes, options);
  CHECK(skin.name == "skin");
  CHECK(skin.kind == myo::PartKind::Skin);
  CHECK(myo::analyseTopology(skin).closedAndOriented());
  double inner = 0.0;
  myo::Bounds innerBounds;
  for (const myo::BodyShape& shape : shapes) {
    const myo::Part part = myo::loftSurface(shape.loft, shape.segments, shape.subdivisions);
    inner += myo::signedVolume(part);
    const myo::Bounds partBox = myo::partBounds(part);
    innerBounds.add(partBox.min);
    innerBounds.add(partBox.max);
  }
  const myo::Bounds skinBounds = myo::partBounds(skin);
  CHECK(myo::signedVolume(skin) > inner);
  // The skin stands about `fat` outside the structures' extremes (smoothing takes a little).
  CHECK(skinBounds.max.x - innerBounds.max.x == Approx(options.fat).margin(0.004));
  CHECK(innerBounds.min.y - skinBounds.min.y == Approx(options.fat).margin(0.004));
}
