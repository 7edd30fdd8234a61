// glTF importer on KHR_draco_mesh_compression primitives encoded by the test itself with the
// Draco library: decoding in .gltf and .glb, and clear errors for bad ids or bytes.
#include <catch2/catch.hpp>

#include <glm/gtc/epsilon.hpp>

#include <draco/compression/encode.h>
#include <draco/mesh/triangle_soup_mesh_builder.h>

#include "core/io/gltf_importer.h"
#include "core/io/test_gltf_writer.h"

using myo::test::GltfBuilder;
using myo::test::GltfContainer;
using nlohmann::json;

namespace {

struct EncodedQuad {
  std::vector<std::uint8_t> bytes;
  int positionId = -1;
  int normalId = -1;
};

// The unit square in the XY plane as two counter-clockwise triangles with +Z normals.
EncodedQuad encodeQuad() {
  const float corners[4][3] = {{0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {0, 1, 0}};
  const float up[3] = {0, 0, 1};
  draco::TriangleSoupMeshBuilder builder;
  builder.Start(2);
  const int position =
      builder.AddAttribute(draco::GeometryAttribute::POSITION, 3, draco::DT_FLOAT32);
  const int normal = builder.AddAttribute(draco::GeometryAttribute::NORMAL, 3, draco::DT_FLOAT32);
  builder.SetAttributeValuesForFace(position, draco::FaceIndex(0), corners[0], corners[1],
                                    corners[2]);
  builder.SetAttributeValuesForFace(position, draco::FaceIndex(1), corners[0], corners[2],
                                    corners[3]);
  for (int f = 0; f < 2; ++f)
    builder.SetAttributeValuesForFace(normal, draco::FaceIndex(static_cast<std::uint32_t>(f)), up,
                                      up, up);
  const std::unique_ptr<draco::Mesh> mesh = builder.Finalize();
  REQUIRE(mesh);
  draco::Encoder encoder;
  draco::EncoderBuffer buffer;
  REQUIRE(encoder.EncodeMeshToBuffer(*mesh, &buffer).ok());
  EncodedQuad quad;
  quad.bytes.assign(buffer.data(), buffer.data() + buffer.size());
  quad.positionId = static_cast<int>(mesh->attribute(position)->unique_id());
  quad.normalId = static_cast<int>(mesh->attribute(normal)->unique_id());
  return quad;
}

// A document whose only primitive is the Draco quad; indices and attribute accessors have no
// bufferView, as KHR_draco_mesh_compression prescribes.
GltfBuilder dracoDocument(const EncodedQuad& quad) {
  GltfBuilder b;
  b.doc["extensionsUsed"] = {"KHR_draco_mesh_compression"};
  b.doc["extensionsRequired"] = {"KHR_draco_mesh_compression"};
  const int view = b.view(quad.bytes);
  b.add("accessors", {{"componentType", 5126}, {"count", 4}, {"type", "VEC3"}});
  b.add("accessors", {{"componentType", 5126}, {"count", 4}, {"type", "VEC3"}});
  b.add("accessors", {{"componentType", 5123}, {"count", 6}, {"type", "SCALAR"}});
  const json draco = {{"bufferView", view},
                      {"attributes", {{"POSITION", quad.positionId}, {"NORMAL", quad.normalId}}}};
  b.add("meshes", {{"name", "quad"},
                   {"primitives",
                    {{{"attributes", {{"POSITION", 0}, {"NORMAL", 1}}},
                      {"indices", 2},
                      {"extensions", {{"KHR_draco_mesh_compression", draco}}}}}}});
  b.add("nodes", {{"mesh", 0}});
  return b;
}

}  // namespace

TEST_CASE("glTF Draco: a compressed primitive decodes in .gltf and .glb", "[gltf]") {
  const GltfContainer container = GENERATE(GltfContainer::DataUri, GltfContainer::Glb);
  const EncodedQuad quad = encodeQuad();
  const auto dir = myo::test::gltfScratch("draco" + std::to_string(static_cast<int>(container)));
  const std::string name = container == GltfContainer::Glb ? "quad.glb" : "quad.gltf";
  const myo::Result<myo::Model> model =
      myo::importGltf(dracoDocument(quad).write(dir / name, container));
  INFO((model ? std::string() : model.error().message()));
  REQUIRE(model.ok());
  CHECK(model->warnings.empty());
  REQUIRE(model->parts.size() == 1);
  const myo::Part& part = model->parts[0];
  CHECK(part.name == "quad");
  REQUIRE(part.triangleCount() == 2);
  const myo::Bounds bounds = myo::modelBounds(model.value());
  CHECK(glm::all(glm::epsilonEqual(bounds.min, glm::vec3(0, 0, 0), 1e-5f)));
  CHECK(glm::all(glm::epsilonEqual(bounds.max, glm::vec3(1, 1, 0), 1e-5f)));
  float area = 0.0f;
  for (std::size_t t = 0; t < part.indices.size(); t += 3) {
    const glm::vec3 a = part.positions[part.indices[t]];
    const glm::vec3 face = glm::cross(part.positions[part.indices[t + 1]] - a,
                                      part.positions[part.indices[t + 2]] - a);
    CHECK(face.z > 0.0f);  // winding kept
    area += 0.5f * glm::length(face);
  }
  CHECK(area == Approx(1.0f));
  for (const glm::vec3& n : part.normals)
    CHECK(glm::all(glm::epsilonEqual(n, glm::vec3(0, 0, 1), 1e-3f)));
}

TEST_CASE("glTF Draco: bad attribute ids and undecodable bytes are clear errors", "[gltf]") {
  EncodedQuad quad = encodeQuad();
  const auto dir = myo::test::gltfScratch("draco-bad");
  GltfBuilder badId = dracoDocument(quad);
  badId.doc["meshes"][0]["primitives"][0]["extensions"]["KHR_draco_mesh_compression"]["attributes"]
           ["POSITION"] = 99;
  myo::Result<myo::Model> model = myo::importGltf(badId.write(dir / "id.glb", GltfContainer::Glb));
  REQUIRE_FALSE(model.ok());
  CHECK(model.error().message() ==
        "id.glb: meshes[0].primitives[0]: KHR_draco_mesh_compression: POSITION refers to attribute "
        "id 99, which the compressed data lacks");

  std::fill(quad.bytes.begin(), quad.bytes.end(), std::uint8_t{7});
  model = myo::importGltf(dracoDocument(quad).write(dir / "junk.glb", GltfContainer::Glb));
  REQUIRE_FALSE(model.ok());
  const std::string message = model.error().message();
  CHECK(message.rfind(
            "junk.glb: meshes[0].primitives[0]: KHR_draco_mesh_compression: cannot decode", 0) ==
        0);
  CHECK(message.find('\n') == std::string::npos);
}
