// GLB writer → glTF importer round trip: names, extras, kinds, colours, landmarks and geometry
// survive; the bytes are deterministic and 4-byte aligned; in-memory import refuses files.
#include <catch2/catch.hpp>

#include <cstring>

#include "core/io/file_access.h"
#include "core/io/gltf_importer.h"
#include "core/io/gltf_writer.h"
#include "core/io/test_gltf_writer.h"

using nlohmann::json;

namespace {

// A cols × rows grid in the plane z = depth, with tilted unit normals, optional uvs, 2 triangles
// per cell.
myo::Part grid(const std::string& name, int cols, int rows, float depth, bool uvs) {
  myo::Part part;
  part.name = name;
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < cols; ++c) {
      const glm::vec2 at(static_cast<float>(c) / static_cast<float>(cols - 1),
                         static_cast<float>(r) / static_cast<float>(rows - 1));
      part.positions.emplace_back(at.x * 0.3f - 0.15f, 1.0f + at.y * 0.5f, depth);
      part.normals.push_back(glm::normalize(glm::vec3(at.x - 0.5f, at.y - 0.5f, 1.0f)));
      if (uvs) part.uvs.push_back(at);
    }
  }
  for (int r = 0; r + 1 < rows; ++r) {
    for (int c = 0; c + 1 < cols; ++c) {
      const auto a = static_cast<std::uint32_t>(r * cols + c);
      const auto b = a + 1, d = a + static_cast<std::uint32_t>(cols), e = d + 1;
      part.indices.insert(part.indices.end(), {a, b, d, b, e, d});
    }
  }
  return part;
}

myo::Material material(const std::string& name, glm::vec4 colour, bool hasColor = true) {
  myo::Material m;
  m.name = name;
  m.baseColor = colour;
  m.hasColor = hasColor;
  return m;
}

// Four parts (a muscle with uvs, a bone with its own mesh name, a skin part large enough for
// uint32 indices, an unpainted one), three materials and two landmarks.
myo::Model sampleModel() {
  myo::Model model;
  model.materials = {material("muscle red", {0.7f, 0.1f, 0.1f, 1.0f}),
                     material("bone", {0.9f, 0.85f, 0.7f, 0.5f}),
                     material("unpainted", {1.0f, 1.0f, 1.0f, 1.0f}, false)};
  model.parts.push_back(grid("deltoid.L", 6, 5, 0.1f, true));
  model.parts.back().extras = R"({"kind":"muscle","layer":1,"muscle":"deltoid","side":"L"})";
  model.parts.back().material = 0;
  model.parts.push_back(grid("humerus.L", 4, 9, 0.0f, false));
  model.parts.back().meshName = "humerus mesh";
  model.parts.back().extras = R"({"kind":"bone","side":"L"})";
  model.parts.back().material = 1;
  model.parts.push_back(grid("skin", 300, 220, 0.2f, false));  // 66000 vertices
  model.parts.back().extras = R"({"kind":"skin"})";
  model.parts.push_back(grid("patch", 3, 3, -0.05f, false));
  model.parts.back().material = 2;
  model.landmarks = {{"acromion.L", {0.2f, 1.45f, -0.02f}},
                     {"sternal_notch", {0.0f, 1.43f, 0.05f}}};
  return model;
}

std::span<const unsigned char> asBytes(const std::string& glb) {
  return {reinterpret_cast<const unsigned char*>(glb.data()), glb.size()};
}

std::uint32_t u32At(const std::string& bytes, std::size_t at) {
  std::uint32_t value = 0;
  std::memcpy(&value, bytes.data() + at, sizeof value);
  return value;
}

template <class Vec>
bool sameVectors(const std::vector<Vec>& a, const std::vector<Vec>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (glm::any(glm::greaterThan(glm::abs(a[i] - b[i]), Vec(1e-6f)))) return false;
  return true;
}

