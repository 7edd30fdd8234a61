// Referral fields on the bundled body: upper trapezius on the skin (distance from the knot, the
// essential zone up the neck to the mastoid, the spillover at the temple, nothing at the heel);
// soleus on the bridged muscles when the skin is gone; zones out of the surface's reach.
#include <catch2/catch.hpp>

#include "bodygen/bundled_asset.h"
#include "core/referral/paint_surface.h"
#include "core/referral/referral_field.h"
#include "core/referral/surface_bridges.h"
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

TEST_CASE("without a skin the referral paints the bridged muscles", "[referral]") {
  const myo::AtlasLoad& load = myo::test::bundledAtlasLoad();
  REQUIRE(load.ok());
  const myo::Model& body = myo::test::bundledAsset();
  myo::Model skinless = body;
  std::erase_if(skinless.parts, [](const myo::Part& p) { return p.kind == myo::PartKind::Skin; });
  const myo::BodyLandmarks marks = myo::bodyLandmarks(body, body);  // on the skin, as moved ones
  const auto placed = myo::anchorAtlas(load.atlas, skinless, marks);
  const auto soleus = std::find_if(placed.begin(), placed.end(), [](const auto& p) {
    return p.point->id == "soleus_1" && p.side == 'R';
  });
  REQUIRE(soleus != placed.end());

  const myo::PaintSurface surface = myo::paintSurface(skinless);
  CHECK_FALSE(surface.onSkin);
  for (const std::size_t part : surface.parts) {
    const myo::PartKind kind = skinless.parts[part].kind;
    CHECK((kind == myo::PartKind::Muscle || kind == myo::PartKind::Tendon));
  }
  CHECK(surface.parts.size() >= 200);  // 162 muscles and their tendons
  const std::vector<std::uint32_t> piece = myo::surfacePieces(surface.mesh);
  CHECK(*std::max_element(piece.begin(), piece.end()) == 0);  // bridged into one piece

  const std::unique_ptr<myo::SurfaceDistance> distance = myo::surfaceDistance(surface);
  const myo::ReferralField field =
      myo::referralField(surface.mesh, *distance, *soleus, marks, surface.zonePainting());
  auto at = [&](const char* landmark, char side) {
    return myo::nearestSurfaceVertex(surface.mesh, *marks.at(landmark, side));
  };
  // The heel's zone lands on the tendons and muscles nearest the heel landmark.
  CHECK(field.essential[at("heel", 'R')] > 0.5f);
  CHECK(field.essential[at("heel", 'L')] == 0.0f);
  CHECK(field.essential[at("temple", 'R')] == 0.0f);
  // Distance runs over the muscles and across their bridges, everywhere finite.
  for (const float d : field.distance) REQUIRE(std::isfinite(d));
  const std::uint32_t knot = myo::nearestSurfaceVertex(surface.mesh, soleus->position);
  CHECK(field.distance[knot] == 0.0f);
  CHECK(field.distance[at("heel", 'R')] < field.distance[at("temple", 'R')]);
  // The render fields cover every painted part's render vertices.
  const auto perPart = myo::renderFields(surface.mesh, field);
  REQUIRE(perPart.size() == surface.parts.size());
  for (std::size_t k = 0; k < perPart.size(); ++k)
    CHECK(perPart[k].size() == skinless.parts[surface.parts[k]].positions.size());
}

TEST_CASE("zone landmarks beyond the surface's reach are left unpainted", "[referral]") {
  const myo::AtlasLoad& load = myo::test::bundledAtlasLoad();
  REQUIRE(load.ok());
  const myo::Model& body = myo::test::bundledAsset();
  // Only the right lower leg's muscles: the trapezius's neck and temple zones lie far away.
  myo::Model leg;
  for (const myo::Part& p : body.parts)
    if (p.kind == myo::PartKind::Muscle && p.name.ends_with(".R") &&
        (p.name.starts_with("soleus") || p.name.starts_with("gastrocnemius")))
      leg.parts.push_back(p);
  REQUIRE(leg.parts.size() >= 2);
  const myo::BodyLandmarks marks = myo::bodyLandmarks(body, body);
  const auto placed = myo::anchorAtlas(load.atlas, body, marks);
  const auto trapezius = std::find_if(placed.begin(), placed.end(), [](const auto& p) {
    return p.point->id == "upper_trapezius_1" && p.side == 'R';
  });
  REQUIRE(trapezius != placed.end());
  const myo::PaintSurface surface = myo::paintSurface(leg);
  const std::unique_ptr<myo::SurfaceDistance> distance = myo::surfaceDistance(surface);
  const myo::ReferralField within =
      myo::referralField(surface.mesh, *distance, *trapezius, marks, surface.zonePainting());
  for (std::size_t v = 0; v < within.essential.size(); ++v) {
    REQUIRE(within.essential[v] == 0.0f);
    REQUIRE(within.spillover[v] == 0.0f);
  }
  // With no limit the same zones snap to the calf, 1.3 m from where they belong.
  const myo::ReferralField unlimited =
      myo::referralField(surface.mesh, *distance, *trapezius, marks);
  CHECK(*std::max_element(unlimited.essential.begin(), unlimited.essential.end()) > 0.5f);
}
