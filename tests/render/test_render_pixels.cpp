// Pixel-level checks of the renderer that need no golden image: background gradient, lit and
// coloured surfaces, MSAA edges, hiding, highlight, translucency, snapshots and read-back.
#include <catch2/catch.hpp>

#include <glm/gtc/constants.hpp>
#include <glm/gtx/string_cast.hpp>

#include "core/anatomy/part_colors.h"
#include "core/geometry/mesh_lod.h"
#include "core/geometry/mesh_topology.h"
#include "render/offscreen_target.h"
#include "render/render_fixture.h"
#include "render/snapshot.h"

namespace {

constexpr int kSize = 96;

glm::ivec4 at(const myo::Image& image, int x, int y) {
  const std::uint8_t* p = image.pixel(x, y);
  return {p[0], p[1], p[2], p[3]};
}

int distance(const glm::ivec4& a, const glm::ivec4& b) {
  const glm::ivec4 d = glm::abs(a - b);
  return std::max({d.x, d.y, d.z});
}

// A model with one part, uploaded, framed from the front.
struct OnePart {
  myo::Model model;
  myo::SceneRenderer renderer;
  myo::OrbitCamera camera;

  explicit OnePart(myo::Part part, myo::Model base = {}) : model(std::move(base)) {
    myo::test::requireGlContext();
    model.parts.push_back(std::move(part));
    std::string error;
    if (!renderer.upload(model, error)) FAIL(error);
    camera = myo::test::framedCamera(model, myo::ViewPreset::Front, kSize, kSize);
  }
  myo::Image render(int samples = 4) {
    return myo::test::renderOffscreen(renderer, camera, kSize, kSize, samples);
  }
};

}  // namespace

TEST_CASE("the background is a vertical gradient from top to bottom colour", "[render]") {
  myo::test::requireGlContext();
  myo::SceneRenderer renderer;  // nothing uploaded: background only
  renderer.setBackground({0.8f, 0.2f, 0.1f}, {0.1f, 0.3f, 0.6f});
  const myo::Image image = myo::test::renderOffscreen(renderer, myo::OrbitCamera(), 64, 100, 4);
  REQUIRE(image.width == 64);
  REQUIRE(image.height == 100);
  CHECK(distance(at(image, 10, 0), {204, 51, 26, 255}) <= 2);  // row 0 is the top
  CHECK(distance(at(image, 50, 99), {26, 77, 153, 255}) <= 2);
  const glm::ivec4 middle = at(image, 32, 50);
  CHECK(distance(middle, {115, 64, 89, 255}) <= 3);
  CHECK(at(image, 0, 50) == at(image, 63, 50));  // no horizontal variation
}

TEST_CASE("a front-facing muscle face is lit and coloured like its material", "[render]") {
  myo::Part cube = myo::test::cubePart("cube", glm::vec3(0.0f), 0.3f);
  cube.kind = myo::PartKind::Muscle;  // no material: the default muscle red
  OnePart scene(std::move(cube));
  const myo::Image image = scene.render();
  const glm::ivec4 centre = at(image, kSize / 2, kSize / 2);
  INFO("centre pixel " << centre.x << " " << centre.y << " " << centre.z);
  // Default muscle (sRGB 0.62, 0.16, 0.13) under about unit light: red, well above ambient.
  CHECK(centre.x > 130);
  CHECK(centre.x < 190);
  CHECK(centre.y < 60);
  CHECK(centre.z < 60);
  CHECK(centre.w == 255);
  // Brighter than the same face lit by the ambient term alone would be (about 76).
  const float ambientOnly = myo::linearToSrgb(myo::srgbToLinear(0.62f) * 0.21f) * 255.0f;
  CHECK(static_cast<float>(centre.x) > ambientOnly + 40.0f);
}

