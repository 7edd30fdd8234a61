// OrbitCamera: presets, framing, gestures, easing and picking rays.
#include <catch2/catch.hpp>

#include <cmath>

#include <glm/gtc/constants.hpp>

#include "core/geometry/orbit_camera.h"

namespace {

using myo::OrbitCamera;
using myo::ViewPreset;

constexpr int kWidthPixels = 640;
constexpr int kHeightPixels = 400;
constexpr float kWidth = kWidthPixels;
constexpr float kHeight = kHeightPixels;

bool nearVec(const glm::vec3& a, const glm::vec3& b, float tolerance = 1e-4f) {
  return glm::length(a - b) <= tolerance;
}

// Normalised device coordinates of a world point.
glm::vec3 toNdc(const OrbitCamera& camera, const glm::vec3& point, float aspect) {
  const glm::vec4 clip = camera.projection(aspect) * camera.view() * glm::vec4(point, 1.0f);
  return glm::vec3(clip) / clip.w;
}

// Pixel coordinates (top-left origin) of a world point in a kWidth x kHeight viewport.
glm::vec2 toPixel(const OrbitCamera& camera, const glm::vec3& point) {
  const glm::vec3 ndc = toNdc(camera, point, kWidth / kHeight);
  return {(ndc.x + 1.0f) * 0.5f * kWidth, (1.0f - ndc.y) * 0.5f * kHeight};
}

myo::Bounds bodyBounds() {
  myo::Bounds bounds;
  bounds.add({-0.3f, 0.0f, -0.15f});
  bounds.add({0.3f, 1.75f, 0.15f});
  return bounds;
}

OrbitCamera framedCamera(float aspect = kWidth / kHeight) {
  OrbitCamera camera;
  camera.frame(bodyBounds(), aspect);
  camera.snap();
  return camera;
}

}  // namespace

TEST_CASE("view presets parse by name in any case and print back", "[camera]") {
  for (ViewPreset p : {ViewPreset::Front, ViewPreset::Back, ViewPreset::Left, ViewPreset::Right,
                       ViewPreset::Top, ViewPreset::Bottom, ViewPreset::ThreeQuarter}) {
    REQUIRE(myo::parseViewPreset(myo::viewPresetName(p)) == p);
  }
  CHECK(myo::parseViewPreset("LEFT") == ViewPreset::Left);
  CHECK(myo::parseViewPreset("Front") == ViewPreset::Front);
  CHECK_FALSE(myo::parseViewPreset("fron").has_value());
  CHECK_FALSE(myo::parseViewPreset("").has_value());
  CHECK_FALSE(myo::parseViewPreset("frontal").has_value());
}

TEST_CASE("presets look at the body from the named side", "[camera]") {
  struct Expectation {
    ViewPreset preset;
    glm::vec3 eyeSide;   // unit direction from target to eye
    glm::vec3 screenUp;  // world direction shown upwards
  };
  const Expectation expectations[] = {
      {ViewPreset::Front, {0, 0, 1}, {0, 1, 0}}, {ViewPreset::Back, {0, 0, -1}, {0, 1, 0}},
      {ViewPreset::Left, {1, 0, 0}, {0, 1, 0}},  {ViewPreset::Right, {-1, 0, 0}, {0, 1, 0}},
      {ViewPreset::Top, {0, 1, 0}, {0, 0, -1}},  {ViewPreset::Bottom, {0, -1, 0}, {0, 0, 1}},
  };
  for (const Expectation& e : expectations) {
    OrbitCamera camera = framedCamera();
    camera.setPreset(e.preset);
    camera.snap();
    INFO(myo::viewPresetName(e.preset));
    const glm::vec3 target = camera.pose().target;
    CHECK(nearVec(glm::normalize(camera.eye() - target), e.eyeSide));
    CHECK(nearVec(camera.forward(), -e.eyeSide));
    CHECK(nearVec(camera.up(), e.screenUp));
    CHECK(nearVec(glm::cross(camera.right(), camera.up()), -camera.forward()));
    // The view matrix agrees: the eye maps to the origin, the target straight ahead.
    CHECK(
        nearVec(glm::vec3(camera.view() * glm::vec4(camera.eye(), 1.0f)), glm::vec3(0.0f), 1e-4f));
    CHECK(nearVec(glm::vec3(camera.view() * glm::vec4(target, 1.0f)),
                  glm::vec3(0.0f, 0.0f, -camera.pose().distance), 1e-4f));
  }
}

