// Units and up-axis detection on synthetic boxes, overrides, and the rotation to +Y up, +Z front.
#include <catch2/catch.hpp>

#include "core/anatomy/body_frame.h"

namespace {

// A box from `low` to `high` as one part (8 corners, 12 triangles), plus its anterior point.
myo::Model boxBody(const glm::vec3& low, const glm::vec3& high) {
  myo::Part part;
  part.name = "box";
  for (int i = 0; i < 8; ++i) {
    part.positions.emplace_back(i & 1 ? high.x : low.x, i & 2 ? high.y : low.y,
                                i & 4 ? high.z : low.z);
    part.normals.emplace_back(0.0f, 0.0f, 1.0f);
  }
  part.indices = {0, 2, 1, 1, 2, 3, 4, 5, 6, 5, 7, 6, 0, 1, 4, 1, 5, 4,
                  2, 6, 3, 3, 6, 7, 0, 4, 2, 2, 4, 6, 1, 3, 5, 3, 7, 5};
  myo::Model model;
  model.parts.push_back(std::move(part));
  return model;
}

glm::vec3 size(const myo::Model& model) {
  return myo::modelBounds(model).size();
}

}  // namespace

TEST_CASE("up axis and units parse from command-line words and print back", "[frame]") {
  CHECK(myo::parseUpAxis("+z") == myo::UpAxis::PosZ);
  CHECK(myo::parseUpAxis("Z") == myo::UpAxis::PosZ);
  CHECK(myo::parseUpAxis("-y") == myo::UpAxis::NegY);
  CHECK(myo::parseUpAxis("x") == myo::UpAxis::PosX);
  CHECK(myo::parseUpAxis("auto") == myo::UpAxis::Auto);
  CHECK_FALSE(myo::parseUpAxis("up").has_value());
  CHECK_FALSE(myo::parseUpAxis("").has_value());
  CHECK(myo::parseUnits("mm") == myo::Units::Millimetres);
  CHECK(myo::parseUnits("CM") == myo::Units::Centimetres);
  CHECK(myo::parseUnits("in") == myo::Units::Inches);
  CHECK(myo::parseUnits("meters") == myo::Units::Metres);
  CHECK(myo::parseUnits("auto") == myo::Units::Auto);
  CHECK_FALSE(myo::parseUnits("feet").has_value());
  for (myo::UpAxis up : {myo::UpAxis::Auto, myo::UpAxis::PosX, myo::UpAxis::NegX, myo::UpAxis::PosY,
                         myo::UpAxis::NegY, myo::UpAxis::PosZ, myo::UpAxis::NegZ})
    CHECK(myo::parseUpAxis(myo::toString(up)) == up);
  for (myo::Units units : {myo::Units::Auto, myo::Units::Metres, myo::Units::Centimetres,
                           myo::Units::Millimetres, myo::Units::Inches})
    CHECK(myo::parseUnits(myo::toString(units)) == units);
  CHECK(myo::toString(myo::UpAxis::NegZ) == "-z");
  CHECK(myo::toString(myo::Units::Inches) == "in");
}

TEST_CASE("every up axis maps to +Y by a proper rotation", "[frame]") {
  const std::pair<myo::UpAxis, glm::vec3> ups[] = {
      {myo::UpAxis::PosX, {1, 0, 0}}, {myo::UpAxis::NegX, {-1, 0, 0}},
      {myo::UpAxis::PosY, {0, 1, 0}}, {myo::UpAxis::NegY, {0, -1, 0}},
      {myo::UpAxis::PosZ, {0, 0, 1}}, {myo::UpAxis::NegZ, {0, 0, -1}}};
  for (const auto& [up, direction] : ups) {
    INFO(myo::toString(up));
    const glm::mat3 r = myo::upAxisRotation(up);
    CHECK(glm::determinant(r) == Approx(1.0f));
    const glm::vec3 image = r * direction;
    CHECK(image.y == Approx(1.0f));
  }
}

TEST_CASE("a metre-tall Y-up body is left as it is", "[frame]") {
  myo::Model model = boxBody({-0.25f, 0.0f, -0.15f}, {0.25f, 1.8f, 0.15f});
  const myo::Model before = model;
  const myo::FrameReport report =
      myo::normaliseBodyFrame(model, myo::UpAxis::Auto, myo::Units::Auto);
  CHECK(report.up == myo::UpAxis::PosY);
  CHECK(report.units == myo::Units::Metres);
  CHECK(report.upDetected);
  CHECK(report.unitsDetected);
  CHECK(report.heightMetres == Approx(1.8f));
  CHECK(model.parts[0].positions == before.parts[0].positions);
  CHECK(model.warnings.empty());
}

