// The bundled body: with no inputs the app opens the GLB compiled into it, the generated body with
// its skin, skeleton, muscles and landmarks.
#include <catch2/catch.hpp>

#include "app/body_source.h"

TEST_CASE("no inputs load the embedded bundled body", "[body]") {
  const myo::Result<myo::LoadedBody> body = myo::loadBodyOrDefault({}, {});
  INFO((body ? std::string() : body.error().message()));
  REQUIRE(body.ok());
  const myo::Model& model = body->model;
  CHECK(model.source == "bundled body");
  CHECK(model.warnings.empty());

  std::size_t muscles = 0, bones = 0, skins = 0;
  for (const myo::Part& part : model.parts) {
    muscles += part.kind == myo::PartKind::Muscle ? 1 : 0;
    bones += part.kind == myo::PartKind::Bone ? 1 : 0;
    skins += part.kind == myo::PartKind::Skin ? 1 : 0;
  }
  CHECK(muscles == 162);  // the 81 catalogue muscles, a side each
  CHECK(bones == 136);
  CHECK(skins == 1);
  CHECK(model.landmarks.size() == 125);

  CHECK(body->frame.up == myo::UpAxis::PosY);
  CHECK(body->frame.units == myo::Units::Metres);
  CHECK(body->frame.heightMetres == Approx(1.75f).margin(0.01f));
  CHECK(myo::modelBounds(model).size().y == Approx(1.75f).margin(0.01f));
}

TEST_CASE("reading the bundled body keeps it as the landmark reference", "[body]") {
  const myo::Result<myo::LoadedBody> body = myo::loadBodyOrDefault({}, {});
  REQUIRE(body.ok());
  const myo::ReferenceBody* kept = myo::keptBundledReference();
  REQUIRE(kept != nullptr);
  const myo::ReferenceBody fresh = myo::referenceOf(body->model);
  CHECK(kept->datum.height == fresh.datum.height);
  CHECK(kept->datum.origin == fresh.datum.origin);
  REQUIRE(kept->landmarks.size() == body->model.landmarks.size());
  for (std::size_t i = 0; i < kept->landmarks.size(); ++i) {
    CHECK(kept->landmarks[i].name == body->model.landmarks[i].name);
    CHECK(kept->landmarks[i].position == body->model.landmarks[i].position);
  }
  // A body without landmarks of its own gets the reference's, moved onto it: on the bundled body
  // itself, the same points as its own (snapped to its surface, within 2 cm).
  myo::Model bare = body->model;
  bare.landmarks.clear();
  const myo::BodyLandmarks moved = myo::bodyLandmarks(bare, *kept);
  CHECK_FALSE(moved.fromModel);
  CHECK(moved.scale == Approx(1.0f));
  for (const myo::Landmark& own : body->model.landmarks) {
    const auto found = moved.positions.find(own.name);
    REQUIRE(found != moved.positions.end());
    CHECK(glm::distance(found->second, own.position) < 0.02f);
  }
}