TEST_CASE("front view puts the subject's left (+X) on the right of the screen", "[camera]") {
  OrbitCamera camera = framedCamera();
  const glm::vec3 centre = bodyBounds().center();
  CHECK(toPixel(camera, centre + glm::vec3(0.2f, 0, 0)).x > kWidth / 2);
  CHECK(toPixel(camera, centre + glm::vec3(0, 0.5f, 0)).y < kHeight / 2);  // head is up
}

TEST_CASE("frame() fits the bounds in the frustum from every side and aspect", "[camera]") {
  const myo::Bounds bounds = bodyBounds();
  for (float aspect : {0.5f, 1.0f, 1.6f}) {
    for (ViewPreset p : {ViewPreset::Front, ViewPreset::Left, ViewPreset::Top}) {
      OrbitCamera camera;
      camera.setPreset(p);
      camera.frame(bounds, aspect);
      camera.snap();
      float largest = 0.0f;
      for (int corner = 0; corner < 8; ++corner) {
        const glm::vec3 point{corner & 1 ? bounds.max.x : bounds.min.x,
                              corner & 2 ? bounds.max.y : bounds.min.y,
                              corner & 4 ? bounds.max.z : bounds.min.z};
        const glm::vec3 ndc = toNdc(camera, point, aspect);
        INFO("aspect " << aspect << " preset " << myo::viewPresetName(p) << " corner " << corner);
        CHECK(std::abs(ndc.x) <= 1.0f);
        CHECK(std::abs(ndc.y) <= 1.0f);
        CHECK(std::abs(ndc.z) <= 1.0f);  // between the nearVec and far planes
        largest = std::max({largest, std::abs(ndc.x), std::abs(ndc.y)});
      }
      // The fit is to the bounding sphere (safe for any later rotation), so it is tight where
      // the box's long side faces the camera's narrow field: a tall body from the front.
      if (p == ViewPreset::Front && aspect >= 1.0f) CHECK(largest > 0.85f);
    }
  }
}

TEST_CASE("rotate orbits at a fixed distance and clamps the pitch", "[camera]") {
  OrbitCamera camera = framedCamera();
  const OrbitCamera::Pose before = camera.pose();
  camera.rotate(100.0f, 0.0f);
  CHECK(camera.pose().yaw < before.yaw);  // dragging right turns the body to the right
  CHECK(nearVec(camera.pose().target, before.target));
  CHECK(glm::length(camera.eye() - before.target) == Approx(before.distance));
  CHECK_FALSE(camera.animating());  // immediate
  CHECK(toPixel(camera, before.target + glm::vec3(0, 0, 0.2f)).x > kWidth / 2);

  camera.rotate(0.0f, 1e5f);
  CHECK(camera.pose().pitch == Approx(glm::half_pi<float>()));
  camera.rotate(0.0f, -1e5f);
  CHECK(camera.pose().pitch == Approx(-glm::half_pi<float>()));
}

TEST_CASE("pan keeps the point at target depth under the cursor", "[camera]") {
  OrbitCamera camera = framedCamera();
  camera.rotate(40.0f, -25.0f);
  const glm::vec3 grabbed = camera.pose().target;
  const glm::vec2 before = toPixel(camera, grabbed);
  const float distance = camera.pose().distance;
  camera.pan(30.0f, -12.0f, kHeightPixels);
  const glm::vec2 after = toPixel(camera, grabbed);
  CHECK(after.x - before.x == Approx(30.0f).margin(0.01));
  CHECK(after.y - before.y == Approx(-12.0f).margin(0.01));
  CHECK(camera.pose().distance == Approx(distance));
  CHECK(std::abs(glm::dot(camera.pose().target - grabbed, camera.forward())) < 1e-5f);
}

