// Imports run in a child process: the model comes back whole, a crash becomes one line, and a
// PLY that crashes Assimp inside itself no longer takes the caller down.
#include <catch2/catch.hpp>

#include <csignal>
#include <fstream>
#include <iterator>

#include "core/io/child_import.h"
#include "core/io/model_loader.h"
#include "core/io/model_wire.h"
#include "core/io/test_gltf_writer.h"

namespace {

myo::Model twoParts() {
  myo::Model model;
  for (int i = 0; i < 2; ++i) {
    myo::Part part;
    part.name = "part " + std::to_string(i);
    part.extras = "{\"i\":1}";
    part.kind = myo::PartKind::Muscle;
    part.material = 0;
    part.closed = i == 1;
    part.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, static_cast<float>(i)}};
    part.normals = {{0, 0, 1}, {0, 0, 1}, {0, 0, 1}};
    part.uvs = {{0, 0}, {1, 0}, {0, 1}};
    part.indices = {0, 1, 2};
    model.parts.push_back(part);
  }
  model.materials.push_back({"red", {1, 0, 0, 1}, 0, true});
  model.textures.push_back({"checker", 1, 1, {255, 0, 0, 255}});
  model.landmarks.push_back({"acromion.R", {0.1f, 1.4f, 0.0f}});
  model.warnings = {"one warning"};
  model.source = "two.obj";
  return model;
}

}  // namespace

TEST_CASE("a model crosses the process boundary whole", "[io][child]") {
  const auto back = myo::importInChildProcess(
      "two.obj", [](const auto&) { return myo::Result<myo::Model>(twoParts()); });
  REQUIRE(back.ok());
  const myo::Model& model = back.value();
  REQUIRE(model.parts.size() == 2);
  CHECK(model.parts[1].name == "part 1");
  CHECK(model.parts[1].closed);
  CHECK_FALSE(model.parts[0].closed);
  CHECK(model.parts[1].positions[2].z == 1.0f);
  CHECK(model.parts[0].uvs.size() == 3);
  CHECK(model.parts[0].kind == myo::PartKind::Muscle);
  CHECK(model.materials[0].hasColor);
  CHECK(model.textures[0].rgba[3] == 255);
  CHECK(model.landmarks[0].name == "acromion.R");
  CHECK(model.warnings == std::vector<std::string>{"one warning"});
  CHECK(model.source == "two.obj");

  const auto refused = myo::importInChildProcess("bad.obj", [](const auto& file) {
    return myo::Result<myo::Model>(myo::Error{file.string(), "line 3", "no such vertex"});
  });
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().message() == "bad.obj: line 3: no such vertex");

  const std::string wire = myo::modelToWire(twoParts());
  CHECK_FALSE(myo::modelFromWire(std::string_view(wire).substr(0, wire.size() / 2), "x").ok());
}

TEST_CASE("an importer that crashes is one line naming the file", "[io][child]") {
  const auto crashed = myo::importInChildProcess("crash.ply", [](const auto&) {
    std::raise(SIGSEGV);
    return myo::Result<myo::Model>(myo::Model{});
  });
  REQUIRE_FALSE(crashed.ok());
  CHECK(crashed.error().message().rfind("crash.ply: the model importer crashed", 0) == 0);
  CHECK(crashed.error().message().find("signal 11") != std::string::npos);
}

TEST_CASE("a PLY that crashes Assimp is refused and the caller goes on", "[io][child][hostile]") {
  // Found by the model_formats fuzz target: \r line breaks and zero bytes in a binary header.
  // The reproducer's first byte picks the extension; the file is the rest.
  std::ifstream in(MYO_FIXTURES_DIR
                   "/../fuzz/reproducers/model_formats/ply_cr_header_assimp_segv.ply",
                   std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  REQUIRE(bytes.size() > 100);
  const auto file =
      myo::test::writeText(myo::test::gltfScratch("child-ply") / "segv.ply", bytes.substr(1));
  const auto body = myo::loadBody({file}, {});
  REQUIRE_FALSE(body.ok());
  CHECK(body.error().message().find("segv.ply: the model importer crashed") != std::string::npos);
}
