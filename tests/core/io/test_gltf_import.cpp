// glTF importer on small files written by the tests: hierarchy transforms, topology, normals,
// materials and textures, names, extras, landmarks, quantized and sparse accessors.
#include <catch2/catch.hpp>

#include "core/io/gltf_importer.h"
#include "core/io/test_gltf_writer.h"

using myo::test::GltfBuilder;
using myo::test::GltfContainer;
using nlohmann::json;

namespace {

constexpr float kEps = 1e-5f;

bool near(const glm::vec3& a, const glm::vec3& b, float eps = kEps) {
  return glm::all(glm::lessThan(glm::abs(a - b), glm::vec3(eps)));
}

myo::Model load(const std::filesystem::path& file) {
  myo::Result<myo::Model> model = myo::importGltf(file);
  INFO((model ? std::string() : model.error().message()));
  REQUIRE(model.ok());
  return std::move(model).value();
}

// One right-angled triangle (0,0,0) (1,0,0) (0,1,0) in mesh 0, with uint16 indices.
int addTriangleMesh(GltfBuilder& b, const std::string& name = "") {
  const int positions = b.accessor(std::vector<float>{0, 0, 0, 1, 0, 0, 0, 1, 0}, "VEC3");
  const int indices = b.accessor(std::vector<std::uint16_t>{0, 1, 2, 0}, "SCALAR");
  b.doc["accessors"][indices]["count"] = 3;
  json mesh = {{"primitives", {{{"attributes", {{"POSITION", positions}}}, {"indices", indices}}}}};
  if (!name.empty()) mesh["name"] = name;
  return b.add("meshes", mesh);
}

void setScene(GltfBuilder& b, const std::vector<int>& roots) {
  b.doc["scenes"] = json::array({{{"nodes", roots}}});
  b.doc["scene"] = 0;
}

}  // namespace

TEST_CASE("glTF: a two-level TRS hierarchy puts vertices in world space", "[gltf]") {
  const GltfContainer container =
      GENERATE(GltfContainer::ExternalBin, GltfContainer::DataUri, GltfContainer::Glb);
  GltfBuilder b;
  const int mesh = addTriangleMesh(b);
  // parent: translate (10,0,0) · rotate 90° about +Z · scale 2; child: translate (0,1,0).
  b.add("nodes", {{"name", "parent"},
                  {"children", {1}},
                  {"translation", {10, 0, 0}},
                  {"rotation", {0, 0, 0.70710678, 0.70710678}},
                  {"scale", {2, 2, 2}}});
  b.add("nodes", {{"name", "child"}, {"mesh", mesh}, {"translation", {0, 1, 0}}});
  setScene(b, {0});
  const auto dir =
      myo::test::gltfScratch("hierarchy" + std::to_string(static_cast<int>(container)));
  const std::string name = container == GltfContainer::Glb ? "tri.glb" : "tri.gltf";
  const myo::Model model = load(b.write(dir / name, container));

  REQUIRE(model.parts.size() == 1);
  const myo::Part& part = model.parts[0];
  CHECK(part.name == "child");
  REQUIRE(part.positions.size() == 3);
  CHECK(near(part.positions[0], {8, 0, 0}));
  CHECK(near(part.positions[1], {8, 2, 0}));
  CHECK(near(part.positions[2], {6, 0, 0}));
  CHECK(part.indices == std::vector<std::uint32_t>{0, 1, 2});
  // No NORMAL attribute: computed from the (rotated, still counter-clockwise) triangle.
  REQUIRE(part.normals.size() == 3);
  for (const glm::vec3& n : part.normals) CHECK(near(n, {0, 0, 1}));
  CHECK(part.material == -1);
  CHECK(model.warnings.empty());
  CHECK(model.source == (dir / name).string());
  CHECK(part.sourceFile == (dir / name).string());
}

TEST_CASE("glTF: a mirroring matrix flips the winding and keeps normals outward", "[gltf]") {
  GltfBuilder b;
  const int positions = b.accessor(std::vector<float>{0, 0, 0, 1, 0, 0, 0, 1, 0}, "VEC3");
  const int normals = b.accessor(std::vector<float>{0, 0, 2, 0, 0, 2, 0, 0, 2}, "VEC3");
  b.add("meshes",
        {{"primitives", {{{"attributes", {{"POSITION", positions}, {"NORMAL", normals}}}}}}});
  // Column-major: scale x by -1, then translate by (0, 0, 3).
  b.add("nodes", {{"mesh", 0}, {"matrix", {-1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 3, 1}}});
  setScene(b, {0});
  const myo::Model model =
      load(b.write(myo::test::gltfScratch("mirror") / "m.gltf", GltfContainer::DataUri));

  REQUIRE(model.parts.size() == 1);
  const myo::Part& part = model.parts[0];
  CHECK(near(part.positions[1], {-1, 0, 3}));
  CHECK(part.indices == std::vector<std::uint32_t>{0, 2, 1});
  const glm::vec3 face =
      glm::cross(part.positions[part.indices[1]] - part.positions[part.indices[0]],
                 part.positions[part.indices[2]] - part.positions[part.indices[0]]);
  for (const glm::vec3& n : part.normals) {
    CHECK(near(n, {0, 0, 1}));  // given (0,0,2): unit length after import
    CHECK(glm::dot(n, face) > 0.0f);
  }
}

