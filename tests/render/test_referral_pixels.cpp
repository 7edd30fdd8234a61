// The referral heatmap on the GPU agrees with the CPU formula through the colormap: a quad
// painted with a constant field, drawn at several times and colormaps, against referralShade and
// colormapColor. Tolerance: 3/255 per channel (8-bit output and interpolation of the stops).
// The pain drawing and the isolines, each a shader variant of its own, show only where asked.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/referral/colormap.h"
#include "core/referral/referral_animation.h"
#include "render/render_fixture.h"

namespace {

// A 1 m square facing +Z, all four vertices carrying the same referral values.
myo::Model paintedQuad() {
  myo::Part quad;
  quad.name = "skin";
  quad.kind = myo::PartKind::Skin;
  quad.positions = {
      {-0.5f, -0.5f, 0.0f}, {0.5f, -0.5f, 0.0f}, {0.5f, 0.5f, 0.0f}, {-0.5f, 0.5f, 0.0f}};
  quad.normals.assign(4, glm::vec3(0.0f, 0.0f, 1.0f));
  quad.indices = {0, 1, 2, 0, 2, 3};
  myo::Model model;
  model.parts.push_back(quad);
  return model;
}

// The painted quad uploaded and framed from the front for 64 x 64 pictures.
struct QuadScene {
  myo::Model model = paintedQuad();
  myo::SceneRenderer renderer;
  myo::OrbitCamera camera;

  QuadScene() {
    std::string error;
    REQUIRE(renderer.upload(model, error));
    camera = myo::test::framedCamera(model, myo::ViewPreset::Front, 64, 64);
  }
  myo::Image render() { return myo::test::renderOffscreen(renderer, camera, 64, 64, 1); }
};

}  // namespace

TEST_CASE("heatmap pixels match the CPU formula through the colormap", "[render][referral]") {
  myo::test::requireGlContext();
  QuadScene scene;
  struct Case {
    glm::vec3 field;  // distance (m), essential, spillover
    float seconds;
    myo::Colormap map;
  };
  const Case cases[] = {{{0.3f, 0.9f, 0.0f}, 1.0f, myo::Colormap::Warm},
                        {{0.3f, 0.9f, 0.0f}, 5.2f, myo::Colormap::Warm},  // breathing
                        {{0.2f, 0.0f, 1.0f}, 2.0f, myo::Colormap::Viridis},
                        {{0.01f, 0.0f, 0.0f}, 0.3f, myo::Colormap::Cividis},  // the knot
                        {{0.5f, 0.7f, 0.4f}, 3.3f, myo::Colormap::Cividis}};
  for (const Case& c : cases) {
    scene.renderer.setReferralFields(0, {std::vector<glm::vec3>(4, c.field)});
    const myo::ReferralAnimation animation;
    scene.renderer.setReferralFrame(c.seconds, animation, c.map);
    const myo::Image image = scene.render();
    const float shade = myo::referralShade(c.field.x, c.field.y, c.field.z, c.seconds, animation);
    REQUIRE(shade >= 0.25f);  // fully painted: the pixel is the colormap's colour itself
    const glm::vec3 expected = 255.0f * myo::colormapColor(c.map, shade);
    const std::uint8_t* pixel = image.pixel(32, 32);
    INFO("t = " << c.seconds << " s, shade " << shade << ", map " << myo::colormapName(c.map));
    for (int k = 0; k < 3; ++k) CHECK(std::abs(pixel[k] - expected[k]) <= 3.0f);
  }
  // Two fields combine by max: a lit zone over the other field's dark spot shows the lit one.
  const myo::ReferralAnimation animation;
  scene.renderer.setReferralFields(0, {std::vector<glm::vec3>(4, glm::vec3(0.6f, 0.0f, 0.0f)),
                                       std::vector<glm::vec3>(4, glm::vec3(0.3f, 0.8f, 0.0f))});
  scene.renderer.setReferralFrame(2.0f, animation, myo::Colormap::Viridis);
  const myo::Image both = scene.render();
  const float combined = std::max(myo::referralShade(0.6f, 0.0f, 0.0f, 2.0f, animation),
                                  myo::referralShade(0.3f, 0.8f, 0.0f, 2.0f, animation));
  const glm::vec3 expected = 255.0f * myo::colormapColor(myo::Colormap::Viridis, combined);
  for (int k = 0; k < 3; ++k) CHECK(std::abs(both.pixel(32, 32)[k] - expected[k]) <= 3.0f);
  // Without a field the part keeps its lit colour: not the colormap's.
  scene.renderer.clearReferralFields();
  const myo::Image plain = scene.render();
  const glm::vec3 heat = 255.0f * myo::colormapColor(myo::Colormap::Cividis, 0.7f);
  CHECK(std::abs(plain.pixel(32, 32)[2] - heat.z) > 10.0f);
}

