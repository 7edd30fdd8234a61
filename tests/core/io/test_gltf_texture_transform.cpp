// KHR_texture_transform: offset, rotation, scale and texCoord baked into a part's texture
// coordinates; a file that requires the extension loads; a malformed transform is one warning.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/io/gltf_importer.h"
#include "core/io/test_gltf_writer.h"

using myo::test::GltfBuilder;
using myo::test::GltfContainer;
using nlohmann::json;

namespace {

// One textured triangle whose base colour texture carries `transform` (null: none) and whose
// TEXCOORD_0 is (0,0) (1,0) (0,1) and TEXCOORD_1 is (0.5,0.5) for every vertex.
GltfBuilder texturedTriangle(const json& transform) {
  GltfBuilder b;
  const int positions = b.accessor(std::vector<float>{0, 0, 0, 1, 0, 0, 0, 1, 0}, "VEC3");
  const int uv0 = b.accessor(std::vector<float>{0, 0, 1, 0, 0, 1}, "VEC2");
  const int uv1 = b.accessor(std::vector<float>{0.5f, 0.5f, 0.5f, 0.5f, 0.5f, 0.5f}, "VEC2");
  b.add("images", {{"bufferView", b.view(myo::test::tinyPng())}, {"mimeType", "image/png"}});
  b.add("textures", {{"source", 0}});
  json textureInfo = {{"index", 0}};
  if (!transform.is_null()) textureInfo["extensions"]["KHR_texture_transform"] = transform;
  b.add("materials", {{"pbrMetallicRoughness", {{"baseColorTexture", textureInfo}}}});
  b.add("meshes",
        {{"primitives",
          {{{"attributes", {{"POSITION", positions}, {"TEXCOORD_0", uv0}, {"TEXCOORD_1", uv1}}},
            {"material", 0}}}}});
  b.add("nodes", {{"name", "patch"}, {"mesh", 0}});
  b.doc["scenes"] = json::array({{{"nodes", {0}}}});
  b.doc["scene"] = 0;
  b.doc["extensionsUsed"] = {"KHR_texture_transform"};
  b.doc["extensionsRequired"] = {"KHR_texture_transform"};
  return b;
}

myo::Model loadBuilt(GltfBuilder& b, const std::string& name) {
  // A folder per file: ctest runs the cases in parallel and each clears its own folder.
  const auto file =
      b.write(myo::test::gltfScratch("texture_transform_" + name) / name, GltfContainer::Glb);
  myo::Result<myo::Model> model = myo::importGltf(file);
  INFO((model ? std::string() : model.error().message()));
  REQUIRE(model.ok());
  REQUIRE(model.value().parts.size() == 1);
  return std::move(model).value();
}

void requireUvs(const myo::Model& model, const std::vector<glm::vec2>& expected) {
  const std::vector<glm::vec2>& uvs = model.parts[0].uvs;
  REQUIRE(uvs.size() == expected.size());
  for (std::size_t i = 0; i < uvs.size(); ++i) {
    INFO("vertex " << i << ": (" << uvs[i].x << ", " << uvs[i].y << ")");
    CHECK(std::fabs(uvs[i].x - expected[i].x) < 1e-5f);
    CHECK(std::fabs(uvs[i].y - expected[i].y) < 1e-5f);
  }
}

}  // namespace

TEST_CASE("KHR_texture_transform: a file that requires it loads with its offset applied",
          "[gltf][texture_transform]") {
  GltfBuilder b = texturedTriangle({{"offset", {0.5, 0.25}}});
  const myo::Model model = loadBuilt(b, "offset.glb");
  requireUvs(model, {{0.5f, 0.25f}, {1.5f, 0.25f}, {0.5f, 1.25f}});
  CHECK(model.warnings.empty());
}

TEST_CASE("KHR_texture_transform: scale, then rotation, then offset", "[gltf][texture_transform]") {
  SECTION("scale alone") {
    GltfBuilder b = texturedTriangle({{"scale", {2, 3}}});
    requireUvs(loadBuilt(b, "scale.glb"), {{0, 0}, {2, 0}, {0, 3}});
  }
  SECTION("a quarter turn takes u to -v and v to u") {
    GltfBuilder b = texturedTriangle({{"rotation", M_PI / 2}});
    requireUvs(loadBuilt(b, "rotation.glb"), {{0, 0}, {0, -1}, {1, 0}});
  }
  SECTION("all three, in the extension's order") {
    GltfBuilder b =
        texturedTriangle({{"offset", {1, 1}}, {"rotation", M_PI / 2}, {"scale", {2, 2}}});
    requireUvs(loadBuilt(b, "all.glb"), {{1, 1}, {1, -1}, {3, 1}});
  }
}

TEST_CASE("KHR_texture_transform: texCoord picks the coordinate set", "[gltf][texture_transform]") {
  GltfBuilder b = texturedTriangle({{"texCoord", 1}, {"offset", {0.25, 0}}});
  requireUvs(loadBuilt(b, "texcoord.glb"), {{0.75f, 0.5f}, {0.75f, 0.5f}, {0.75f, 0.5f}});
}

TEST_CASE("KHR_texture_transform: a malformed transform is one warning and is not applied",
          "[gltf][texture_transform]") {
  GltfBuilder b = texturedTriangle({{"offset", {0.5}}});
  const myo::Model model = loadBuilt(b, "malformed.glb");
  requireUvs(model, {{0, 0}, {1, 0}, {0, 1}});
  REQUIRE(model.warnings.size() == 1);
  CHECK(model.warnings[0] ==
        "malformed.glb: materials[0].pbrMetallicRoughness.baseColorTexture.extensions."
        "KHR_texture_transform.offset: needs 2 numbers; the texture transform is ignored");
}

TEST_CASE("glTF: an unknown optional extension is one warning, a required one a named refusal",
          "[gltf][texture_transform]") {
  GltfBuilder b = texturedTriangle(nullptr);
  b.doc["extensionsUsed"] = {"EXT_future_thing"};
  b.doc["extensionsRequired"] = json::array();
  const myo::Model model = loadBuilt(b, "optional.glb");
  REQUIRE(model.warnings.size() == 1);
  CHECK(model.warnings[0] ==
        "optional.glb: extensionsUsed: EXT_future_thing is not supported; its data is ignored");

  b.doc["extensionsRequired"] = {"EXT_future_thing"};
  const auto file = b.write(myo::test::gltfScratch("texture_transform_required") / "required.glb",
                            GltfContainer::Glb);
  const myo::Result<myo::Model> refused = myo::importGltf(file);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().message().find("required.glb: extensionsRequired: EXT_future_thing is "
                                       "not supported") != std::string::npos);
}
