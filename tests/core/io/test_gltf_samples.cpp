// glTF importer on the real sample files in ../shared/data/gltf (Khronos samples, Draco test
// data, atteneder edge cases): expected counts, expected errors, and Model invariants.
#include <catch2/catch.hpp>

#include <glm/gtc/epsilon.hpp>

#include <cmath>
#include <set>

#include "core/io/gltf_importer.h"
#include "support/test_paths.h"

namespace fs = std::filesystem;

namespace {

struct ExpectedModel {
  const char* path;  // under shared data gltf/
  std::size_t parts;
  std::size_t triangles;
  std::size_t textures;
};

constexpr const char* kDraco = "google_draco_testdata/";
constexpr const char* kKhronos = "google_draco_testdata/KhronosSampleModels/";

const std::vector<ExpectedModel>& expectedModels() {
  static const std::vector<ExpectedModel> kModels = {
      {"google_draco_testdata/Box/glTF/Box.gltf", 1, 12, 0},
      {"google_draco_testdata/Box/glTF_Binary/Box.glb", 1, 12, 0},
      {"google_draco_testdata/Box/glTF_Binary/Box_Draco.glb", 1, 12, 0},
      {"google_draco_testdata/BoxMetaDraco/glTF/BoxMetaDraco.gltf", 1, 12, 0},
      {"google_draco_testdata/CesiumMan/glTF/CesiumMan.gltf", 1, 4672, 1},
      {"google_draco_testdata/CesiumMan/glTF_Binary/CesiumMan.glb", 1, 4672, 1},
      {"google_draco_testdata/InterpolationTest/glTF/InterpolationTest.gltf", 10, 110, 1},
      {"google_draco_testdata/KhronosSampleModels/AnimatedMorphCube/glTF/AnimatedMorphCube.gltf", 1,
       12, 0},
      {"google_draco_testdata/KhronosSampleModels/Duck/glTF/Duck.gltf", 1, 4212, 1},
      {"google_draco_testdata/KhronosSampleModels/Duck/glTF_Binary/Duck.glb", 1, 4212, 1},
      {"google_draco_testdata/KhronosSampleModels/SimpleSparseAccessor/glTF/"
       "SimpleSparseAccessor.gltf",
       1, 12, 0},
      {"google_draco_testdata/KhronosSampleModels/TextureSettingsTest/glTF/"
       "TextureSettingsTest.gltf",
       10, 72, 3},
      {"google_draco_testdata/KhronosSampleModels/UnlitTest/glTF/UnlitTest.gltf", 2, 88, 0},
      {"google_draco_testdata/MultiUVTest/glTF/MultiUVTest.gltf", 1, 12, 1},
      {"google_draco_testdata/Triangle/glTF/Triangle.gltf", 1, 1, 0},
      {"google_draco_testdata/Triangle/glTF/Triangle_identity_matrix.gltf", 1, 1, 0},
      {"google_draco_testdata/Triangle/glTF/Triangle_translation_only_matrix.gltf", 1, 1, 0},
      {"google_draco_testdata/TwoSidedPlane/glTF/TwoSidedPlane.gltf", 1, 2, 1},
      {"google_draco_testdata/VertexColorTest/glTF/VertexColorTest.gltf", 2, 36, 2},
      {"khronos_glTF-Sample-Models/BoxTextured/glTF-Embedded/BoxTextured.gltf", 1, 12, 1},
      {"atteneder_glTF-test-models/FormatVariants/glTF-Embedded/FormatVariants.gltf", 1, 12, 1},
      {"atteneder_glTF-test-models/NoScene/NoScene.gltf", 1, 12, 0},  // no "scene": scene 0
      {"atteneder_glTF-test-models/Empty/Empty.gltf", 0, 0, 0},       // empty, with a warning
      {"atteneder_glTF-test-models/OnlyAccessors/OnlyAccessors.gltf", 0, 0, 0},
  };
  return kModels;
}

struct ExpectedError {
  const char* path;
  const char* message;
};

const std::vector<ExpectedError>& expectedErrors() {
  static const std::vector<ExpectedError> kErrors = {
      {"atteneder_glTF-test-models/EmbedBufferInvalid/EmbedBufferInvalid.gltf",
       "EmbedBufferInvalid.gltf: buffers[0].uri: data URI is not base64 (only ';base64,' data "
       "URIs are supported)"},
      {"atteneder_glTF-test-models/RainbowCuboid/meshopt-c/RainbowCuboid-meshopt-c.gltf",
       "RainbowCuboid-meshopt-c.gltf: extensionsRequired: EXT_meshopt_compression is not "
       "supported"},
  };
  return kErrors;
}

fs::path gltfData() {
  return myo::test::sharedData() / "gltf";
}

myo::Model loadSample(const std::string& relative) {
  myo::Result<myo::Model> model = myo::importGltf(gltfData() / relative);
  INFO(relative << ": " << (model ? std::string("ok") : model.error().message()));
  REQUIRE(model.ok());
  return std::move(model).value();
}

// What every imported Model promises, whatever the file.
void checkInvariants(const myo::Model& model) {
  for (const myo::Part& part : model.parts) {
    INFO(part.name);
    REQUIRE(part.normals.size() == part.positions.size());
    CHECK((part.uvs.empty() || part.uvs.size() == part.positions.size()));
    CHECK(part.indices.size() % 3 == 0);
    CHECK(part.material < static_cast<int>(model.materials.size()));
    for (std::uint32_t index : part.indices) REQUIRE(index < part.positions.size());
    for (std::size_t i = 0; i < part.positions.size(); ++i) {
      REQUIRE(std::isfinite(part.positions[i].x + part.positions[i].y + part.positions[i].z));
      REQUIRE(glm::length(part.normals[i]) == Approx(1.0f).margin(1e-4));
    }
  }
  for (const myo::Material& material : model.materials)
    CHECK(material.baseColorTexture < static_cast<int>(model.textures.size()));
  for (const myo::Texture& texture : model.textures)
    CHECK(texture.rgba.size() == static_cast<std::size_t>(texture.width * texture.height * 4));
}

}  // namespace

