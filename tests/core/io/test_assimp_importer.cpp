// Assimp importer: names, transforms, materials and textures from the project's fixtures, and the
// real OBJ/PLY/STL test files of ../shared/data/formats.
#include <algorithm>
#include <string>

#include <catch2/catch.hpp>

#include "core/io/assimp_importer.h"
#include "support/test_paths.h"

namespace {

const myo::Part& partNamed(const myo::Model& model, const std::string& name) {
  const auto found = std::find_if(model.parts.begin(), model.parts.end(),
                                  [&](const myo::Part& p) { return p.name == name; });
  REQUIRE(found != model.parts.end());
  return *found;
}

std::filesystem::path dracoData() {
  return myo::test::sharedData() / "formats/google_draco_testdata";
}

myo::Model imported(const std::filesystem::path& file) {
  myo::Result<myo::Model> result = myo::importWithAssimp(file);
  INFO((result ? std::string() : result.error().message()));
  REQUIRE(result.ok());
  return std::move(result).value();
}

// Every part is well formed: indices in range, one unit normal per vertex, UVs absent or full.
void checkWellFormed(const myo::Model& model) {
  for (const myo::Part& part : model.parts) {
    INFO(part.name);
    REQUIRE(part.indices.size() % 3 == 0);
    REQUIRE(part.normals.size() == part.positions.size());
    CHECK((part.uvs.empty() || part.uvs.size() == part.positions.size()));
    CHECK(std::all_of(part.indices.begin(), part.indices.end(),
                      [&](std::uint32_t i) { return i < part.positions.size(); }));
    CHECK(std::all_of(part.normals.begin(), part.normals.end(),
                      [](const glm::vec3& n) { return std::abs(glm::length(n) - 1.0f) < 1e-3f; }));
  }
}

// Triangles face where their vertex normals point (winding agrees with the normals).
void checkWindingMatchesNormals(const myo::Part& part) {
  for (std::size_t t = 0; t < part.indices.size(); t += 3) {
    const glm::vec3 a = part.positions[part.indices[t]];
    const glm::vec3 b = part.positions[part.indices[t + 1]];
    const glm::vec3 c = part.positions[part.indices[t + 2]];
    CHECK(glm::dot(glm::cross(b - a, c - a), part.normals[part.indices[t]]) > 0.0f);
  }
}

}  // namespace

TEST_CASE("OBJ objects keep their names, materials and textures", "[assimp]") {
  const std::filesystem::path file = myo::test::fixtures() / "assimp/named_objects.obj";
  const myo::Model model = imported(file);
  checkWellFormed(model);
  REQUIRE(model.parts.size() == 3);
  CHECK(model.source == file.string());

  const myo::Part& torso = partNamed(model, "torso");
  CHECK(torso.triangleCount() == 2);  // one quad, triangulated
  CHECK(torso.sourceFile == file.string());
  REQUIRE(torso.material >= 0);
  const myo::Material& red = model.materials[static_cast<std::size_t>(torso.material)];
  CHECK(red.name == "red_paint");
  CHECK(red.hasColor);
  CHECK(red.baseColor.x == Approx(1.0f));
  CHECK(red.baseColor.y == Approx(0.0f));
  CHECK(red.baseColor.w == Approx(0.5f));  // MTL "d 0.5"
  CHECK(red.baseColorTexture == -1);

  const myo::Part& arm = partNamed(model, "arm");
  REQUIRE(arm.material >= 0);
  const myo::Material& checker = model.materials[static_cast<std::size_t>(arm.material)];
  REQUIRE(checker.baseColorTexture >= 0);
  const myo::Texture& image = model.textures[static_cast<std::size_t>(checker.baseColorTexture)];
  REQUIRE(image.width == 2);
  REQUIRE(image.height == 2);
  REQUIRE(image.rgba.size() == 16);
  CHECK(image.rgba[0] == 255);  // top-left red
  CHECK(image.rgba[1] == 0);
  CHECK(image.rgba[12] == 255);  // bottom-right white
  CHECK(image.rgba[13] == 255);
  // OBJ "vt 0 0" is the image's bottom-left; in glTF convention that is v = 1.
  REQUIRE(arm.uvs.size() == arm.positions.size());
  CHECK(std::any_of(arm.uvs.begin(), arm.uvs.end(),
                    [](const glm::vec2& uv) { return uv == glm::vec2(0.0f, 1.0f); }));

  // A texture path leaving the model's folder is refused with a warning, not loaded.
  const myo::Part& leg = partNamed(model, "leg");
  const myo::Material& escaping = model.materials[static_cast<std::size_t>(leg.material)];
  CHECK(escaping.baseColorTexture == -1);
  CHECK(escaping.baseColor.z == Approx(0.6f));
  REQUIRE(model.warnings.size() == 1);
  CHECK(model.warnings[0].find("outside.png") != std::string::npos);
  CHECK(model.warnings[0].find("named_objects.obj") != std::string::npos);
}