TEST_CASE("glTF: triangle strips and fans become triangle lists; lines are skipped", "[gltf]") {
  GltfBuilder b;
  const int positions =
      b.accessor(std::vector<float>{0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0, 2, 0, 0}, "VEC3");
  const int strip = b.accessor(std::vector<std::uint32_t>{0, 1, 2, 3, 4}, "SCALAR");
  const int stitched = b.accessor(std::vector<std::uint32_t>{0, 1, 2, 2, 3}, "SCALAR");
  const json attributes = {{"POSITION", positions}};
  b.add("meshes", {{"name", "ribbon"},
                   {"primitives",
                    {{{"attributes", attributes}, {"indices", strip}, {"mode", 5}},
                     {{"attributes", attributes}, {"mode", 6}},
                     {{"attributes", attributes}, {"mode", 1}},
                     {{"attributes", attributes}, {"indices", stitched}, {"mode", 5}}}}});
  b.add("nodes", {{"mesh", 0}});
  setScene(b, {0});
  const myo::Model model =
      load(b.write(myo::test::gltfScratch("topology") / "t.gltf", GltfContainer::ExternalBin));

  REQUIRE(model.parts.size() == 3);
  CHECK(model.parts[0].name == "ribbon");
  CHECK(model.parts[1].name == "ribbon#2");
  CHECK(model.parts[2].name == "ribbon#3");
  CHECK(model.parts[0].indices == std::vector<std::uint32_t>{0, 1, 2, 1, 3, 2, 2, 3, 4});
  CHECK(model.parts[1].indices == std::vector<std::uint32_t>{1, 2, 0, 2, 3, 0, 3, 4, 0});
  CHECK(model.parts[2].indices == std::vector<std::uint32_t>{0, 1, 2});  // stitches dropped
  REQUIRE(model.warnings.size() == 1);
  CHECK(model.warnings[0] ==
        "t.gltf: meshes[0].primitives[2]: mode 1 (points or lines) skipped; only triangles are "
        "imported");
}

TEST_CASE("glTF: base colour factor and texture from data URI, file and GLB bufferView", "[gltf]") {
  const GltfContainer container =
      GENERATE(GltfContainer::ExternalBin, GltfContainer::DataUri, GltfContainer::Glb);
  const auto dir = myo::test::gltfScratch("material" + std::to_string(static_cast<int>(container)));
  GltfBuilder b;
  const int positions = b.accessor(std::vector<float>{0, 0, 0, 1, 0, 0, 0, 1, 0}, "VEC3");
  const int uvs = b.accessor(std::vector<float>{0, 0, 1, 0, 0, 1}, "VEC2");
  if (container == GltfContainer::Glb) {
    b.add("images", {{"bufferView", b.view(myo::test::tinyPng())}, {"mimeType", "image/png"}});
  } else if (container == GltfContainer::ExternalBin) {
    myo::test::writeBytes(dir / "checker.png", myo::test::tinyPng());
    b.add("images", {{"uri", "checker.png"}});
  } else {
    b.add("images", {{"uri",
                      "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0k"
                      "AAAAEklEQVR4nGP4z8DwHwyBNBgAAEnICff5q7YNAAAAAElFTkSuQmCC"}});
  }
  b.add("textures", {{"source", 0}});
  b.add("materials",
        {{"name", "skin"},
         {"pbrMetallicRoughness",
          {{"baseColorFactor", {0.5, 0.25, 1.0, 0.75}}, {"baseColorTexture", {{"index", 0}}}}}});
  b.add("meshes",
        {{"primitives",
          {{{"attributes", {{"POSITION", positions}, {"TEXCOORD_0", uvs}}}, {"material", 0}},
           {{"attributes", {{"POSITION", positions}}}}}}});
  b.add("nodes", {{"name", "patch"}, {"mesh", 0}});
  setScene(b, {0});
  const std::string name = container == GltfContainer::Glb ? "mat.glb" : "mat.gltf";
  const myo::Model model = load(b.write(dir / name, container));

  REQUIRE(model.parts.size() == 2);
  REQUIRE(model.materials.size() == 1);
  const myo::Material& material = model.materials[0];
  CHECK(material.name == "skin");
  CHECK(material.hasColor);
  CHECK(material.baseColor == glm::vec4(0.5f, 0.25f, 1.0f, 0.75f));
  REQUIRE(material.baseColorTexture == 0);
  REQUIRE(model.textures.size() == 1);
  const myo::Texture& texture = model.textures[0];
  CHECK(texture.width == 2);
  CHECK(texture.height == 2);
  CHECK(texture.rgba == std::vector<std::uint8_t>{255, 0, 0, 255, 0, 255, 0, 255,  //
                                                  0, 0, 255, 255, 255, 255, 255, 255});
  CHECK(model.parts[0].material == 0);
  CHECK(model.parts[0].uvs == std::vector<glm::vec2>{{0, 0}, {1, 0}, {0, 1}});
  CHECK(model.parts[1].material == -1);
  CHECK(model.parts[1].uvs.empty());
  CHECK(model.warnings.empty());
}