TEST_CASE("a texture colours the surface through the base colour", "[render]") {
  myo::Part sphere = myo::test::spherePart("sphere", glm::vec3(0.0f), 0.3f);
  sphere.material = 0;
  myo::Model textured;
  textured.materials.emplace_back().baseColorTexture = 0;
  const glm::u8vec4 teal{40, 160, 150, 255};
  textured.textures.push_back(myo::test::checkerTexture(16, teal, teal));
  OnePart scene(std::move(sphere), std::move(textured));
  const glm::ivec4 centre = at(scene.render(), kSize / 2, kSize / 2);
  INFO("centre pixel " << centre.x << " " << centre.y << " " << centre.z);
  CHECK(centre.y > centre.x + 60);
  CHECK(centre.z > centre.x + 50);
  CHECK(std::abs(centre.y - 160) < 45);
}

TEST_CASE("4x MSAA gives intermediate values along edges, 1 sample or MSAA off does not",
          "[render]") {
  // A square face turned 20 degrees in the screen plane: slanted edges everywhere.
  myo::Part cube = myo::test::cubePart("cube", glm::vec3(0.0f), 0.3f, {0.0f, 0.0f, 0.35f});
  OnePart scene(std::move(cube));
  const auto countBlended = [](const myo::Image& image) {
    const glm::ivec4 face = at(image, kSize / 2, kSize / 2);
    int blended = 0;
    for (int y = 0; y < kSize; ++y) {
      const glm::ivec4 background = at(image, 0, y);
      for (int x = 0; x < kSize; ++x) {
        const glm::ivec4 p = at(image, x, y);
        if (distance(p, face) > 24 && distance(p, background) > 24) ++blended;
      }
    }
    return blended;
  };
  const int multisampled = countBlended(scene.render(4));
  const int aliased = countBlended(scene.render(1));
  // Moving (multisampling off) on the same 4x target: edges as with 1 sample.
  scene.renderer.setMoving(true);
  const int switchedOff = countBlended(scene.render(4));
  scene.renderer.setMoving(false);
  const int switchedOn = countBlended(scene.render(4));
  INFO("blended edge pixels: 4x " << multisampled << ", 1x " << aliased << ", 4x off "
                                  << switchedOff << ", 4x on again " << switchedOn);
  CHECK(multisampled > 40);
  CHECK(aliased < 5);
  CHECK(switchedOff < 5);
  CHECK(switchedOn == multisampled);
}

TEST_CASE("hiding a part shows the background behind it", "[render]") {
  OnePart scene(myo::test::cubePart("cube", glm::vec3(0.0f), 0.3f));
  const myo::Image shown = scene.render();
  scene.renderer.setPartVisible(0, false);
  CHECK_FALSE(scene.renderer.partVisible(0));
  const myo::Image hidden = scene.render();
  const int c = kSize / 2;
  CHECK(distance(at(hidden, c, c), at(hidden, 0, c)) <= 1);
  CHECK(distance(at(shown, c, c), at(hidden, c, c)) > 40);
}

TEST_CASE("highlighting a part turns it selection blue", "[render]") {
  myo::Part muscle = myo::test::cubePart("cube", glm::vec3(0.0f), 0.3f, {0.4f, 0.5f, 0.0f});
  muscle.kind = myo::PartKind::Muscle;  // drawn muscle red
  OnePart scene(muscle);
  const myo::Image normal = scene.render();
  scene.renderer.setHighlightedPart(0);
  const myo::Image highlighted = scene.render();
  const int c = kSize / 2;
  CHECK(at(normal, c, c).z < at(normal, c, c).x);  // a muscle red
  INFO(glm::to_string(at(normal, c, c)) << " " << glm::to_string(at(highlighted, c, c)));
  CHECK(at(highlighted, c, c).z > at(normal, c, c).z + 30);
  CHECK(at(highlighted, c, c).z > at(highlighted, c, c).x + 40);  // blue now leads
  scene.renderer.setHighlightedPart(-1);
  CHECK(scene.render().rgba == normal.rgba);
}

