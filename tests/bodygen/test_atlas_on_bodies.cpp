// The atlas placed on real bodies: every trigger point anchors by name on the bundled body; on
// BodyParts3D every point whose muscle exists there anchors to it; the pain finder ranks a point
// first at the centre of its essential zone and finds nothing far from the body.
#include <catch2/catch.hpp>

#include <cstdio>

#include "bodygen/bundled_asset.h"
#include "core/anatomy/muscle_catalog.h"
#include "core/atlas/pain_finder.h"
#include "core/io/model_loader.h"
#include "support/bundled_atlas.h"
#include "support/test_paths.h"

namespace {

const myo::Atlas& bundledAtlas() {
  const myo::AtlasLoad& load = myo::test::bundledAtlasLoad();
  for (const myo::Error& e : load.errors) UNSCOPED_INFO(e.message());
  REQUIRE(load.ok());
  return load.atlas;
}

}  // namespace

TEST_CASE("every trigger point anchors to its own muscle on the bundled body", "[anchor]") {
  const myo::Model& body = myo::test::bundledAsset();
  const myo::BodyLandmarks landmarks = myo::bodyLandmarks(body, body);
  CHECK(landmarks.fromModel);
  const auto placed = myo::anchorAtlas(bundledAtlas(), body, landmarks);
  CHECK(placed.size() == 2 * bundledAtlas().triggerPoints.size());
  for (const myo::PlacedTriggerPoint& p : placed) {
    INFO(p.label());
    REQUIRE(p.part >= 0);
    CHECK(p.method == myo::AnchorMethod::MuscleByName);
    const myo::Part& part = body.parts[static_cast<std::size_t>(p.part)];
    CHECK(part.name == p.point->muscle + "." + p.side);
    CHECK((p.side == 'L' ? p.position.x > 0.0f : p.position.x < 0.0f));
    CHECK(myo::splitSideLabel(p.label()) == std::make_pair(p.point->id, p.side));
  }
  CHECK(myo::splitSideLabel("upper_trapezius_1") ==
        std::make_pair(std::string("upper_trapezius_1"), 'R'));
  CHECK(myo::splitSideLabel("x.Q") == std::make_pair(std::string("x.Q"), 'R'));
}

TEST_CASE("on BodyParts3D every trigger point whose muscle exists there anchors to it",
          "[anchor]") {
  MYO_REQUIRE_SHARED_DATA("bodyparts3d/bp3d_body.glb");
  const myo::Result<myo::LoadedBody> real =
      myo::loadBody({myo::test::sharedData() / "bodyparts3d/bp3d_body.glb"}, {});
  REQUIRE(real.ok());
  const myo::Model& model = real->model;
  const myo::BodyLandmarks landmarks = myo::bodyLandmarks(model, myo::test::bundledAsset());
  CHECK_FALSE(landmarks.fromModel);
  CHECK(landmarks.positions.size() == 125);
  std::size_t expectedAnchors = 0, anchored = 0;
  for (const myo::PlacedTriggerPoint& p : myo::anchorAtlas(bundledAtlas(), model, landmarks)) {
    INFO(p.label());
    const myo::MuscleSpec* muscle = myo::findMuscle(p.point->muscle);
    REQUIRE(muscle != nullptr);
    // The real muscle on this side, if the data has it: by its FMA id, or the whole muscle's name.
    const std::string_view fma = p.side == 'L' ? muscle->fmaLeft : muscle->fmaRight;
    std::string idToken = "_";
    idToken.append(fma).append("_");
    std::string expected;
    for (const myo::Part& part : model.parts)
      if ((!fma.empty() && part.name.find(idToken) != std::string::npos) ||
          (p.side == 'R' && !muscle->referenceName.empty() &&
           part.name.ends_with(std::string(muscle->referenceName))))
        expected = part.name;
    if (expected.empty()) {
      CHECK(p.method == myo::AnchorMethod::Landmarks);
      continue;
    }
    ++expectedAnchors;
    REQUIRE(p.part >= 0);
    CHECK(model.parts[static_cast<std::size_t>(p.part)].name == expected);
    anchored += p.part >= 0 ? 1 : 0;
  }
  CHECK(expectedAnchors >= 50);
  CHECK(anchored == expectedAnchors);
}

TEST_CASE("the pain finder ranks a trigger point first at the centre of its essential zone",
          "[anchor]") {
  const myo::Model& body = myo::test::bundledAsset();
  const myo::BodyLandmarks landmarks = myo::bodyLandmarks(body, body);
  const auto placed = myo::anchorAtlas(bundledAtlas(), body, landmarks);
  std::size_t first = 0;
  for (const myo::PlacedTriggerPoint& p : placed) {
    // The centre of its strongest essential zone: the blob's landmark, or a path's middle.
    const auto& zones = p.point->essential;
    const myo::AtlasZone& zone =
        *std::max_element(zones.begin(), zones.end(),
                          [](const auto& a, const auto& b) { return a.weight < b.weight; });
    const std::size_t n = zone.landmarks.size();
    const glm::vec3 centre = 0.5f * (*landmarks.at(zone.landmarks[(n - 1) / 2], p.side) +
                                     *landmarks.at(zone.landmarks[n / 2], p.side));
    const auto findings = myo::findPainSources(placed, landmarks, centre, placed.size());
    INFO(p.label() << " at the centre of its zone on " << zone.landmarks.front());
    REQUIRE(!findings.empty());
    const auto own = std::find_if(findings.begin(), findings.end(),
                                  [&p](const myo::PainFinding& f) { return f.placed == &p; });
    REQUIRE(own != findings.end());
    CHECK(own->kind == myo::ZoneKind::Essential);
    CHECK(own->score == Approx(zone.weight));  // the full strength of its zone
    // A full-strength zone ranks first (ties allowed); a weaker one may follow a stronger
    // pattern of another point at the same spot (the rare upper soleus point at the heel).
    if (zone.weight >= 1.0f) CHECK(own->score == Approx(findings.front().score));
    first += own->score >= findings.front().score ? 1 : 0;
  }
  std::printf("%zu of %zu placed points rank first (or tied) at their zone's centre\n", first,
              placed.size());
  CHECK(first >= placed.size() * 8 / 10);
}

TEST_CASE("the pain finder finds nothing far from every zone", "[anchor]") {
  const myo::Model& body = myo::test::bundledAsset();
  const myo::BodyLandmarks landmarks = myo::bodyLandmarks(body, body);
  const auto placed = myo::anchorAtlas(bundledAtlas(), body, landmarks);
  CHECK(myo::findPainSources(placed, landmarks, {0.0f, 1.0f, 1.5f}, 10).empty());  // 1.4 m ahead
  CHECK(myo::findPainSources(placed, landmarks, {0.0f, 2.5f, 0.0f}, 10).empty());  // above
  // The temple: the temporalis first, the upper trapezius among the rest.
  const auto temple = myo::findPainSources(placed, landmarks, *landmarks.at("temple", 'R'), 10);
  REQUIRE(!temple.empty());
  CHECK(temple.front().placed->point->muscle == "temporalis");
  CHECK(std::any_of(temple.begin(), temple.end(), [](const myo::PainFinding& f) {
    return f.placed->point->muscle == "trapezius_descending" && f.placed->side == 'R';
  }));
  for (const myo::PainFinding& f : temple) CHECK(f.placed->side == 'R');  // same-side referral
}