TEST_CASE("zoomTowards keeps the anchor fixed on screen while it eases", "[camera]") {
  OrbitCamera camera = framedCamera();
  const glm::vec3 anchor = bodyBounds().center() + glm::vec3(0.2f, 0.5f, 0.1f);
  const glm::vec2 before = toPixel(camera, anchor);
  const float distance = camera.pose().distance;
  camera.zoomTowards(2.0f, anchor);
  CHECK(camera.goal().distance == Approx(distance * 0.85f * 0.85f));
  for (int frame = 0; frame < 3; ++frame) {
    camera.update(0.05f);
    const glm::vec2 during = toPixel(camera, anchor);
    CHECK(during.x == Approx(before.x).margin(0.01));
    CHECK(during.y == Approx(before.y).margin(0.01));
  }
  CHECK(camera.pose().distance < distance);

  camera.zoomTowards(-2.0f);  // no anchor: straight back out along the view axis
  camera.snap();
  CHECK(camera.pose().distance == Approx(distance).epsilon(1e-4));
}

TEST_CASE("zoom is limited relative to the scene size", "[camera]") {
  OrbitCamera camera = framedCamera();
  camera.zoomTowards(1000.0f);
  camera.snap();
  const float closest = camera.pose().distance;
  CHECK(closest > 0.0f);
  camera.zoomTowards(-2000.0f);
  camera.snap();
  CHECK(camera.pose().distance > closest);
  CHECK(std::isfinite(camera.pose().distance));
  CHECK(camera.pose().distance < 100.0f);
}

TEST_CASE("update eases to the goal in about 0.3 s and snap jumps", "[camera]") {
  OrbitCamera camera = framedCamera();
  camera.setPreset(ViewPreset::Left);
  CHECK(camera.animating());
  CHECK(camera.pose().yaw == Approx(0.0f));  // nothing moves before time passes
  for (int i = 0; i < 18; ++i) camera.update(1.0f / 60.0f);
  const float progress = camera.pose().yaw / glm::half_pi<float>();
  CHECK(progress > 0.93f);
  CHECK(progress < 0.97f);
  for (int i = 0; i < 120; ++i) camera.update(1.0f / 60.0f);
  CHECK_FALSE(camera.animating());
  CHECK(camera.pose().yaw == camera.goal().yaw);  // settled exactly

  camera.centreOn({1.0f, 2.0f, 3.0f});
  camera.snap();
  CHECK_FALSE(camera.animating());
  CHECK(nearVec(camera.pose().target, {1.0f, 2.0f, 3.0f}));
}

TEST_CASE("presets take the short way round", "[camera]") {
  OrbitCamera camera = framedCamera();
  camera.rotate(-1000.0f, 0.0f);  // yaw += 6 rad, just short of a full turn
  camera.setPreset(ViewPreset::Front);
  CHECK(std::abs(camera.goal().yaw - camera.pose().yaw) <= glm::pi<float>());
  camera.snap();
  CHECK(nearVec(camera.forward(), {0, 0, -1}));
}

TEST_CASE("a ray through the centre pixel hits the target", "[camera]") {
  OrbitCamera camera = framedCamera();
  camera.rotate(70.0f, 30.0f);
  const myo::Ray ray = camera.rayThroughPixel(kWidth / 2, kHeight / 2, kWidthPixels, kHeightPixels);
  CHECK(nearVec(ray.origin, camera.eye()));
  CHECK(glm::length(ray.direction) == Approx(1.0f));
  const glm::vec3 hit = ray.origin + ray.direction * camera.pose().distance;
  CHECK(nearVec(hit, camera.pose().target, 1e-4f));

  // Any pixel's ray projects back onto that pixel.
  const myo::Ray corner = camera.rayThroughPixel(10.5f, 300.5f, kWidthPixels, kHeightPixels);
  const glm::vec2 pixel = toPixel(camera, corner.origin + corner.direction * 2.0f);
  CHECK(pixel.x == Approx(10.5f).margin(0.01));
  CHECK(pixel.y == Approx(300.5f).margin(0.01));
}