TEST_CASE("a translucent part blends over what is behind it", "[render]") {
  myo::test::requireGlContext();
  myo::Model model;
  model.parts.push_back(myo::test::cubePart("back", {0.0f, 0.0f, -0.3f}, 0.15f));
  model.parts.push_back(myo::test::spherePart("front", {0.0f, 0.0f, 0.2f}, 0.3f));
  myo::SceneRenderer renderer;
  std::string error;
  REQUIRE(renderer.upload(model, error));
  renderer.setPartColor(0, {0.0f, 0.0f, 0.8f, 1.0f});  // blue cube behind
  const myo::OrbitCamera camera =
      myo::test::framedCamera(model, myo::ViewPreset::Front, kSize, kSize);
  const int c = kSize / 2;
  renderer.setPartColor(1, {0.8f, 0.8f, 0.0f, 1.0f});  // opaque yellow sphere in front
  const glm::ivec4 opaque = at(myo::test::renderOffscreen(renderer, camera, kSize, kSize, 4), c, c);
  CHECK(opaque.z < 40);
  renderer.setPartColor(1, {0.8f, 0.8f, 0.0f, 0.4f});  // now translucent
  CHECK(renderer.partColor(1).w == 0.4f);
  const myo::Image image = myo::test::renderOffscreen(renderer, camera, kSize, kSize, 4);
  const glm::ivec4 blended = at(image, c, c);
  INFO("opaque " << opaque.x << "," << opaque.z << " blended " << blended.x << "," << blended.z);
  CHECK(blended.z > opaque.z + 60);  // the blue cube shows through
  CHECK(blended.x > 60);             // and the yellow still tints it
  CHECK(blended.w == 255);           // the picture stays opaque
}

TEST_CASE("renderSnapshot frames the whole model inside the picture", "[render]") {
  myo::test::requireGlContext();
  const myo::Model model = myo::test::cubeAndSphere();
  myo::Result<myo::Image> snapshot =
      myo::renderSnapshot(model, myo::ViewPreset::Front, 160, 100, 4);
  REQUIRE(snapshot.ok());
  const myo::Image& image = snapshot.value();
  REQUIRE(image.width == 160);
  REQUIRE(image.height == 100);
  // Border pixels are pure background (each row is one colour); the centre row is not.
  for (int y = 0; y < image.height; ++y) {
    CHECK(at(image, 0, y) == at(image, image.width - 1, y));
  }
  for (int x = 0; x < image.width; ++x) {
    CHECK(distance(at(image, x, 0), at(image, 0, 0)) <= 1);
    CHECK(distance(at(image, x, image.height - 1), at(image, 0, image.height - 1)) <= 1);
  }
  int objectPixels = 0;
  for (int x = 0; x < image.width; ++x) {
    objectPixels += distance(at(image, x, 50), at(image, 0, 50)) > 30 ? 1 : 0;
  }
  CHECK(objectPixels > 60);
}

TEST_CASE("upload rejects broken geometry with the part's name", "[render]") {
  myo::test::requireGlContext();
  myo::Model model;
  model.parts.push_back(myo::test::cubePart("bad cube", glm::vec3(0.0f), 0.3f));
  model.parts.back().indices.back() = 1000;
  myo::SceneRenderer renderer;
  std::string error;
  CHECK_FALSE(renderer.upload(model, error));
  CHECK_THAT(error, Catch::Contains("bad cube") && Catch::Contains("1000"));
  model.parts.back().indices.back() = 0;
  model.parts.back().normals.pop_back();
  CHECK_FALSE(renderer.upload(model, error));
  CHECK_THAT(error, Catch::Contains("normals"));
}

TEST_CASE("an offscreen target refuses an impossible size", "[render]") {
  myo::test::requireGlContext();
  myo::OffscreenTarget target;
  std::string error;
  CHECK_FALSE(target.create(0, 10, 4, error));
  CHECK_THAT(error, Catch::Contains("0x10"));
  REQUIRE(target.create(8, 8, 64, error));  // samples clamp to what GL offers
  CHECK(target.samples() >= 1);
  CHECK(target.samples() <= 64);
}

