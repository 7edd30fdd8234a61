// loadBody: files and folders as one body, error and warning paths, and the real BodyParts3D data
// (one big GLB, a folder of 40 muscles, plus files exported in another frame).
#include <algorithm>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "core/io/model_loader.h"
#include "support/test_paths.h"

namespace {

namespace fs = std::filesystem;

myo::LoadedBody loaded(const std::vector<fs::path>& inputs, const myo::LoadOptions& options = {}) {
  myo::Result<myo::LoadedBody> result = myo::loadBody(inputs, options);
  INFO((result ? std::string() : result.error().message()));
  REQUIRE(result.ok());
  return std::move(result).value();
}

myo::Error failure(const std::vector<fs::path>& inputs) {
  const myo::Result<myo::LoadedBody> result = myo::loadBody(inputs, {});
  REQUIRE_FALSE(result.ok());
  INFO(result.error().message());
  CHECK(result.error().message().find('\n') == std::string::npos);
  return result.error();
}

bool hasPart(const myo::Model& model, const std::string& name) {
  return std::any_of(model.parts.begin(), model.parts.end(),
                     [&](const myo::Part& p) { return p.name == name; });
}

// Mean of the bounding-box centres of the parts whose name contains `word` (any case).
glm::vec3 regionCentre(const myo::Model& model, const std::string& word) {
  glm::vec3 sum(0.0f);
  int count = 0;
  for (const myo::Part& part : model.parts) {
    std::string name = part.name;
    std::transform(name.begin(), name.end(), name.begin(), [](char c) {
      return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    if (name.find(word) == std::string::npos) continue;
    sum += myo::partBounds(part).center();
    ++count;
  }
  INFO(word);
  REQUIRE(count > 0);
  return sum / static_cast<float>(count);
}

fs::path bodyParts3d() {
  return myo::test::sharedData() / "bodyparts3d";
}

}  // namespace

TEST_CASE("supported model files are told by extension", "[loader]") {
  for (const char* name : {"a.obj", "B.OBJ", "c.glb", "d.gltf", "e.fbx", "f.stl", "g.ply", "h.dae",
                           "i.3mf", "dir/j.Fbx"})
    CHECK(myo::isSupportedModelFile(name));
  for (const char* name : {"a.txt", "b.tsv", "c.xml", "d.png", "noextension", "e.obj.bak"})
    CHECK_FALSE(myo::isSupportedModelFile(name));
}

TEST_CASE("bad inputs are clear errors naming the path", "[loader]") {
  CHECK(failure({}).reason.find("no model") != std::string::npos);

  const fs::path missing = myo::test::fixtures() / "assimp/missing_body.obj";
  const myo::Error notThere = failure({missing});
  CHECK(notThere.file == missing.string());
  CHECK(notThere.reason.find("no such") != std::string::npos);

  const fs::path emptyFolder = myo::test::scratch() / "loader_empty_folder";
  fs::create_directories(emptyFolder);
  CHECK(failure({emptyFolder}).file == emptyFolder.string());

  const fs::path noModels = myo::test::fixtures() / "assimp/no_models";
  const myo::Error notModels = failure({noModels});
  CHECK(notModels.file == noModels.string());
  CHECK(notModels.reason.find("no supported model files") != std::string::npos);

  const fs::path notes = myo::test::scratch() / "loader_notes.txt";
  std::ofstream(notes) << "not a model\n";
  const myo::Error unsupported = failure({notes});
  CHECK(unsupported.file == notes.string());
  CHECK(unsupported.reason.find("'.txt'") != std::string::npos);

  // A named file that fails is the error, even next to a good one.
  const fs::path corrupt = myo::test::fixtures() / "assimp/corrupt.stl";
  const fs::path allBroken = myo::test::scratch() / "loader_all_broken";
  fs::create_directories(allBroken);
  fs::copy_file(corrupt, allBroken / "only.stl", fs::copy_options::overwrite_existing);
  const myo::Error nothingLoaded = failure({allBroken});
  CHECK(nothingLoaded.file == allBroken.string());
  CHECK(nothingLoaded.reason.find("only.stl") != std::string::npos);

  const fs::path good = myo::test::fixtures() / "assimp/pelvis.fbx";
  CHECK(failure({good, corrupt}).file == corrupt.string());
}

TEST_CASE("a folder loads as one body; a broken file inside it is a warning", "[loader]") {
  const fs::path folder = myo::test::fixtures() / "assimp/folder_with_corrupt";
  const myo::LoadedBody body = loaded({folder});
  CHECK(body.model.source == folder.string());
  REQUIRE(body.model.parts.size() == 2);
  CHECK(body.model.parts[0].name == "first_triangle");   // a_triangle.obj
  CHECK(body.model.parts[1].name == "second_triangle");  // nested/c_triangle.stl, sorted after
  CHECK(body.model.parts[1].sourceFile == (folder / "nested/c_triangle.stl").string());
  CHECK(std::any_of(
      body.model.warnings.begin(), body.model.warnings.end(),
      [](const std::string& w) { return w.find("b_broken.stl") != std::string::npos; }));
}

TEST_CASE("several files merge into one body with unique names", "[loader]") {
  const fs::path obj = myo::test::fixtures() / "assimp/named_objects.obj";
  const fs::path dae = myo::test::fixtures() / "assimp/hierarchy.dae";
  const myo::LoadedBody body = loaded({obj, dae, obj});
  CHECK(body.model.source == "3 files");
  CHECK(body.model.parts.size() == 8);
  CHECK(hasPart(body.model, "torso"));
  CHECK(hasPart(body.model, "torso#2"));
  CHECK(hasPart(body.model, "left_hand"));
  for (const myo::Part& part : body.model.parts) {
    REQUIRE(part.material >= 0);
    CHECK(static_cast<std::size_t>(part.material) < body.model.materials.size());
  }
}

TEST_CASE("load options override frame detection", "[loader]") {
  const fs::path dae = myo::test::fixtures() / "assimp/hierarchy.dae";
  const myo::LoadedBody body = loaded({dae}, {myo::UpAxis::PosX, myo::Units::Centimetres});
  CHECK(body.frame.up == myo::UpAxis::PosX);
  CHECK(body.frame.units == myo::Units::Centimetres);
  CHECK_FALSE(body.frame.upDetected);
  CHECK_FALSE(body.frame.unitsDetected);
  CHECK(body.frame.heightMetres == Approx(0.03f));  // x spans -1 … 2 cm
}

TEST_CASE("BodyParts3D body: 271 parts, Z-up millimetres, 1.64 m, facing +Z", "[loader]") {
  MYO_REQUIRE_SHARED_DATA("bodyparts3d");
  const myo::LoadedBody body = loaded({bodyParts3d() / "bp3d_body.glb"});
  CHECK(body.model.parts.size() == 271);
  CHECK(body.frame.up == myo::UpAxis::PosZ);
  CHECK(body.frame.upDetected);
  CHECK(body.frame.units == myo::Units::Millimetres);
  CHECK(body.frame.unitsDetected);
  CHECK(body.frame.heightMetres == Approx(1.64f).margin(0.02f));
  const myo::Bounds bounds = myo::modelBounds(body.model);
  CHECK(bounds.size().y == Approx(1.64f).margin(0.02f));
  CHECK(bounds.min.y == Approx(0.0f).margin(0.02f));  // soles near the floor: no translation

  // Front is +Z: the sternocleidomastoid and pectoralis lie in front of the vertebrae.
  const float spine = regionCentre(body.model, "vertebra").z;
  CHECK(regionCentre(body.model, "sternocleidomastoid").z > spine + 0.03f);
  CHECK(regionCentre(body.model, "pectoralis").z > spine + 0.05f);
  // BodyParts3D's +X is the subject's left and stays so.
  CHECK(regionCentre(body.model, "left infraspinatus").x > 0.05f);
  CHECK(regionCentre(body.model, "right infraspinatus").x < -0.05f);
}

TEST_CASE("BodyParts3D folders: 40 muscles as one body, plus misfit files", "[loader]") {
  MYO_REQUIRE_SHARED_DATA("bodyparts3d");
  const fs::path muscles = bodyParts3d() / "muscles";
  const myo::LoadedBody body = loaded({muscles});
  CHECK(body.model.source == muscles.string());
  CHECK(body.model.parts.size() == 40);
  CHECK(body.frame.up == myo::UpAxis::PosZ);
  CHECK(body.frame.units == myo::Units::Millimetres);
  CHECK(body.frame.heightMetres == Approx(1.485f).margin(0.02f));

  // The outliers use another node transform and scale: they only have to load, not fit.
  const myo::LoadedBody mixed = loaded({muscles, bodyParts3d() / "skeleton_frame_outliers"});
  CHECK(mixed.model.parts.size() == 44);
  CHECK(mixed.model.source == "44 files");
  CHECK(mixed.frame.heightMetres > 0.0f);
}

TEST_CASE("a model past the body limits is refused with the limit and the value", "[loader]") {
  myo::Model model;
  myo::Part part;
  part.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};
  part.indices = {0, 1, 2, 0, 2, 1, 0, 1, 2};
  model.parts.push_back(part);
  CHECK_FALSE(myo::sizeProblem("fits.glb", model));
  CHECK_FALSE(myo::sizeProblem("fits.glb", model, {.triangles = 3, .bytes = 1 << 20}));

  const std::optional<myo::Error> triangles =
      myo::sizeProblem("dir/many.glb", model, {.triangles = 2, .bytes = 1 << 20});
  REQUIRE(triangles);
  CHECK(triangles->message() ==
        "dir/many.glb: holds 3 triangles, more than a body may have (2, the limit)");

  model.textures.push_back({"skin", 1024, 1024, std::vector<std::uint8_t>(1024 * 1024 * 4)});
  const std::optional<myo::Error> bytes =
      myo::sizeProblem("dir/big.glb", model, {.triangles = 3, .bytes = 3 << 20});
  REQUIRE(bytes);
  CHECK(
      bytes->message().starts_with("dir/big.glb: needs 4.0 MiB, more than a body may use "
                                   "(3.0 MiB, the limit)"));
}

TEST_CASE("memoryBytes counts every array a model holds", "[loader]") {
  myo::Model model;
  CHECK(model.memoryBytes() == 0);
  myo::Part part;
  part.positions.resize(10);
  part.normals.resize(10);
  part.indices.resize(30);
  part.positions.shrink_to_fit();
  part.normals.shrink_to_fit();
  part.indices.shrink_to_fit();
  model.parts.push_back(std::move(part));
  model.parts.shrink_to_fit();
  const std::size_t arrays = 10 * 12 + 10 * 12 + 30 * 4;
  CHECK(model.memoryBytes() >= arrays + sizeof(myo::Part));
  CHECK(model.memoryBytes() < arrays + sizeof(myo::Part) + 256);  // + the empty strings' room
}