TEST_CASE("glTF: names, extras, kinds and landmarks", "[gltf]") {
  GltfBuilder b;
  addTriangleMesh(b);                                          // mesh 0: no name
  const int named = addTriangleMesh(b, "Trapezius muscle.r");  // mesh 1
  b.doc["meshes"][named]["extras"] = {{"side", "R"}};
  b.add("nodes", {{"name", "Left biceps brachii"},
                  {"mesh", 0},
                  {"extras", {{"note", "x"}, {"kind", "bone"}}}});
  b.add("nodes", {{"mesh", named}});
  b.add("nodes", {{"mesh", 0}});
  b.add("nodes", {{"name", "Left femur"}, {"mesh", 0}});
  b.add("nodes", {{"name", "torso"}, {"translation", {0, 0, 5}}, {"children", {5}}});
  b.add("nodes", {{"name", "landmark:acromion.L"}, {"translation", {1, 2, 3}}});
  setScene(b, {0, 1, 2, 3, 4});
  const myo::Model model =
      load(b.write(myo::test::gltfScratch("names") / "n.gltf", GltfContainer::ExternalBin));

  REQUIRE(model.parts.size() == 4);
  CHECK(model.parts[0].name == "Left biceps brachii");
  CHECK(model.parts[0].extras == R"({"kind":"bone","note":"x"})");
  CHECK(model.parts[0].kind == myo::PartKind::Bone);  // extras "kind" wins over the name
  CHECK(model.parts[1].name == "Trapezius muscle.r");
  CHECK(model.parts[1].meshName == "Trapezius muscle.r");
  CHECK(model.parts[1].extras == R"({"side":"R"})");  // mesh extras when the node has none
  CHECK(model.parts[1].kind == myo::PartKind::Muscle);
  CHECK(model.parts[2].name == "mesh_0");
  CHECK(model.parts[2].kind == myo::PartKind::Unknown);
  CHECK(model.parts[2].extras.empty());
  CHECK(model.parts[3].name == "Left femur");
  CHECK(model.parts[3].kind == myo::PartKind::Bone);
  REQUIRE(model.landmarks.size() == 1);
  CHECK(model.landmarks[0].name == "acromion.L");
  CHECK(near(model.landmarks[0].position, {1, 2, 8}));
}