TEST_CASE("flying to a point looks at it from its side of the body", "[camera]") {
  myo::Bounds body;
  body.add({-0.25f, 0.0f, -0.15f});
  body.add({0.25f, 1.75f, 0.15f});
  myo::OrbitCamera camera;
  camera.frame(body);
  camera.snap();
  const glm::vec3 heel{-0.1f, 0.05f, -0.12f};  // behind, on the right (-X)
  camera.flyTo(heel, body, 0.8f);
  camera.update(10.0f);  // eased all the way
  CHECK(glm::distance(camera.pose().target, heel) < 1e-4f);
  CHECK(camera.pose().distance == Approx(0.8f));
  CHECK(camera.pose().pitch == Approx(0.0f));
  const glm::vec3 eye = camera.eye();
  CHECK(eye.z < heel.z);  // the eye is behind the body
  CHECK(eye.x < 0.0f);    // on the heel's side
  CHECK(eye.y == Approx(heel.y).margin(1e-4));
  camera.flyTo({0.0f, 1.5f, 0.0f}, body, 0.8f);  // on the axis: from the front
  camera.update(10.0f);
  CHECK(camera.eye().z > 0.5f);
  CHECK(std::abs(camera.eye().x) < 1e-3f);
}

TEST_CASE("pixelOf is the inverse of rayThroughPixel", "[camera]") {
  myo::Bounds body;
  body.add({-0.25f, 0.0f, -0.15f});
  body.add({0.25f, 1.75f, 0.15f});
  myo::OrbitCamera camera = myo::framedCamera(body, myo::ViewPreset::Back, 1.6f);
  for (const glm::vec2 pixel : {glm::vec2(100.5f, 200.5f), glm::vec2(640.0f, 400.0f)}) {
    const myo::Ray ray = camera.rayThroughPixel(pixel.x, pixel.y, 1280, 800);
    const glm::vec2 back = camera.pixelOf(ray.origin + 2.0f * ray.direction, 1280, 800);
    CHECK(back.x == Approx(pixel.x).margin(0.01));
    CHECK(back.y == Approx(pixel.y).margin(0.01));
  }
}

TEST_CASE("fitView fills the view with the box from every preset and aspect", "[camera]") {
  const myo::Bounds body = bodyBounds();
  for (const ViewPreset preset :
       {ViewPreset::Front, ViewPreset::Left, ViewPreset::Top, ViewPreset::ThreeQuarter})
    for (const float aspect : {0.6f, 1.0f, 1.8f}) {
      OrbitCamera camera;
      camera.setPreset(preset);
      camera.fitView(body, aspect, 0.05f);
      camera.snap();
      INFO(myo::viewPresetName(preset) << " aspect " << aspect);
      float widest = 0.0f;  // the largest |ndc| over the corners, either axis
      for (int corner = 0; corner < 8; ++corner) {
        const glm::vec3 at((corner & 1) ? body.max.x : body.min.x,
                           (corner & 2) ? body.max.y : body.min.y,
                           (corner & 4) ? body.max.z : body.min.z);
        const glm::vec3 ndc = toNdc(camera, at, aspect);
        CHECK(std::abs(ndc.x) <= 0.9f + 1e-3f);  // 5 % margin each side
        CHECK(std::abs(ndc.y) <= 0.9f + 1e-3f);
        widest = std::max({widest, std::abs(ndc.x), std::abs(ndc.y)});
      }
      CHECK(widest > 0.85f);  // tight: the box reaches the margin
    }
}

TEST_CASE("a standard view after zooming in frames the whole body again", "[camera]") {
  OrbitCamera camera;
  camera.fitView(bodyBounds(), 1.0f);
  camera.snap();
  const float whole = camera.pose().distance;
  camera.zoomTowards(8.0f, glm::vec3(0.2f, 1.6f, 0.15f));
  camera.snap();
  camera.setPreset(ViewPreset::Back);
  camera.fitView(bodyBounds(), 1.0f);
  camera.snap();
  CHECK(camera.pose().distance == Approx(whole).epsilon(0.01));
  CHECK(nearVec(camera.pose().target, bodyBounds().center()));
}

TEST_CASE("a fitted view refits when the view's shape changes, until a gesture moves it",
          "[camera]") {
  OrbitCamera camera;
  camera.fitView(bodyBounds(), 1.6f);
  camera.snap();
  const float wide = camera.goal().distance;
  camera.refit(0.2f);  // the view got narrow (a side opened, a larger UI scale)
  CHECK(camera.goal().distance > wide * 1.3f);  // farther back, so the body's width still fits
  camera.refit(1.6f);
  CHECK(camera.goal().distance == Approx(wide));
  camera.rotate(30.0f, 0.0f);  // the user's own move: the fit no longer applies
  const float moved = camera.goal().distance;
  camera.refit(0.2f);
  CHECK(camera.goal().distance == Approx(moved));
}
