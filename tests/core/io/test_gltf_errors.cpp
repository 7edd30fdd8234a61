// glTF importer on broken or hostile files: every problem is one line naming the file, and
// nothing outside the model's folder is read.
#include <catch2/catch.hpp>

#include <fstream>

#include "core/io/gltf_importer.h"
#include "core/io/model_loader.h"
#include "core/io/test_gltf_writer.h"

using myo::test::GltfBuilder;
using myo::test::GltfContainer;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// A valid document: one triangle (float positions, uint16 indices) in node 0 of scene 0.
GltfBuilder triangle() {
  GltfBuilder b;
  const int positions = b.accessor(std::vector<float>{0, 0, 0, 1, 0, 0, 0, 1, 0}, "VEC3");
  const int indices = b.accessor(std::vector<std::uint16_t>{0, 1, 2, 0}, "SCALAR");
  b.doc["accessors"][indices]["count"] = 3;
  b.add("meshes",
        {{"primitives", {{{"attributes", {{"POSITION", positions}}}, {"indices", indices}}}}});
  b.add("nodes", {{"name", "tri"}, {"mesh", 0}});
  b.doc["scenes"] = json::array({{{"nodes", {0}}}});
  b.doc["scene"] = 0;
  return b;
}

// Loads `file` expecting an error: one line, starting with the file name, containing `expected`.
void requireError(const fs::path& file, const std::string& expected) {
  const myo::Result<myo::Model> model = myo::importGltf(file);
  REQUIRE_FALSE(model.ok());
  const std::string message = model.error().message();
  INFO(message);
  CHECK(message.find('\n') == std::string::npos);
  CHECK(message.rfind(file.filename().string() + ": ", 0) == 0);
  CHECK(message.find(expected) != std::string::npos);
}

// Writes `b` as bad.gltf (external bin) into a fresh folder, after `edit` changed its JSON.
template <class Edit>
fs::path writeEdited(const std::string& test, GltfBuilder b, Edit edit,
                     GltfContainer container = GltfContainer::ExternalBin) {
  edit(b.doc);
  const fs::path dir = myo::test::gltfScratch(test) / "model";
  return b.write(dir / (container == GltfContainer::Glb ? "bad.glb" : "bad.gltf"), container);
}

// Applies `edit` to the JSON of an already written .gltf.
template <class Edit>
void editWritten(const fs::path& file, Edit edit) {
  std::ifstream in(file);
  json doc = json::parse(in);
  edit(doc);
  myo::test::writeText(file, doc.dump());
}

void setBufferUri(const fs::path& file, const std::string& uri) {
  editWritten(file, [&](json& d) { d["buffers"][0]["uri"] = uri; });
}

}  // namespace

TEST_CASE("glTF errors: URIs outside the model's folder are refused", "[gltf]") {
  const fs::path file = writeEdited("outside", triangle(), [](json&) {});
  const fs::path outside = file.parent_path().parent_path() / "outside.bin";
  fs::copy_file(fs::path(file).replace_extension(".bin"), outside,
                fs::copy_options::overwrite_existing);

  setBufferUri(file, "../outside.bin");
  requireError(file, "buffers[0].uri: '../outside.bin' points outside the model's folder");
  setBufferUri(file, "sub/../../outside.bin");
  requireError(file, "points outside the model's folder");
  setBufferUri(file, "%2E%2E/outside.bin");
  requireError(file, "points outside the model's folder");
  setBufferUri(file, fs::absolute(outside).string());
  requireError(file, "is an absolute path or URL");
  setBufferUri(file, "file:///etc/passwd");
  requireError(file, "is an absolute path or URL");

  // A symlink inside the folder that leads outside is caught by the file callbacks.
  fs::create_symlink(outside, file.parent_path() / "link.bin");
  setBufferUri(file, "link.bin");
  requireError(file, "'link.bin' resolves outside the model's folder");
}

TEST_CASE("glTF errors: images outside the folder are refused too", "[gltf]") {
  requireError(writeEdited("image-outside", triangle(),
                           [](json& d) {
                             d["images"] = json::array({{{"uri", "../../secret.png"}}});
                           }),
               "images[0].uri: '../../secret.png' points outside the model's folder");
}