TEST_CASE("glTF: KHR_mesh_quantization integer and normalized attributes", "[gltf]") {
  GltfBuilder b;
  b.doc["extensionsUsed"] = {"KHR_mesh_quantization"};
  b.doc["extensionsRequired"] = {"KHR_mesh_quantization"};
  // int16 normalized VEC3 positions, padded to an 8-byte stride.
  const int positions = b.accessor(
      std::vector<std::int16_t>{0, 0, 0, 0, 32767, 0, 0, 0, 0, -32767, 0, 0}, "VEC3", true, 8);
  const int normals = b.accessor(
      std::vector<std::int8_t>{0, 0, -127, 0, 0, 0, -127, 0, 0, 0, -127, 0}, "VEC3", true, 4);
  const int uvs = b.accessor(std::vector<std::uint16_t>{0, 0, 65535, 0, 0, 65535}, "VEC2", true);
  // Plain integers (not normalized): uint8 positions, 4-byte stride.
  const int raw =
      b.accessor(std::vector<std::uint8_t>{1, 2, 3, 0, 4, 5, 6, 0, 7, 9, 8, 0}, "VEC3", false, 4);
  b.add("meshes",
        {{"primitives",
          {{{"attributes", {{"POSITION", positions}, {"NORMAL", normals}, {"TEXCOORD_0", uvs}}}},
           {{"attributes", {{"POSITION", raw}}}}}}});
  b.add("nodes", {{"name", "quantized"}, {"mesh", 0}, {"scale", {10, 10, 10}}});
  setScene(b, {0});
  const myo::Model model =
      load(b.write(myo::test::gltfScratch("quantized") / "q.glb", GltfContainer::Glb));

  CHECK(model.warnings.empty());
  REQUIRE(model.parts.size() == 2);
  const myo::Part& part = model.parts[0];
  CHECK(near(part.positions[0], {0, 0, 0}));
  CHECK(near(part.positions[1], {10, 0, 0}));
  CHECK(near(part.positions[2], {0, -10, 0}));
  for (const glm::vec3& n : part.normals) CHECK(near(n, {0, 0, -1}));
  CHECK(part.uvs == std::vector<glm::vec2>{{0, 0}, {1, 0}, {0, 1}});
  CHECK(near(model.parts[1].positions[0], {10, 20, 30}));
  CHECK(near(model.parts[1].positions[2], {70, 90, 80}));
}

TEST_CASE("glTF: sparse accessors replace values, with or without a base bufferView", "[gltf]") {
  GltfBuilder b;
  const int base = b.accessor(std::vector<float>{0, 0, 0, 1, 0, 0, 0, 1, 0}, "VEC3");
  b.doc["accessors"][base]["sparse"] = {
      {"count", 1},
      {"indices",
       {{"bufferView", b.view(std::vector<std::uint8_t>{2, 0, 0, 0})}, {"componentType", 5121}}},
      {"values", {{"bufferView", b.view(std::vector<float>{5, 5, 5})}}}};
  const int zeros = b.add("accessors", {{"componentType", 5126}, {"count", 3}, {"type", "VEC3"}});
  b.doc["accessors"][zeros]["sparse"] = {
      {"count", 2},
      {"indices",
       {{"bufferView", b.view(std::vector<std::uint16_t>{1, 2})}, {"componentType", 5123}}},
      {"values", {{"bufferView", b.view(std::vector<float>{1, 0, 0, 0, 1, 0})}}}};
  b.add("meshes",
        {{"primitives",
          {{{"attributes", {{"POSITION", base}}}}, {{"attributes", {{"POSITION", zeros}}}}}}});
  b.add("nodes", {{"mesh", 0}});
  setScene(b, {0});
  const myo::Model model =
      load(b.write(myo::test::gltfScratch("sparse") / "s.gltf", GltfContainer::ExternalBin));

  REQUIRE(model.parts.size() == 2);
  CHECK(near(model.parts[0].positions[1], {1, 0, 0}));
  CHECK(near(model.parts[0].positions[2], {5, 5, 5}));
  CHECK(near(model.parts[1].positions[0], {0, 0, 0}));
  CHECK(near(model.parts[1].positions[1], {1, 0, 0}));
  CHECK(near(model.parts[1].positions[2], {0, 1, 0}));
}

TEST_CASE("glTF: scene choice: default scene, else scene 0, else every root node", "[gltf]") {
  GltfBuilder b;
  addTriangleMesh(b);
  b.add("nodes", {{"name", "a"}, {"mesh", 0}, {"children", {1}}});
  b.add("nodes", {{"name", "b"}, {"mesh", 0}, {"translation", {0, 0, 1}}});
  b.add("nodes", {{"name", "c"}, {"mesh", 0}});
  const auto dir = myo::test::gltfScratch("scenes");

  const myo::Model noScenes = load(b.write(dir / "none.gltf", GltfContainer::DataUri));
  REQUIRE(noScenes.parts.size() == 3);
  CHECK(noScenes.parts[0].name == "a");
  CHECK(noScenes.parts[1].name == "b");
  CHECK(near(noScenes.parts[1].positions[0], {0, 0, 1}));
  CHECK(noScenes.parts[2].name == "c");

  b.doc["scenes"] = json::array({{{"nodes", {0}}}, {{"nodes", {2}}}});
  const myo::Model first = load(b.write(dir / "first.gltf", GltfContainer::DataUri));
  CHECK(first.parts.size() == 2);

  b.doc["scene"] = 1;
  const myo::Model chosen = load(b.write(dir / "chosen.gltf", GltfContainer::DataUri));
  REQUIRE(chosen.parts.size() == 1);
  CHECK(chosen.parts[0].name == "c");
}