TEST_CASE("centimetres, millimetres and inches are detected from the height", "[frame]") {
  struct Case {
    glm::vec3 low, high;
    myo::UpAxis up;
    myo::Units units;
    float height;
  };
  const Case cases[] = {
      {{-25, 0, -15}, {25, 175, 15}, myo::UpAxis::PosY, myo::Units::Centimetres, 1.75f},
      {{-250, -150, -4}, {250, 150, 1636}, myo::UpAxis::PosZ, myo::Units::Millimetres, 1.64f},
      {{-10, 0, -6}, {10, 70, 6}, myo::UpAxis::PosY, myo::Units::Inches, 70 * 0.0254f},
      {{0, -0.25f, -0.15f}, {1.7f, 0.25f, 0.15f}, myo::UpAxis::PosX, myo::Units::Metres, 1.7f}};
  for (const Case& c : cases) {
    myo::Model model = boxBody(c.low, c.high);
    const myo::FrameReport report =
        myo::normaliseBodyFrame(model, myo::UpAxis::Auto, myo::Units::Auto);
    INFO(myo::toString(c.up) << " " << myo::toString(c.units));
    CHECK(report.up == c.up);
    CHECK(report.units == c.units);
    CHECK(report.unitsDetected);
    CHECK(report.heightMetres == Approx(c.height).epsilon(1e-4));
    // After normalising, the body stands along +Y at its height in metres.
    CHECK(size(model).y == Approx(c.height).epsilon(1e-4));
    CHECK(size(model).x < size(model).y);
    CHECK(size(model).z < size(model).y);
  }
}

TEST_CASE("overrides win over detection", "[frame]") {
  myo::Model model = boxBody({-250, -150, 0}, {250, 150, 1700});  // a Z-up body in mm
  const myo::FrameReport report =
      myo::normaliseBodyFrame(model, myo::UpAxis::NegY, myo::Units::Centimetres);
  CHECK(report.up == myo::UpAxis::NegY);
  CHECK(report.units == myo::Units::Centimetres);
  CHECK_FALSE(report.upDetected);
  CHECK_FALSE(report.unitsDetected);
  CHECK(report.heightMetres == Approx(3.0f));  // 300 cm along y
  CHECK(size(model).y == Approx(3.0f));
  CHECK(size(model).z == Approx(17.0f));

  // Only the up axis overridden: units still come from the height along that axis.
  myo::Model upright = boxBody({-250, -150, 0}, {250, 150, 1700});
  const myo::FrameReport upOnly =
      myo::normaliseBodyFrame(upright, myo::UpAxis::PosZ, myo::Units::Auto);
  CHECK_FALSE(upOnly.upDetected);
  CHECK(upOnly.unitsDetected);
  CHECK(upOnly.units == myo::Units::Millimetres);
}

TEST_CASE("a Z-up body with -Y anterior ends facing +Z with its left on +X", "[frame]") {
  myo::Model model = boxBody({-200, -125, 0}, {200, 125, 1700});       // millimetres
  model.parts[0].positions.emplace_back(0.0f, -140.0f, 1600.0f);       // the nose, in front (-Y)
  model.parts[0].normals.emplace_back(0.0f, -1.0f, 0.0f);              // facing forward
  model.landmarks.push_back({"acromion.L", {180.0f, 0.0f, 1400.0f}});  // subject's left is +X
  const myo::FrameReport report =
      myo::normaliseBodyFrame(model, myo::UpAxis::Auto, myo::Units::Auto);
  CHECK(report.up == myo::UpAxis::PosZ);
  CHECK(report.units == myo::Units::Millimetres);

  const glm::vec3 nose = model.parts[0].positions.back();
  CHECK(nose.x == Approx(0.0f).margin(1e-6f));
  CHECK(nose.y == Approx(1.6f));
  CHECK(nose.z == Approx(0.14f));
  const glm::vec3 forward = model.parts[0].normals.back();
  CHECK(forward.z == Approx(1.0f));
  CHECK(glm::length(forward) == Approx(1.0f));
  const glm::vec3 acromion = model.landmarks[0].position;
  CHECK(acromion.x == Approx(0.18f));
  CHECK(acromion.y == Approx(1.4f));
}

TEST_CASE("an unknown size or an unclear up axis is assumed and warned about", "[frame]") {
  myo::Model odd = boxBody({0, 0, 0}, {1, 10, 1});  // 10 units tall: no plausible unit
  const myo::FrameReport oddReport =
      myo::normaliseBodyFrame(odd, myo::UpAxis::Auto, myo::Units::Auto);
  CHECK(oddReport.units == myo::Units::Metres);
  CHECK_FALSE(oddReport.unitsDetected);
  CHECK(oddReport.heightMetres == Approx(10.0f));
  REQUIRE(odd.warnings.size() == 1);
  CHECK(odd.warnings[0].find("units") != std::string::npos);

  myo::Model cube = boxBody({0, 0, 0}, {1.7f, 1.7f, 1.6f});
  const myo::FrameReport cubeReport =
      myo::normaliseBodyFrame(cube, myo::UpAxis::Auto, myo::Units::Auto);
  CHECK(cubeReport.upDetected);
  REQUIRE(cube.warnings.size() == 1);
  CHECK(cube.warnings[0].find("up axis") != std::string::npos);

  myo::Model empty;
  const myo::FrameReport emptyReport =
      myo::normaliseBodyFrame(empty, myo::UpAxis::Auto, myo::Units::Auto);
  CHECK(emptyReport.up == myo::UpAxis::PosY);
  CHECK_FALSE(emptyReport.upDetected);
  CHECK_FALSE(emptyReport.unitsDetected);
  CHECK(emptyReport.heightMetres == 0.0f);
  CHECK(empty.warnings.empty());
}