TEST_CASE("glTF errors: accessors and bufferViews that overrun their data", "[gltf]") {
  requireError(
      writeEdited("overrun", triangle(), [](json& d) { d["accessors"][0]["count"] = 100; }),
      "bad.gltf: accessors[0]: claims 1200 bytes but bufferViews[0] holds 36");
  requireError(
      writeEdited("offset", triangle(), [](json& d) { d["accessors"][0]["byteOffset"] = 32; }),
      "accessors[0]: claims 68 bytes but bufferViews[0] holds 36");
  requireError(
      writeEdited("view", triangle(), [](json& d) { d["bufferViews"][1]["byteLength"] = 400; }),
      "bufferViews[1]: claims 400 bytes at offset 36 but buffers[0] holds 44");
  requireError(
      writeEdited("stride", triangle(), [](json& d) { d["bufferViews"][0]["byteStride"] = 8; }),
      "accessors[0]: bufferViews[0].byteStride 8 is smaller than one element (12 bytes)");
  requireError(
      writeEdited("noview", triangle(), [](json& d) { d["accessors"][0]["bufferView"] = 9; }),
      "accessors[0]: bufferViews[9] does not exist");
  requireError(writeEdited("sparse", triangle(),
                           [](json& d) {
                             d["accessors"][0]["sparse"] = {
                                 {"count", 1},
                                 {"indices", {{"bufferView", 1}, {"componentType", 5123}}},
                                 {"values", {{"bufferView", 1}, {"byteOffset", 0}}}};
                           }),
               "accessors[0]: sparse values claim 12 bytes but bufferViews[1] holds 8");
}

TEST_CASE("glTF errors: indices out of range and non-finite positions", "[gltf]") {
  GltfBuilder b;
  const int positions = b.accessor(
      std::vector<float>{0, 0, 0, std::numeric_limits<float>::quiet_NaN(), 0, 0, 0, 1, 0}, "VEC3");
  const int indices = b.accessor(std::vector<std::uint32_t>{0, 1, 7}, "SCALAR");
  b.add("meshes",
        {{"primitives", {{{"attributes", {{"POSITION", positions}}}, {"indices", indices}}}}});
  b.add("nodes", {{"mesh", 0}});
  requireError(writeEdited("index", b, [](json&) {}),
               "accessors[1]: index 7 is out of range (3 vertices)");
  requireError(writeEdited("nan", b, [](json& d) { d["accessors"][1]["count"] = 2; }),
               "accessors[0]: vertex 1 has a non-finite position (NaN or Inf)");
}

TEST_CASE("glTF errors: missing buffers", "[gltf]") {
  const fs::path file = writeEdited("missing-bin", triangle(), [](json&) {});
  fs::remove(fs::path(file).replace_extension(".bin"));
  requireError(file, "buffers[0]: 'bad.bin' not found next to the model");
  requireError(
      writeEdited("no-buffer", triangle(), [](json& d) { d["bufferViews"][0]["buffer"] = 3; }),
      "bufferViews[0]: buffers[3] does not exist");
  const fs::path noUri = writeEdited("no-uri", triangle(), [](json&) {});
  editWritten(noUri, [](json& d) { d["buffers"][0].erase("uri"); });
  requireError(noUri, "buffers[0]: has no uri, so its data is missing");
  requireError(writeEdited(
                   "glb-no-bin", GltfBuilder(),
                   [](json& d) {
                     d["buffers"] = json::array({{{"byteLength", 4}}});
                   },
                   GltfContainer::Glb),
               "buffers[0]: refers to the GLB's BIN chunk, which the file lacks");
  const fs::path shortData = writeEdited(
      "short-data", triangle(), [](json&) {}, GltfContainer::DataUri);
  editWritten(shortData, [](json& d) { d["buffers"][0]["byteLength"] = 48; });
  requireError(shortData, "buffers[0].uri: data URI holds 44 bytes but byteLength is 48");
}

TEST_CASE("glTF errors: extensions: unsupported required fails, optional warns", "[gltf]") {
  requireError(writeEdited("required", triangle(),
                           [](json& d) {
                             d["extensionsUsed"] = {"EXT_unknown_thing"};
                             d["extensionsRequired"] = {"EXT_unknown_thing"};
                           }),
               "extensionsRequired: EXT_unknown_thing is not supported");
  const fs::path optional = writeEdited(
      "optional", triangle(), [](json& d) { d["extensionsUsed"] = {"EXT_unknown_thing"}; });
  const myo::Result<myo::Model> model = myo::importGltf(optional);
  REQUIRE(model.ok());
  CHECK(model->parts.size() == 1);
  REQUIRE(model->warnings.size() == 1);
  CHECK(model->warnings[0] ==
        "bad.gltf: extensionsUsed: EXT_unknown_thing is not supported; its data is ignored");
}