myo::Model loadBytes(std::span<const unsigned char> bytes) {
  myo::Result<myo::Model> model = myo::importGltfBytes(bytes, "round trip");
  INFO((model ? std::string() : model.error().message()));
  REQUIRE(model.ok());
  return std::move(model).value();
}

}  // namespace

TEST_CASE("GLB writer: names, extras, kinds, colours, landmarks and geometry round-trip",
          "[gltf][writer]") {
  const myo::Model original = sampleModel();
  const myo::Model model = loadBytes(asBytes(myo::writeGlb(original)));

  CHECK(model.source == "round trip");
  CHECK(model.warnings.empty());
  REQUIRE(model.parts.size() == original.parts.size());
  const myo::PartKind kinds[] = {myo::PartKind::Muscle, myo::PartKind::Bone, myo::PartKind::Skin,
                                 myo::PartKind::Unknown};
  for (std::size_t i = 0; i < original.parts.size(); ++i) {
    const myo::Part& in = original.parts[i];
    const myo::Part& out = model.parts[i];
    INFO(in.name);
    CHECK(out.name == in.name);
    CHECK(out.meshName == (in.meshName.empty() ? in.name : in.meshName));
    CHECK(out.sourceFile == "round trip");
    CHECK(out.kind == kinds[i]);
    if (in.extras.empty()) CHECK(out.extras.empty());
    if (!in.extras.empty()) CHECK(json::parse(out.extras) == json::parse(in.extras));
    CHECK(sameVectors(out.positions, in.positions));
    CHECK(sameVectors(out.normals, in.normals));
    CHECK(sameVectors(out.uvs, in.uvs));
    CHECK(out.indices == in.indices);
    const bool coloured = in.material >= 0 && original.materials[in.material].hasColor;
    REQUIRE((out.material >= 0) == coloured);
    if (coloured) {
      const myo::Material& m = model.materials[static_cast<std::size_t>(out.material)];
      CHECK(m.name == original.materials[in.material].name);
      CHECK(m.hasColor);
      CHECK(m.baseColor == original.materials[in.material].baseColor);
    }
  }
  REQUIRE(model.landmarks.size() == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK(model.landmarks[i].name == original.landmarks[i].name);
    CHECK(model.landmarks[i].position == original.landmarks[i].position);
  }
}

TEST_CASE("GLB writer: deterministic, aligned bytes that also load from a file", "[gltf][writer]") {
  const myo::Model model = sampleModel();
  const std::string glb = myo::writeGlb(model);
  CHECK(myo::writeGlb(sampleModel()) == glb);

  REQUIRE(glb.size() > 28);
  CHECK(glb.compare(0, 4, "glTF") == 0);
  CHECK(u32At(glb, 4) == 2);
  CHECK(u32At(glb, 8) == glb.size());
  const std::uint32_t jsonLength = u32At(glb, 12);
  CHECK(jsonLength % 4 == 0);
  CHECK(u32At(glb, 20 + jsonLength) % 4 == 0);
  const json doc = json::parse(glb.substr(20, jsonLength));
  CHECK(doc["asset"]["generator"] == "Myoscope");
  CHECK(doc["materials"][1]["pbrMetallicRoughness"]["metallicFactor"] == 0.0);
  CHECK(doc["accessors"][0].contains("min"));

  const std::filesystem::path file = myo::test::gltfScratch("writer") / "body.glb";
  myo::test::writeBytes(file, std::vector<std::uint8_t>(glb.begin(), glb.end()));
  const myo::Result<myo::Model> fromFile = myo::importGltf(file);
  INFO((fromFile ? std::string() : fromFile.error().message()));
  REQUIRE(fromFile.ok());
  CHECK(fromFile->source == file.string());
  CHECK(fromFile->parts.size() == model.parts.size());
  CHECK(fromFile->triangleCount() == model.triangleCount());
  CHECK(fromFile->landmarks.size() == model.landmarks.size());
  CHECK(fromFile->warnings.empty());
}

