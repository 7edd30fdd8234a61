// Golden-image tests of the scene renderer on a cube and a textured sphere.
#include <catch2/catch.hpp>

#include "render/render_fixture.h"

namespace {

constexpr int kWidth = 200;
constexpr int kHeight = 150;

struct GoldenScene {
  myo::Model model = myo::test::cubeAndSphere();
  myo::SceneRenderer renderer;

  GoldenScene() {
    myo::test::requireGlContext();
    std::string error;
    if (!renderer.upload(model, error)) FAIL(error);
  }
  myo::Image render(myo::ViewPreset preset) {
    return myo::test::renderOffscreen(
        renderer, myo::test::framedCamera(model, preset, kWidth, kHeight), kWidth, kHeight, 4);
  }
};

}  // namespace

TEST_CASE("golden: cube and textured sphere from the front", "[render][golden]") {
  GoldenScene scene;
  myo::test::checkGolden("front", scene.render(myo::ViewPreset::Front));
}

TEST_CASE("golden: cube and textured sphere from the left", "[render][golden]") {
  GoldenScene scene;
  myo::test::checkGolden("left", scene.render(myo::ViewPreset::Left));
}

TEST_CASE("golden: a hidden part is not drawn", "[render][golden]") {
  GoldenScene scene;
  scene.renderer.setPartVisible(1, false);
  myo::test::checkGolden("front_sphere_hidden", scene.render(myo::ViewPreset::Front));
}

TEST_CASE("golden: the highlighted part glows", "[render][golden]") {
  GoldenScene scene;
  scene.renderer.setHighlightedPart(0);
  myo::test::checkGolden("front_cube_highlighted", scene.render(myo::ViewPreset::Front));
}

TEST_CASE("golden: a translucent sphere shows the cube behind it", "[render][golden]") {
  GoldenScene scene;
  scene.renderer.setPartColor(1, {1.0f, 1.0f, 1.0f, 0.45f});
  myo::test::checkGolden("left_sphere_translucent", scene.render(myo::ViewPreset::Left));
}
