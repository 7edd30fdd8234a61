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