TEST_CASE("glTF samples: every shared model loads with the expected counts", "[gltf]") {
  MYO_REQUIRE_SHARED_DATA("gltf");
  for (const ExpectedModel& expected : expectedModels()) {
    const myo::Model model = loadSample(expected.path);
    INFO(expected.path);
    CHECK(model.parts.size() == expected.parts);
    CHECK(model.triangleCount() == expected.triangles);
    CHECK(model.textures.size() == expected.textures);
    for (const std::string& warning : model.warnings)
      CHECK(warning.find('\n') == std::string::npos);
    checkInvariants(model);
  }
}

TEST_CASE("glTF samples: broken files fail with one clear line", "[gltf]") {
  MYO_REQUIRE_SHARED_DATA("gltf");
  for (const ExpectedError& expected : expectedErrors()) {
    const myo::Result<myo::Model> model = myo::importGltf(gltfData() / expected.path);
    REQUIRE_FALSE(model.ok());
    CHECK(model.error().message() == expected.message);
  }
}

TEST_CASE("glTF samples: the list above covers every .gltf and .glb in the data", "[gltf]") {
  MYO_REQUIRE_SHARED_DATA("gltf");
  std::set<std::string> listed;
  for (const ExpectedModel& m : expectedModels()) listed.insert(m.path);
  for (const ExpectedError& e : expectedErrors()) listed.insert(e.path);
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(gltfData())) {
    const std::string extension = entry.path().extension().string();
    if (extension != ".gltf" && extension != ".glb") continue;
    const std::string relative = fs::relative(entry.path(), gltfData()).generic_string();
    INFO(relative);
    CHECK(listed.count(relative) == 1);
  }
}

TEST_CASE("glTF samples: details of Box, Draco Box, Duck, sparse and empty files", "[gltf]") {
  MYO_REQUIRE_SHARED_DATA("gltf");
  const myo::Model box = loadSample(std::string(kDraco) + "Box/glTF/Box.gltf");
  const myo::Model draco = loadSample(std::string(kDraco) + "Box/glTF_Binary/Box_Draco.glb");
  CHECK(draco.triangleCount() == box.triangleCount());
  // Same unit cube; this Box.gltf's root matrix translates it by (0, 0, 2), the Draco copy's
  // root matrix only turns it from Y-up to Z-up.
  const myo::Bounds a = myo::modelBounds(box);
  const myo::Bounds b = myo::modelBounds(draco);
  CHECK(glm::all(glm::epsilonEqual(a.size(), glm::vec3(1.0f), 1e-5f)));
  CHECK(glm::all(glm::epsilonEqual(b.size(), glm::vec3(1.0f), 1e-3f)));
  CHECK(glm::all(glm::epsilonEqual(a.center(), glm::vec3(0, 0, 2), 1e-5f)));
  CHECK(glm::all(glm::epsilonEqual(b.center(), glm::vec3(0.0f), 1e-3f)));

  const myo::Model duck = loadSample(std::string(kKhronos) + "Duck/glTF/Duck.gltf");
  REQUIRE(duck.materials.size() == 1);
  CHECK(duck.materials[0].baseColorTexture == 0);
  CHECK(duck.textures[0].width > 0);
  CHECK(duck.parts[0].uvs.size() == duck.parts[0].positions.size());

  const myo::Model sparse =
      loadSample(std::string(kKhronos) + "SimpleSparseAccessor/glTF/SimpleSparseAccessor.gltf");
  const myo::Bounds s = myo::modelBounds(sparse);
  CHECK(glm::all(
      glm::epsilonEqual(s.max, glm::vec3(6, 4, 0), 1e-5f)));  // raised by the sparse values

  const myo::Model empty = loadSample("atteneder_glTF-test-models/Empty/Empty.gltf");
  CHECK(empty.warnings == std::vector<std::string>{"Empty.gltf: the scene holds no triangles"});
}
