// Default part colours by kind and the material-or-default rule.
#include <catch2/catch.hpp>

#include "core/anatomy/part_colors.h"

namespace {

float luminance(const glm::vec4& c) {
  return 0.2126f * c.x + 0.7152f * c.y + 0.0722f * c.z;
}

myo::Part partOfKind(myo::PartKind kind, int material = -1) {
  myo::Part part;
  part.kind = kind;
  part.material = material;
  return part;
}

}  // namespace

TEST_CASE("default colours read as their tissue", "[colors]") {
  using myo::PartKind;
  const glm::vec4 muscle = myo::defaultPartColorSrgb(PartKind::Muscle);
  CHECK(muscle.x == Approx(0.62f));
  CHECK(muscle.y == Approx(0.16f));
  CHECK(muscle.z == Approx(0.13f));
  const glm::vec4 tendon = myo::defaultPartColorSrgb(PartKind::Tendon);
  CHECK(luminance(tendon) > luminance(muscle) + 0.3f);
  CHECK(tendon.x >= tendon.y);  // pinkish white
  const glm::vec4 bone = myo::defaultPartColorSrgb(PartKind::Bone);
  CHECK(bone.x >= bone.y);  // ivory: warm, yellow over blue
  CHECK(bone.y > bone.z);
  const glm::vec4 skin = myo::defaultPartColorSrgb(PartKind::Skin);
  CHECK(skin.x > skin.y);
  CHECK(skin.y > skin.z);
  for (PartKind kind : {PartKind::Unknown, PartKind::Other}) {
    const glm::vec4 grey = myo::defaultPartColorSrgb(kind);
    CHECK(grey.x == grey.y);
    CHECK(grey.y == grey.z);
    CHECK(grey.x > 0.6f);
  }
  for (PartKind kind : {PartKind::Muscle, PartKind::Tendon, PartKind::Bone, PartKind::Skin,
                        PartKind::Unknown, PartKind::Other}) {
    CHECK(myo::defaultPartColorSrgb(kind).w == 1.0f);
  }
}

TEST_CASE("partBaseColor prefers the file's colour or texture, else the kind's", "[colors]") {
  myo::Model model;
  model.materials.resize(3);
  model.materials[0].baseColor = {0.1f, 0.2f, 0.3f, 0.5f};
  model.materials[0].hasColor = true;
  model.materials[1].baseColorTexture = 0;  // textured, factor left at white
  model.textures.resize(1);
  // materials[2] says nothing.

  const glm::vec4 given = myo::partBaseColor(model, partOfKind(myo::PartKind::Muscle, 0));
  CHECK(given == glm::vec4(0.1f, 0.2f, 0.3f, 0.5f));
  CHECK(myo::partBaseColor(model, partOfKind(myo::PartKind::Bone, 1)) == glm::vec4(1.0f));

  const glm::vec4 expected{myo::srgbToLinear(glm::vec3(0.62f, 0.16f, 0.13f)), 1.0f};
  for (int material : {-1, 2}) {
    const glm::vec4 muscle = myo::partBaseColor(model, partOfKind(myo::PartKind::Muscle, material));
    CHECK(muscle.x == Approx(expected.x));
    CHECK(muscle.y == Approx(expected.y));
    CHECK(muscle.z == Approx(expected.z));
    CHECK(muscle.w == 1.0f);
  }
}

TEST_CASE("one shared untextured grey is an exporter default, so kinds decide", "[colors]") {
  myo::Model model;
  model.materials.resize(2);
  for (myo::Material& m : model.materials) {
    m.baseColor = {0.8f, 0.8f, 0.8f, 1.0f};  // Blender's default, on every part
    m.hasColor = true;
  }
  model.parts = {partOfKind(myo::PartKind::Muscle, 0), partOfKind(myo::PartKind::Bone, 1)};
  CHECK_FALSE(myo::fileColorsAreMeaningful(model));
  const std::vector<glm::vec4> colors = myo::partBaseColors(model);
  REQUIRE(colors.size() == 2);
  CHECK(colors[0] == myo::partBaseColor(model, model.parts[0]));
  CHECK(colors[0].x > 3.0f * colors[0].y);  // muscle red, not the file's grey
  CHECK(colors[1].x > colors[1].z);         // ivory bone

  model.materials[1].baseColor = {0.7f, 0.7f, 0.7f, 1.0f};  // two greys: a deliberate choice
  CHECK(myo::fileColorsAreMeaningful(model));
  CHECK(myo::partBaseColors(model)[1] == glm::vec4(0.7f, 0.7f, 0.7f, 1.0f));
  model.materials[1].baseColor = {0.8f, 0.8f, 0.8f, 1.0f};
  model.materials[1].baseColorTexture = 0;  // a texture is always meaningful
  model.textures.resize(1);
  CHECK(myo::fileColorsAreMeaningful(model));
  CHECK(myo::fileColorsAreMeaningful(myo::Model{}) == false);
}

TEST_CASE("sRGB conversions match the standard and invert each other", "[colors]") {
  CHECK(myo::srgbToLinear(0.0f) == 0.0f);
  CHECK(myo::srgbToLinear(1.0f) == Approx(1.0f));
  CHECK(myo::srgbToLinear(0.5f) == Approx(0.21404f).epsilon(1e-4));
  CHECK(myo::linearToSrgb(0.0031308f) == Approx(0.04045f).epsilon(1e-3));
  for (float v = 0.0f; v <= 1.0f; v += 0.05f) {
    CHECK(myo::linearToSrgb(myo::srgbToLinear(v)) == Approx(v).margin(1e-5));
  }
  const glm::vec3 back = myo::linearToSrgb(myo::srgbToLinear(glm::vec3(0.2f, 0.5f, 0.9f)));
  CHECK(back.x == Approx(0.2f));
  CHECK(back.z == Approx(0.9f));
}