TEST_CASE("glTF errors: unreadable, malformed and truncated files", "[gltf]") {
  const fs::path dir = myo::test::gltfScratch("malformed");
  requireError(dir / "absent.gltf", "absent.gltf: file not found");
  requireError(myo::test::writeText(dir / "syntax.gltf", R"({"asset": {"version": "2.0"}, )"),
               "syntax.gltf: JSON: not valid JSON (syntax error at byte");
  requireError(myo::test::writeText(dir / "empty.gltf", ""), "empty.gltf: file is empty");
  requireError(myo::test::writeText(dir / "v1.gltf", R"({"asset": {"version": "1.0"}})"),
               "asset.version: glTF 1.0 is not supported");
  std::vector<std::uint8_t> glb = myo::test::packGlb(R"({"asset":{"version":"2.0"}})", {});
  glb.resize(16);
  requireError(myo::test::writeBytes(dir / "short.glb", glb),
               "short.glb: GLB header: is truncated");
  glb = myo::test::packGlb(R"({"asset":{"version":"2.0"}})", {});
  glb[12] = 200;  // JSON chunk longer than the file
  requireError(myo::test::writeBytes(dir / "chunk.glb", glb), "GLB JSON chunk: claims 200 bytes");
}

TEST_CASE("glTF errors: broken node references and cycles", "[gltf]") {
  requireError(writeEdited("child", triangle(), [](json& d) { d["nodes"][0]["children"] = {5}; }),
               "nodes[5]: is a child of nodes[0] but does not exist");
  requireError(writeEdited("scene", triangle(), [](json& d) { d["scene"] = 4; }),
               "scene: 4 does not exist");
  requireError(writeEdited("mesh", triangle(), [](json& d) { d["nodes"][0]["mesh"] = 3; }),
               "nodes[0].mesh: 3 does not exist");
  requireError(writeEdited("matrix", triangle(),
                           [](json& d) {
                             d["nodes"][0]["matrix"] = {1, 0, 0};
                           }),
               "nodes[0]: matrix needs 16 numbers");

  const fs::path cycle = writeEdited("cycle", triangle(), [](json& d) {
    d["nodes"][0]["children"] = {1};
    d["nodes"].push_back({{"name", "loop"}, {"children", {0}}});
  });
  requireError(cycle, "nodes[0]: is its own ancestor: the node graph has a cycle");
  // Two parents without a cycle: used once, with a warning.
  const fs::path twice = writeEdited("twice", triangle(), [](json& d) {
    d["nodes"].push_back({{"name", "a"}, {"children", {0}}});
    d["scenes"][0]["nodes"] = {0, 1};
  });
  const myo::Result<myo::Model> model = myo::importGltf(twice);
  REQUIRE(model.ok());
  CHECK(model->parts.size() == 1);
  REQUIRE(model->warnings.size() == 1);
  CHECK(model->warnings[0] ==
        "bad.gltf: nodes[0]: is reached twice (a node has one parent); used once");
}

TEST_CASE("an accessor without a bufferView may not ask for more zeros than the cap",
          "[gltf][hostile]") {
  // 2^28 zero vertices from a couple of hundred bytes: refused before anything is allocated.
  requireError(writeEdited("zeros", triangle(),
                           [](json& d) {
                             d["accessors"][0].erase("bufferView");
                             d["accessors"][0]["count"] = 268435456;
                           }),
               "more than an accessor without a bufferView may hold (4194304)");
  // Zeros within the cap give triangles that repeat a corner: dropped, and then nothing is left.
  const fs::path zeros = writeEdited("few-zeros", triangle(), [](json& d) {
    d["accessors"][0].erase("bufferView");
    d["accessors"][0].erase("byteOffset");
  });
  const myo::Result<myo::Model> model = myo::importGltf(zeros);
  REQUIRE(model.ok());
  std::size_t indices = 0;
  for (const myo::Part& part : model->parts) indices += part.indices.size();
  CHECK(indices == 0);
  CHECK_FALSE(myo::loadBody({zeros}, {}).ok());
}

