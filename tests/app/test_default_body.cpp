// The bundled body: with no inputs the app opens the GLB compiled into it, which matches the
// figure it was generated from.
#include <catch2/catch.hpp>

#include "app/body_source.h"
#include "core/placeholder_body.h"

TEST_CASE("no inputs load the embedded bundled body", "[body]") {
  const myo::Result<myo::LoadedBody> body = myo::loadBodyOrDefault({}, {});
  INFO((body ? std::string() : body.error().message()));
  REQUIRE(body.ok());
  const myo::Model& model = body->model;
  CHECK(model.source == "bundled body");
  CHECK(model.warnings.empty());

  const myo::Model generated = myo::makePlaceholderBody();
  CHECK(model.parts.size() == generated.parts.size());
  CHECK(model.triangleCount() == generated.triangleCount());
  for (const myo::Part& part : model.parts) {
    INFO(part.name);
    CHECK(part.kind == myo::PartKind::Skin);
  }

  CHECK(body->frame.up == myo::UpAxis::PosY);
  CHECK(body->frame.units == myo::Units::Metres);
  CHECK(body->frame.heightMetres == Approx(1.75f).margin(0.03f));
  CHECK(myo::modelBounds(model).size().y == Approx(1.75f).margin(0.03f));
}