TEST_CASE("clustering vertices to a pixel leaves the picture unchanged", "[render]") {
  myo::test::requireGlContext();
  myo::Model dense;
  dense.parts.push_back(myo::test::spherePart("sphere", {0.0f, 0.0f, 0.0f}, 0.5f, 300));
  constexpr int kSize = 200;
  const myo::OrbitCamera camera =
      myo::test::framedCamera(dense, myo::ViewPreset::Front, kSize, kSize);
  const myo::Model coarse = myo::simplifiedModel(dense, myo::pixelSizeAtTarget(camera, kSize));
  CHECK(coarse.triangleCount() < dense.triangleCount() / 3);
  myo::SceneRenderer renderer;
  std::string error;
  REQUIRE(renderer.upload(dense, error));
  const myo::Image full = myo::test::renderOffscreen(renderer, camera, kSize, kSize, 4);
  REQUIRE(renderer.upload(coarse, error));
  const myo::Image simplified = myo::test::renderOffscreen(renderer, camera, kSize, kSize, 4);
  const myo::ImageDiff diff = myo::compareImages(full, simplified, 16);
  INFO("mean " << diff.meanAbsDiff << ", over " << diff.fractionOver);
  CHECK(diff.within(0.01, 0.5));
}

TEST_CASE("levels of detail are drawn far away, full detail near, the picture unchanged",
          "[render]") {
  myo::test::requireGlContext();
  myo::Model dense;
  dense.parts.push_back(myo::test::spherePart("sphere", {0.0f, 0.0f, 0.0f}, 0.5f, 300));
  constexpr int kSize = 200;
  const myo::OrbitCamera camera =
      myo::test::framedCamera(dense, myo::ViewPreset::Front, kSize, kSize);
  myo::SceneRenderer renderer;
  std::string error;
  REQUIRE(renderer.upload(dense, error));
  const myo::Image full = myo::test::renderOffscreen(renderer, camera, kSize, kSize, 4);
  const std::size_t fullTriangles = renderer.drawnTriangles();
  CHECK(fullTriangles == dense.triangleCount());
  // Cells from a tenth of a pixel at the sphere up to about 6 px: the draw takes the coarsest
  // level at most kDetailPixels wide there.
  const float pixel = myo::pixelSizeAtTarget(camera, kSize);
  renderer.setDetailLevels(myo::detailLevels(dense, 0.1f * pixel, 6, 0.9f));
  const myo::Image levelled = myo::test::renderOffscreen(renderer, camera, kSize, kSize, 4);
  CHECK(renderer.drawnTriangles() < fullTriangles / 2);
  const myo::ImageDiff diff = myo::compareImages(full, levelled, 16);
  INFO("mean " << diff.meanAbsDiff << ", over " << diff.fractionOver);
  CHECK(diff.within(0.01, 0.5));
  // From ten times nearer every level's cells span too many pixels: full detail again.
  myo::OrbitCamera nearer = camera;
  myo::OrbitCamera::Pose close = camera.pose();
  close.distance /= 10.0f;
  nearer.easeTo(close);
  nearer.snap();
  REQUIRE(nearer.pose().distance < 0.2f * camera.pose().distance);
  (void)myo::test::renderOffscreen(renderer, nearer, kSize, kSize, 1);
  CHECK(renderer.drawnTriangles() == fullTriangles);
  // A new upload drops the levels.
  REQUIRE(renderer.upload(dense, error));
  (void)myo::test::renderOffscreen(renderer, camera, kSize, kSize, 1);
  CHECK(renderer.drawnTriangles() == fullTriangles);
}

TEST_CASE("culling a closed part's back faces leaves the picture unchanged", "[render]") {
  // A tetrahedron wound outward, seen with its back faces both drawn and culled.
  myo::Part tetrahedron;
  tetrahedron.positions = {
      {-0.5f, -0.4f, -0.3f}, {0.5f, -0.4f, -0.3f}, {0.0f, 0.5f, -0.1f}, {0.0f, -0.2f, 0.5f}};
  tetrahedron.indices = {0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3};
  myo::Model probe;
  probe.parts.push_back(tetrahedron);
  myo::markClosedParts(probe);
  REQUIRE(probe.parts[0].closed);
  tetrahedron.normals.assign(4, glm::vec3(0.0f, 0.0f, 1.0f));
  myo::Part culled = tetrahedron;
  culled.closed = true;
  OnePart drawnBoth(tetrahedron);
  OnePart drawnCulled(culled);
  drawnBoth.camera.rotate(30.0f, 20.0f);  // some faces turned away
  drawnCulled.camera = drawnBoth.camera;
  const myo::Image both = drawnBoth.render();
  const myo::Image front = drawnCulled.render();
  int worst = 0, covered = 0;
  for (int y = 0; y < kSize; ++y)
    for (int x = 0; x < kSize; ++x) {
      worst = std::max(worst, distance(at(both, x, y), at(front, x, y)));
      covered += distance(at(both, x, y), at(both, 0, y)) > 8 ? 1 : 0;  // off the background
    }
  CHECK(covered > 500);  // the tetrahedron fills a good part of the frame
  CHECK(worst == 0);
}