TEST_CASE("DAE node transforms place parts and landmarks; mirrored parts keep their winding",
          "[assimp]") {
  const myo::Model model = imported(myo::test::fixtures() / "assimp/hierarchy.dae");
  checkWellFormed(model);
  REQUIRE(model.parts.size() == 2);

  // body translates by (0, 10, 0); left_hand scales by 2: (0,0,0) (1,0,0) (0,1,0) → …
  const myo::Part& left = partNamed(model, "left_hand");
  const myo::Bounds leftBounds = myo::partBounds(left);
  CHECK(leftBounds.min.x == Approx(0.0f));
  CHECK(leftBounds.max.x == Approx(2.0f));
  CHECK(leftBounds.min.y == Approx(10.0f));
  CHECK(leftBounds.max.y == Approx(12.0f));
  checkWindingMatchesNormals(left);

  // right_hand mirrors x: the triangle lies at x ≤ 0 and still faces +Z with matching winding.
  const myo::Part& right = partNamed(model, "right_hand");
  for (const glm::vec3& p : right.positions) CHECK(p.x <= 0.0f);
  for (const glm::vec3& n : right.normals) CHECK(n.z == Approx(1.0f));
  checkWindingMatchesNormals(right);

  // An empty "landmark:" node is a landmark at its world position, not a part.
  REQUIRE(model.landmarks.size() == 1);
  CHECK(model.landmarks[0].name == "wrist.L");
  CHECK(model.landmarks[0].position == glm::vec3(3.0f, 11.0f, 0.0f));

  const myo::Material& green = model.materials[static_cast<std::size_t>(right.material)];
  CHECK(green.name == "green");
  CHECK(green.hasColor);
  CHECK(green.baseColor.y == Approx(1.0f));
  CHECK(green.baseColor.x == Approx(0.0f));
}

TEST_CASE("ASCII FBX model keeps its name, translation and colour", "[assimp]") {
  const myo::Model model = imported(myo::test::fixtures() / "assimp/pelvis.fbx");
  checkWellFormed(model);
  REQUIRE(model.parts.size() == 1);
  const myo::Part& pelvis = partNamed(model, "pelvis");
  CHECK(pelvis.meshName == "pelvis_mesh");
  for (const glm::vec3& p : pelvis.positions) CHECK(p.z == Approx(5.0f));
  const myo::Material& blue = model.materials[static_cast<std::size_t>(pelvis.material)];
  CHECK(blue.hasColor);
  CHECK(blue.baseColor.z == Approx(1.0f));
  CHECK(blue.baseColor.x == Approx(0.0f));
}

