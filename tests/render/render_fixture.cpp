// Render test helpers: EGL context, procedural test meshes, golden-image checks.
#include "render/render_fixture.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <memory>

#include <glm/gtx/euler_angles.hpp>

#include "render/egl_context.h"
#include "render/offscreen_target.h"
#include "support/test_paths.h"

namespace myo::test {

void requireGlContext() {
  static std::string error;
  static const std::unique_ptr<EglContext> context = EglContext::create(error);
  if (!context) FAIL("render tests need an EGL context (Mesa surfaceless or a GPU): " << error);
}

Part cubePart(const std::string& name, const glm::vec3& centre, float half,
              const glm::vec3& rotation) {
  const glm::mat3 turn = glm::mat3(glm::eulerAngleXYZ(rotation.x, rotation.y, rotation.z));
  Part part;
  part.name = name;
  for (int axis = 0; axis < 3; ++axis) {
    for (float sign : {1.0f, -1.0f}) {
      glm::vec3 normal(0.0f);
      normal[axis] = sign;
      // Two axes spanning the face, ordered so (u, v, normal) is right-handed (CCW outside).
      glm::vec3 u(0.0f);
      u[(axis + 1) % 3] = sign;
      const glm::vec3 v = glm::cross(normal, u);
      const auto base = static_cast<std::uint32_t>(part.positions.size());
      for (const glm::vec2 corner :
           {glm::vec2(-1, -1), glm::vec2(1, -1), glm::vec2(1, 1), glm::vec2(-1, 1)}) {
        part.positions.push_back(centre + turn * (half * (normal + corner.x * u + corner.y * v)));
        part.normals.push_back(turn * normal);
        part.uvs.push_back(0.5f * (corner + 1.0f));
      }
      for (std::uint32_t i : {0u, 1u, 2u, 0u, 2u, 3u}) part.indices.push_back(base + i);
    }
  }
  return part;
}

Texture checkerTexture(int size, const glm::u8vec4& a, const glm::u8vec4& b) {
  Texture texture;
  texture.name = "checker";
  texture.width = texture.height = size;
  for (int y = 0; y < size; ++y) {
    for (int x = 0; x < size; ++x) {
      const glm::u8vec4 c = ((x * 8 / size + y * 8 / size) % 2 == 0) ? a : b;
      texture.rgba.insert(texture.rgba.end(), {c.x, c.y, c.z, c.w});
    }
  }
  return texture;
}

Model cubeAndSphere() {
  Model model;
  model.source = "cube and sphere";
  Material red;
  red.name = "red";
  red.baseColor = {0.60f, 0.05f, 0.04f, 1.0f};
  red.hasColor = true;
  Material checker;
  checker.name = "checker";
  checker.baseColorTexture = 0;
  model.materials = {red, checker};
  model.textures.push_back(checkerTexture(64, {235, 225, 200, 255}, {30, 120, 130, 255}));
  model.parts.push_back(cubePart("cube", {-0.35f, 0.0f, 0.0f}, 0.22f, {0.45f, 0.6f, 0.0f}));
  model.parts.back().material = 0;
  model.parts.push_back(spherePart("sphere", {0.35f, 0.0f, 0.0f}, 0.28f));
  model.parts.back().material = 1;
  return model;
}

OrbitCamera framedCamera(const Model& model, ViewPreset preset, int width, int height) {
  return myo::framedCamera(modelBounds(model), preset,
                           static_cast<float>(width) / static_cast<float>(height));
}

Image renderOffscreen(SceneRenderer& renderer, const OrbitCamera& camera, int width, int height,
                      int samples) {
  OffscreenTarget target;
  std::string error;
  if (!target.create(width, height, samples, error)) FAIL(error);
  target.bind();
  renderer.draw(camera, width, height);
  target.resolve();
  return target.readPixels();
}

void checkGolden(const std::string& name, const Image& actual) {
  const std::filesystem::path golden =
      fixtures().parent_path() / "render" / "golden" / (name + ".png");
  const char* update = std::getenv("MYOSCOPE_UPDATE_GOLDENS");
  if (update != nullptr && std::string(update) == "1") {
    REQUIRE(writePngAtomic(actual, golden).ok());
    WARN("updated golden " << golden.string());
    return;
  }
  Result<Image> expected = readPng(golden);
  if (!expected) {
    FAIL(expected.error().message() << " (generate with MYOSCOPE_UPDATE_GOLDENS=1)");
  }
  const ImageDiff diff = compareImages(actual, expected.value(), 16);
  if (diff.within(0.02, 1.5)) return;
  const std::filesystem::path actualFile = scratch() / (name + ".actual.png");
  const std::filesystem::path diffFile = scratch() / (name + ".diff.png");
  REQUIRE(writePngAtomic(actual, actualFile).ok());
  if (diff.error.empty()) REQUIRE(writePngAtomic(diff.diffImage, diffFile).ok());
  FAIL(name << " differs from " << golden.string() << ": " << diff.error << " "
            << 100.0 * diff.fractionOver << " % of pixels over 16/255 (limit 2 %), mean abs diff "
            << diff.meanAbsDiff << " (limit 1.5), max " << diff.maxDiff
            << "\n  actual: " << actualFile.string() << "\n  diff:   " << diffFile.string());
}

}  // namespace myo::test