TEST_CASE("while moving a translucent part loses its inner layer, nothing else", "[render]") {
  myo::Part shell = myo::test::spherePart("shell", glm::vec3(0.0f), 0.4f, 24);
  OnePart scene(std::move(shell));
  scene.renderer.setPartColor(0, {0.9f, 0.9f, 0.9f, 0.4f});
  const myo::Image still = scene.render(4);
  scene.renderer.setMoving(true);
  const myo::Image moving = scene.render(4);
  const int c = kSize / 2;
  const glm::ivec4 background = at(still, 0, c);
  // Two layers of 40 % over the background at full quality, one while moving.
  const int twoLayers = distance(at(still, c, c), background);
  const int oneLayer = distance(at(moving, c, c), background);
  INFO("two layers " << twoLayers << ", one layer " << oneLayer);
  CHECK(oneLayer > 20);
  CHECK(twoLayers > oneLayer + 10);
  CHECK(at(moving, 0, c) == background);  // the background is the same
}

TEST_CASE("a new model clears the knot and pain markers of the old one", "[render]") {
  OnePart scene(myo::test::cubePart("cube", glm::vec3(0.0f), 0.3f));
  const myo::Image plain = scene.render();
  scene.renderer.setKnotMarkers({glm::vec3(0.0f, 0.0f, 0.3f)});
  scene.renderer.setSpotMarkers({glm::vec3(0.1f, 0.1f, 0.3f)});
  const myo::Image marked = scene.render();
  const int c = kSize / 2;
  CHECK(distance(at(marked, c, c), at(plain, c, c)) > 40);  // the white core of the knot
  std::string error;
  REQUIRE(scene.renderer.upload(scene.model, error));
  const myo::Image reloaded = scene.render();
  CHECK(distance(at(reloaded, c, c), at(plain, c, c)) <= 1);
}

TEST_CASE("a muscle with fibres shows faint lines along them; without, none", "[render]") {
  myo::Part plain = myo::test::cubePart("soleus.R", glm::vec3(0.0f), 0.3f);
  plain.kind = myo::PartKind::Muscle;
  myo::Part lined = plain;
  for (const glm::vec3& p : lined.positions)  // vertical fibres, a line every 10 cm across x
    lined.fibres.emplace_back(0.0f, 1.0f, 0.0f, p.x / 0.1f);
  // Along the middle row of the front face, the lines brighten and darken the same surface in
  // turn: the difference from the plain render changes sign from line to line.
  OnePart withoutFibres(plain);
  OnePart withFibres(lined);
  const myo::Image flat = withoutFibres.render();
  const myo::Image striped = withFibres.render();
  int changes = 0, previous = 0, largest = 0;
  for (int x = kSize / 2 - kSize / 8; x < kSize / 2 + kSize / 8; ++x) {
    const int d = static_cast<int>(striped.pixel(x, kSize / 2)[0]) -
                  static_cast<int>(flat.pixel(x, kSize / 2)[0]);
    largest = std::max(largest, std::abs(d));
    if (std::abs(d) < 3) continue;
    const int sign = d > 0 ? 1 : -1;
    if (previous != 0 && sign != previous) ++changes;
    previous = sign;
  }
  INFO("largest difference " << largest << ", sign changes " << changes);
  CHECK(largest >= 8);
  CHECK(changes >= 2);
  CHECK(withoutFibres.render().rgba == flat.rgba);  // and nothing without fibres changes
}