TEST_CASE("a body must have triangles, all finite and within reach after every transform",
          "[gltf][hostile]") {
  const auto requireBodyError = [](const fs::path& file, const std::string& expected) {
    const auto body = myo::loadBody({file}, {});
    REQUIRE_FALSE(body.ok());
    INFO(body.error().message());
    CHECK(body.error().message().find(expected) != std::string::npos);
    CHECK(body.error().message().find('\n') == std::string::npos);
  };
  requireBodyError(writeEdited("no-triangles", triangle(),
                               [](json& d) { d["meshes"][0]["primitives"][0]["mode"] = 0; }),
                   "bad.gltf: holds no triangles");
  requireBodyError(writeEdited("huge-scale", triangle(),
                               [](json& d) {
                                 d["nodes"][0]["scale"] = {1e300, 1, 1};
                               }),
                   "is not a finite number after its transform");
  requireBodyError(writeEdited("far", triangle(),
                               [](json& d) {
                                 d["nodes"][0]["translation"] = {1e39, 0, 0};
                               }),
                   "is not a finite number after its transform");
  requireBodyError(writeEdited("distant", triangle(),
                               [](json& d) {
                                 d["nodes"][0]["translation"] = {1e20, 0, 0};
                               }),
                   "lies more than 1e7 units from the origin");
  const fs::path dir = myo::test::gltfScratch("inf-obj");
  requireBodyError(myo::test::writeText(dir / "inf.obj", "v 0 0 0\nv 1 0 0\nv 1e39 1 0\nf 1 2 3\n"),
                   "inf.obj: part");
  requireBodyError(myo::test::writeText(dir / "big.stl",
                                        "solid x\nfacet normal 0 0 1\nouter loop\nvertex 0 0 0\n"
                                        "vertex 1e39 0 0\nvertex 0 1 0\nendloop\nendfacet\n"
                                        "endsolid x\n"),
                   "big.stl: part");
}

TEST_CASE("glTF errors: a scene without triangles loads empty with a warning", "[gltf]") {
  const fs::path file = writeEdited("points", triangle(),
                                    [](json& d) { d["meshes"][0]["primitives"][0]["mode"] = 0; });
  const myo::Result<myo::Model> model = myo::importGltf(file);
  REQUIRE(model.ok());
  CHECK(model->parts.empty());
  REQUIRE(model->warnings.size() == 2);
  CHECK(model->warnings[0].find("mode 0 (points or lines) skipped") != std::string::npos);
  CHECK(model->warnings[1] == "bad.gltf: the scene holds no triangles");
}

TEST_CASE("a PLY whose header is damaged never reaches Assimp, which hangs on it",
          "[io][hostile]") {
  const fs::path dir = myo::test::gltfScratch("ply-headers");
  const std::string header =
      "ply\nformat binary_little_endian 1.0\nelement vertex 3\nproperty float x\nproperty float "
      "y\nproperty float z\nelement face 1\nproperty list uchar int vertex_indices\n";
  const auto refused = [](const fs::path& file, const std::string& expected) {
    const auto body = myo::loadBody({file}, {});
    REQUIRE_FALSE(body.ok());
    CHECK(body.error().message() == file.string() + ": " + expected);
  };
  refused(myo::test::writeText(dir / "no-break.ply", header + "end_headerXXXXXXXXXXXX"),
          "the PLY header's end_header is not followed by a line break");
  refused(myo::test::writeText(dir / "cut.ply", header.substr(0, 60)),
          "the PLY header has no end_header in its first 65536 bytes");
  refused(myo::test::writeText(dir / "not.ply", "solid x\n"),
          "is not a PLY file (it does not start with \"ply\")");
  // A sound one still loads.
  const auto body = myo::loadBody(
      {myo::test::writeText(dir / "good.ply",
                            "ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nproperty "
                            "float y\nproperty float z\nelement face 1\nproperty list uchar int "
                            "vertex_indices\nend_header\n0 0 0\n1 0 0\n0 1 0\n3 0 1 2\n")},
      {});
  REQUIRE(body.ok());
  CHECK(body->model.triangleCount() == 1);
}