TEST_CASE("GLB writer: landmarks alone make a valid file with no parts", "[gltf][writer]") {
  myo::Model model;
  model.landmarks = {{"vertex", {0.0f, 1.75f, 0.0f}}};
  const myo::Model loaded = loadBytes(asBytes(myo::writeGlb(model)));
  CHECK(loaded.parts.empty());
  REQUIRE(loaded.landmarks.size() == 1);
  CHECK(loaded.landmarks[0].position == model.landmarks[0].position);
}

TEST_CASE("glTF from memory: data URIs load, external files are refused", "[gltf][memory]") {
  using myo::test::GltfContainer;
  myo::test::GltfBuilder b;
  const int positions = b.accessor(std::vector<float>{0, 0, 0, 1, 0, 0, 0, 1, 0}, "VEC3");
  b.add("meshes", {{"primitives", {{{"attributes", {{"POSITION", positions}}}}}}});
  b.add("nodes", {{"name", "tri"}, {"mesh", 0}});
  const std::filesystem::path dir = myo::test::gltfScratch("memory");
  std::vector<unsigned char> bytes;

  REQUIRE(myo::readWholeFile(b.write(dir / "inline.gltf", GltfContainer::DataUri), bytes));
  const myo::Model model = loadBytes(bytes);
  REQUIRE(model.parts.size() == 1);
  CHECK(model.parts[0].name == "tri");

  REQUIRE(myo::readWholeFile(b.write(dir / "external.gltf", GltfContainer::ExternalBin), bytes));
  const myo::Result<myo::Model> external = myo::importGltfBytes(bytes, "bundled body");
  REQUIRE_FALSE(external.ok());
  CHECK(external.error().file == "bundled body");
  CHECK(external.error().where == "buffers[0].uri");
  CHECK_THAT(external.error().reason, Catch::Contains("self-contained"));

  myo::Model small;
  small.parts.push_back(grid("p", 3, 3, 0.0f, false));
  const std::string glb = myo::writeGlb(small);
  const myo::Result<myo::Model> truncated =
      myo::importGltfBytes(asBytes(glb).first(glb.size() / 2), "bundled body");
  REQUIRE_FALSE(truncated.ok());
  CHECK(truncated.error().file == "bundled body");
  CHECK(truncated.error().where == "GLB header");
}

TEST_CASE("muscle fibre directions and line coordinates survive the round trip", "[gltf]") {
  myo::Model source;
  myo::Part muscle = grid("soleus.R", 3, 3, 0.0f, false);
  for (std::size_t i = 0; i < muscle.positions.size(); ++i)
    muscle.fibres.emplace_back(0.0f, 1.0f, 0.0f, static_cast<float>(i % 3));
  source.parts.push_back(muscle);
  source.parts.push_back(grid("femur.R", 2, 2, 0.1f, false));  // a bone: no fibres
  const std::string glb = myo::writeGlb(source);
  const std::vector<unsigned char> bytes(glb.begin(), glb.end());
  const myo::Result<myo::Model> model = myo::importGltfBytes(bytes, "fibres");
  REQUIRE(model.ok());
  REQUIRE(model->parts.size() == 2);
  const myo::Part& read = model->parts[0].name == "soleus.R" ? model->parts[0] : model->parts[1];
  const myo::Part& bone = model->parts[0].name == "soleus.R" ? model->parts[1] : model->parts[0];
  REQUIRE(read.fibres.size() == read.positions.size());
  for (std::size_t i = 0; i < read.fibres.size(); ++i) {
    CHECK(glm::length(glm::vec3(read.fibres[i]) - glm::vec3(0.0f, 1.0f, 0.0f)) < 1e-5f);
    CHECK(read.fibres[i].w == static_cast<float>(i % 3));
  }
  CHECK(bone.fibres.empty());
}