TEST_CASE("unreadable files give one line naming the file", "[assimp]") {
  for (const char* name : {"assimp/corrupt.stl", "assimp/does_not_exist.obj"}) {
    const std::filesystem::path file = myo::test::fixtures() / name;
    const myo::Result<myo::Model> result = myo::importWithAssimp(file);
    REQUIRE_FALSE(result.ok());
    const std::string message = result.error().message();
    INFO(message);
    CHECK(result.error().file == file.string());
    CHECK(message.find(file.filename().string()) != std::string::npos);
    CHECK(message.find('\n') == std::string::npos);
    CHECK(message.size() > file.string().size() + 2);  // a reason follows the name
  }
}

TEST_CASE("real OBJ files: MTL colours and quad triangulation", "[assimp]") {
  MYO_REQUIRE_SHARED_DATA("formats");
  const myo::Model materials = imported(dracoData() / "mat_test.obj");
  checkWellFormed(materials);
  CHECK(materials.triangleCount() == 1300);  // 1300 triangular "f" lines
  const myo::Part& orange = partNamed(materials, "mat14");
  const myo::Material& mat14 = materials.materials[static_cast<std::size_t>(orange.material)];
  CHECK(mat14.name == "mat14");
  CHECK(mat14.hasColor);
  CHECK(mat14.baseColor.x == Approx(1.00f));
  CHECK(mat14.baseColor.y == Approx(0.34f));
  CHECK(mat14.baseColor.z == Approx(0.13f));
  const myo::Part& red = partNamed(materials, "mat8");
  const myo::Material& mat8 = materials.materials[static_cast<std::size_t>(red.material)];
  CHECK(mat8.baseColor.x == Approx(0.96f));
  CHECK(mat8.baseColor.y == Approx(0.26f));
  // mat4 names black.png, which is not there: a warning, not an error.
  CHECK(std::any_of(materials.warnings.begin(), materials.warnings.end(),
                    [](const std::string& w) { return w.find("black.png") != std::string::npos; }));

  const myo::Model cube = imported(dracoData() / "cube_quads.obj");
  checkWellFormed(cube);
  REQUIRE(cube.parts.size() == 1);
  CHECK(cube.triangleCount() == 12);          // six quads
  CHECK(cube.parts[0].name == "cube_quads");  // OBJ without "o": named after the file
  CHECK(myo::modelBounds(cube).size() == glm::vec3(1.0f));
}

TEST_CASE("real PLY files: the Stanford bunny and a binary box", "[assimp]") {
  MYO_REQUIRE_SHARED_DATA("formats");
  const myo::Model bunny = imported(dracoData() / "bun_zipper.ply");
  checkWellFormed(bunny);
  CHECK(bunny.triangleCount() == 69451);  // "element face 69451" in the header
  CHECK(bunny.parts[0].name == "bun_zipper");
  CHECK_FALSE(bunny.materials[static_cast<std::size_t>(bunny.parts[0].material)].hasColor);

  const myo::Model box = imported(dracoData() / "Box.ply");
  checkWellFormed(box);
  CHECK(box.triangleCount() == 12);
  CHECK_FALSE(myo::modelBounds(box).empty());
}

TEST_CASE("real STL files, binary and ASCII, give the same sphere", "[assimp]") {
  MYO_REQUIRE_SHARED_DATA("formats");
  const myo::Model binary = imported(dracoData() / "STL/test_sphere.stl");
  const myo::Model ascii = imported(dracoData() / "STL/test_sphere_ascii.stl");
  for (const myo::Model* model : {&binary, &ascii}) {
    checkWellFormed(*model);
    CHECK(model->triangleCount() == 224);  // (11284 - 84) / 50 facets in the binary file
    CHECK_FALSE(model->materials[static_cast<std::size_t>(model->parts[0].material)].hasColor);
    for (const myo::Part& part : model->parts) checkWindingMatchesNormals(part);
  }
  const myo::Bounds a = myo::modelBounds(binary);
  const myo::Bounds b = myo::modelBounds(ascii);
  CHECK(a.min.x == Approx(b.min.x).margin(1e-5f));
  CHECK(a.max.z == Approx(b.max.z).margin(1e-5f));
}