TEST_CASE("knot markers shine on the facing surface and show dimmed behind it",
          "[render][referral]") {
  myo::test::requireGlContext();
  QuadScene scene;
  const myo::Image before = scene.render();
  scene.renderer.setKnotMarkers({{0.0f, 0.0f, 0.0f}});  // on the quad, at its centre
  const myo::Image onSurface = scene.render();
  const std::uint8_t* centre = onSurface.pixel(32, 32);
  CHECK(centre[0] > 240);  // the white core
  CHECK(centre[1] > 240);
  CHECK(centre[2] > 240);
  CHECK(before.pixel(32, 32)[2] < 200);  // the quad alone is not white there
  CHECK(std::abs(onSurface.pixel(2, 2)[0] - before.pixel(2, 2)[0]) <= 1);  // nothing far away
  scene.renderer.setKnotMarkers({{0.0f, 0.0f, -0.2f}});                    // 20 cm behind the quad
  const myo::Image hidden = scene.render();
  const std::uint8_t* dimmed = hidden.pixel(32, 32);
  INFO(int(dimmed[0]) << " " << int(dimmed[1]) << " " << int(dimmed[2]) << " over "
                      << int(before.pixel(32, 32)[2]));
  CHECK(dimmed[2] > before.pixel(32, 32)[2] + 15);  // still there, to be found
  CHECK(dimmed[2] < 200);                           // but clearly not in view
  scene.renderer.setKnotMarkers({});
  const myo::Image cleared = scene.render();
  CHECK(std::abs(cleared.pixel(32, 32)[2] - before.pixel(32, 32)[2]) <= 1);
}

TEST_CASE("a pain drawing shows in its own channel, in cool colours", "[render][referral]") {
  myo::test::requireGlContext();
  QuadScene scene;
  const myo::Image plain = scene.render();
  scene.renderer.setPainWeights(0, std::vector<float>(4, 1.0f), 0);  // severe everywhere
  const myo::Image drawn = scene.render();
  const std::uint8_t* p = drawn.pixel(32, 32);
  INFO(int(p[0]) << " " << int(p[1]) << " " << int(p[2]));
  CHECK(p[2] > p[0] + 40);  // violet: blue well above red, red above green
  CHECK(p[0] > p[1]);
  CHECK(std::abs(p[2] - plain.pixel(32, 32)[2]) > 30);
  scene.renderer.showPainChannel(1);  // the other entry has no drawing
  const myo::Image other = scene.render();
  for (int k = 0; k < 3; ++k) CHECK(other.pixel(32, 32)[k] == plain.pixel(32, 32)[k]);
}

TEST_CASE("isolines draw dark lines of equal distance behind the front", "[render][referral]") {
  myo::test::requireGlContext();
  QuadScene scene;
  // Distance grows from 0.2 m on the left edge to 1.2 m on the right; a zone everywhere.
  scene.renderer.setReferralFields(
      0, {{{0.2f, 1.0f, 0.0f}, {1.2f, 1.0f, 0.0f}, {1.2f, 1.0f, 0.0f}, {0.2f, 1.0f, 0.0f}}});
  scene.renderer.setReferralFrame(5.0f, {}, myo::Colormap::Warm);  // the front has arrived
  // Pixels across the middle row, inside the quad, darker than its brightest (the heat between
  // lines) by 60/765.
  const auto darkened = [](const myo::Image& image) {
    int reference = 0, count = 0;
    for (int x = 12; x < 52; ++x) {
      const std::uint8_t* p = image.pixel(x, 32);
      reference = std::max(reference, p[0] + p[1] + p[2]);
    }
    for (int x = 12; x < 52; ++x) {
      const std::uint8_t* p = image.pixel(x, 32);
      count += p[0] + p[1] + p[2] < reference - 60 ? 1 : 0;
    }
    return count;
  };
  CHECK(darkened(scene.render()) == 0);
  scene.renderer.setReferralIsolines(0.1f);  // every 10 cm: a line every 4–5 px here
  const int lines = darkened(scene.render());
  CHECK(lines >= 6);
  CHECK(lines <= 20);  // thin lines, not a darker field
  scene.renderer.setReferralIsolines(0.0f);
  CHECK(darkened(scene.render()) == 0);
}
