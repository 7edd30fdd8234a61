// The referral field of upper trapezius on the bundled body: distance from the knot, the
// essential zone up the neck to the mastoid, the spillover at the temple, nothing at the heel.
#include <catch2/catch.hpp>

#include "bodygen/bundled_asset.h"
#include "core/referral_field.h"
#include "support/bundled_atlas.h"

TEST_CASE("upper trapezius refers up the neck to the mastoid and spills to the temple",
          "[referral]") {
  const myo::AtlasLoad& load = myo::test::bundledAtlasLoad();
  REQUIRE(load.ok());
  const myo::Model& body = myo::test::bundledAsset();
  const myo::BodyLandmarks marks = myo::bodyLandmarks(body, body);
  const auto placed = myo::anchorAtlas(load.atlas, body, marks);
  const auto trapezius = std::find_if(placed.begin(), placed.end(), [](const auto& p) {
    return p.point->id == "upper_trapezius_1" && p.side == 'R';
  });
  REQUIRE(trapezius != placed.end());
  const myo::SurfaceMesh mesh = myo::weldSurface({myo::test::findPart(body, "skin")});
  const myo::HeatGeodesics heat(mesh);
  const myo::ReferralField field = myo::referralField(mesh, heat, *trapezius, marks);
  auto at = [&](const char* landmark) {
    return myo::nearestSurfaceVertex(mesh, *marks.at(landmark, 'R'));
  };
  const std::uint32_t knot = myo::nearestSurfaceVertex(mesh, trapezius->position);
  CHECK(field.distance[knot] == 0.0f);
  CHECK(field.essential[at("mastoid")] > 0.9f);
  CHECK(field.spillover[at("temple")] > 0.5f);
  CHECK(field.essential[at("temple")] < 0.1f);
  CHECK(field.essential[at("heel")] == 0.0f);
  CHECK(field.spillover[at("heel")] == 0.0f);
  CHECK(field.essential[myo::nearestSurfaceVertex(mesh, *marks.at("mastoid", 'L'))] == 0.0f);
  // Along the surface the mastoid is farther than in a straight line, and nearer than the heel.
  const float toMastoid = field.distance[at("mastoid")];
  CHECK(toMastoid > glm::distance(mesh.positions[at("mastoid")], mesh.positions[knot]));
  CHECK(toMastoid < field.distance[at("heel")]);
}
