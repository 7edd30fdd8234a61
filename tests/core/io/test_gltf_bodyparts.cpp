// glTF importer on real anatomy: the merged BodyParts3D body (271 parts, 863k triangles) and
// the single-mesh files in ../shared/data/bodyparts3d.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/io/gltf_importer.h"
#include "support/test_paths.h"

namespace fs = std::filesystem;

namespace {

fs::path bodyParts() {
  return myo::test::sharedData() / "bodyparts3d";
}

std::size_t countKind(const myo::Model& model, myo::PartKind kind) {
  return static_cast<std::size_t>(std::count_if(
      model.parts.begin(), model.parts.end(), [&](const myo::Part& p) { return p.kind == kind; }));
}

// Loads each .glb directly in `folder`; checks it is one part of `kind`.
void checkFolder(const fs::path& folder, myo::PartKind kind, std::size_t expectedFiles) {
  std::size_t files = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
    if (entry.path().extension() != ".glb") continue;
    ++files;
    const myo::Result<myo::Model> model = myo::importGltf(entry.path());
    INFO(entry.path().filename().string());
    REQUIRE(model.ok());
    REQUIRE(model->parts.size() == 1);
    CHECK(model->parts[0].kind == kind);
    CHECK(model->parts[0].triangleCount() > 100);
  }
  CHECK(files == expectedFiles);
}

}  // namespace

TEST_CASE("glTF BodyParts3D: the merged body keeps names, kinds and frame", "[gltf]") {
  MYO_REQUIRE_SHARED_DATA("bodyparts3d");
  const myo::Result<myo::Model> body = myo::importGltf(bodyParts() / "bp3d_body.glb");
  INFO((body ? std::string("ok") : body.error().message()));
  REQUIRE(body.ok());
  CHECK(body->parts.size() == 271);
  CHECK(body->triangleCount() == 862827);  // 3 of 862,830 have no area and are dropped
  CHECK(countKind(body.value(), myo::PartKind::Muscle) == 40);
  CHECK(countKind(body.value(), myo::PartKind::Bone) == 231);
  const auto infraspinatus = std::find_if(
      body->parts.begin(), body->parts.end(),
      [](const myo::Part& p) { return p.name == "FJ441_BP62721_FMA32547_Right infraspinatus"; });
  REQUIRE(infraspinatus != body->parts.end());
  CHECK(infraspinatus->kind == myo::PartKind::Muscle);
  CHECK(infraspinatus->meshName == infraspinatus->name);
  // Node rotation applied: +Z superior, soles near z = -4 mm, top of the skull near 1638 mm.
  const myo::Bounds bounds = myo::modelBounds(body.value());
  CHECK(bounds.min.z == Approx(-4.0f).margin(20.0f));
  CHECK(bounds.max.z == Approx(1638.0f).margin(20.0f));
  CHECK(std::abs(bounds.min.x + bounds.max.x) < 20.0f);  // left/right about x = 0
  CHECK(body->warnings ==
        std::vector<std::string>{"bp3d_body.glb: extensionsUsed: KHR_materials_specular is not "
                                 "supported; its data is ignored"});
}

TEST_CASE("glTF BodyParts3D: muscle files are muscles, the outlier bones are bones", "[gltf]") {
  MYO_REQUIRE_SHARED_DATA("bodyparts3d");
  checkFolder(bodyParts() / "muscles", myo::PartKind::Muscle, 40);
  checkFolder(bodyParts() / "skeleton_frame_outliers", myo::PartKind::Bone, 4);
}
