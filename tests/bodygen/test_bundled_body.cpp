// The committed bundled body: every catalogued muscle and landmark, closed meshes, the frame and
// budgets, muscles inside the skin, left/right mirroring, and byte-identical regeneration.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "bodygen/bundled_asset.h"
#include "bodygen/bundled_body.h"
#include "bodygen/skin_landmarks.h"
#include "core/anatomy/muscle_catalog.h"
#include "core/geometry/mesh_measures.h"
#include "core/geometry/mesh_topology.h"
#include "core/geometry/triangle_bvh.h"
#include "core/io/gltf_writer.h"
#include "support/mesh_intersections.h"
#include "support/test_paths.h"

using myo::test::bundledAsset;
using myo::test::findPart;

namespace {

std::string sideWord(char side) {
  return side == 'L' ? "left" : "right";
}

// Whether `p` is inside the closed surface in `bvh`: the parity of crossings along three rays,
// by majority (a ray grazing an edge can miscount). O(crossings · log n).
bool inside(const myo::TriangleBvh& bvh, const glm::vec3& p) {
  const glm::vec3 directions[] = {
      {0.0123f, 1.0f, 0.0371f}, {1.0f, -0.0213f, 0.0457f}, {-0.0311f, 0.0179f, -1.0f}};
  int votes = 0;
  for (const glm::vec3& direction : directions) {
    int count = 0;
    glm::vec3 origin = p;
    while (auto hit = bvh.intersect({origin, direction})) {
      ++count;
      origin = hit->point + 1e-5f * glm::normalize(direction);
    }
    votes += count % 2;
  }
  return votes >= 2;
}

}  // namespace

TEST_CASE("every catalogued muscle is a closed mesh on both sides with its extras", "[body]") {
  const myo::Model& body = bundledAsset();
  CHECK(myo::muscleCatalog().size() >= 45);
  for (const myo::MuscleSpec& muscle : myo::muscleCatalog()) {
    for (const char side : {'L', 'R'}) {
      const std::string name = std::string(muscle.name) + "." + side;
      INFO(name);
      const myo::Part* part = findPart(body, name);
      REQUIRE(part != nullptr);
      CHECK(part->kind == myo::PartKind::Muscle);
      CHECK(part->triangleCount() > 100);
      const std::string& extras = part->extras;
      CHECK(extras.find(R"("kind":"muscle")") != std::string::npos);
      CHECK(extras.find(R"("muscle":")" + std::string(muscle.name) + "\"") != std::string::npos);
      CHECK(extras.find(R"("side":")" + sideWord(side) + "\"") != std::string::npos);
      CHECK(extras.find(R"("layer":)" + std::to_string(muscle.layer)) != std::string::npos);
      const std::string_view fma = side == 'L' ? muscle.fmaLeft : muscle.fmaRight;
      if (!fma.empty()) CHECK(extras.find(std::string(fma)) != std::string::npos);
    }
  }
}

TEST_CASE("the anatomical splits and the skeleton's bones are all present", "[body]") {
  const myo::Model& body = bundledAsset();
  for (const char* name : {"trapezius_descending",
                           "trapezius_transverse",
                           "trapezius_ascending",
                           "deltoid_clavicular",
                           "deltoid_acromial",
                           "deltoid_spinal",
                           "pectoralis_major_clavicular",
                           "pectoralis_major_sternocostal",
                           "sternocleidomastoid_sternal",
                           "sternocleidomastoid_clavicular",
                           "extensor_carpi_radialis_longus",
                           "extensor_carpi_radialis_brevis",
                           "extensor_carpi_ulnaris",
                           "extensor_digitorum",
                           "flexor_carpi_radialis",
                           "flexor_carpi_ulnaris",
                           "biceps_femoris_long",
                           "semitendinosus",
                           "semimembranosus",
                           "rectus_femoris",
                           "vastus_lateralis",
                           "vastus_medialis",
                           "vastus_intermedius",
                           "supraspinatus",
                           "soleus",
                           "piriformis",
                           "gluteus_minimus",
                           "quadratus_lumborum",
                           "psoas_major",
                           "iliacus",
                           "scalenus_anterior",
                           "clavicle",
                           "scapula",
                           "humerus",
                           "radius",
                           "ulna",
                           "hip_bone",
                           "femur",
                           "patella",
                           "tibia",
                           "fibula",
                           "rib_1",
                           "rib_12",
                           "calcaneus",
                           "talus",
                           "carpal_bones",
                           "hand_thumb",
                           "foot_hallux"})
    for (const char* side : {".L", ".R"}) {
      INFO(name << side);
      CHECK(findPart(body, std::string(name) + side) != nullptr);
    }
  for (const char* name :
       {"skull", "mandible", "sternum", "sacrum", "vertebra_c7", "vertebra_l3", "hyoid", "skin"}) {
    INFO(name);
    CHECK(findPart(body, name) != nullptr);
  }
}

TEST_CASE("every part of the body is closed and consistently oriented", "[body]") {
  for (const myo::Part& part : bundledAsset().parts) {
    INFO(part.name);
    const myo::TopologyReport report = myo::analyseTopology(part);
    CHECK(report.closedAndOriented());
    CHECK(myo::signedVolume(part) > 0.0);  // outward facing
  }
}

TEST_CASE("the body stands 1.75 m tall, faces +Z and keeps within its budgets", "[body]") {
  const myo::Model& body = bundledAsset();
  const myo::Bounds bounds = myo::modelBounds(body);
  CHECK(bounds.min.y == Approx(0.0f).margin(0.01f));
  CHECK(bounds.max.y == Approx(1.75f).margin(0.01f));
  CHECK(bounds.center().x == Approx(0.0f).margin(0.01f));
  std::map<std::string, glm::vec3> landmarks;
  for (const myo::Landmark& landmark : body.landmarks) landmarks[landmark.name] = landmark.position;
  CHECK(landmarks.at("chin").z > landmarks.at("occiput").z + 0.1f);       // faces +Z
  CHECK(landmarks.at("big_toe.L").z > landmarks.at("heel.L").z + 0.15f);  // feet point forward
  CHECK(landmarks.at("acromion.L").x > 0.1f);                             // +X is the left
  const myo::Part* skin = findPart(body, "skin");
  REQUIRE(skin != nullptr);
  CHECK(skin->kind == myo::PartKind::Skin);
  CHECK(myo::countComponents(*skin) == 1);  // one surface, no enclosed bubbles
  CHECK(skin->triangleCount() >= 60000);
  CHECK(skin->triangleCount() <= 150000);
  CHECK(body.triangleCount() <= 600000);
  CHECK(std::filesystem::file_size(MYO_BUNDLED_BODY_FILE) <= 25u * 1024u * 1024u);
}

TEST_CASE("the skin has no self-intersections", "[body]") {
  const myo::Part* skin = findPart(bundledAsset(), "skin");
  REQUIRE(skin != nullptr);
  CHECK(myo::countSelfIntersections(*skin) == 0);
  // The check is live on this mesh: the skin plus a copy moved 1 cm sideways cross widely.
  myo::Part doubled = *skin;
  const auto offset = static_cast<std::uint32_t>(doubled.positions.size());
  for (const glm::vec3& p : skin->positions)
    doubled.positions.push_back(p + glm::vec3(0.01f, 0, 0));
  for (const std::uint32_t index : skin->indices) doubled.indices.push_back(offset + index);
  CHECK(myo::countSelfIntersections(doubled) > 1000);
}

TEST_CASE("muscles lie inside the skin", "[body]") {
  const myo::Model& body = bundledAsset();
  myo::Model skinOnly;
  skinOnly.parts.push_back(*findPart(body, "skin"));
  const myo::TriangleBvh skin = myo::TriangleBvh::build(skinOnly);
  std::size_t outside = 0, total = 0;
  for (const myo::Part& part : body.parts) {
    if (part.kind != myo::PartKind::Muscle) continue;
    std::size_t partOutside = 0;
    for (std::size_t i = 0; i < part.positions.size(); i += 3)
      partOutside += inside(skin, part.positions[i]) ? 0 : 1;
    total += (part.positions.size() + 2) / 3;
    outside += partOutside;
    INFO(part.name << ": " << partOutside << " sampled vertices outside the skin");
    CHECK(partOutside == 0);
  }
  CHECK(total > 20000);
  CHECK(outside == 0);
}

TEST_CASE("left and right parts and landmarks mirror each other", "[body]") {
  const myo::Model& body = bundledAsset();
  std::size_t pairs = 0;
  for (const myo::Part& right : body.parts) {
    if (!right.name.ends_with(".R")) continue;
    const myo::Part* left = findPart(body, right.name.substr(0, right.name.size() - 2) + ".L");
    INFO(right.name);
    REQUIRE(left != nullptr);
    ++pairs;
    glm::dvec3 mirrored = myo::surfaceCentroid(*left);
    mirrored.x = -mirrored.x;
    CHECK(glm::distance(mirrored, myo::surfaceCentroid(right)) < 0.003);
    CHECK(left->triangleCount() == right.triangleCount());
  }
  CHECK(pairs > 150);
  std::map<std::string, glm::vec3> landmarks;
  for (const myo::Landmark& landmark : body.landmarks) landmarks[landmark.name] = landmark.position;
  for (const auto& [name, position] : landmarks) {
    if (!name.ends_with(".R")) continue;
    INFO(name);
    const glm::vec3 left = landmarks.at(name.substr(0, name.size() - 2) + ".L");
    CHECK(position.x < 0.0f);
    CHECK(glm::distance(glm::vec3(-left.x, left.y, left.z), position) < 0.01f);
  }
}

TEST_CASE("the generator is deterministic and the committed asset is its output", "[body]") {
  const std::string first = myo::writeGlb(myo::buildBundledBody());
  const std::string second = myo::writeGlb(myo::buildBundledBody());
  CHECK(first == second);
  std::ifstream file(MYO_BUNDLED_BODY_FILE, std::ios::binary);
  std::ostringstream committed;
  committed << file.rdbuf();
  INFO("regenerate with: cmake --build build --target regenerate_body");
  CHECK(committed.str() == first);
}

TEST_CASE("the bundled body's muscles carry fibres along their length, bones none", "[bodygen]") {
  const myo::Model& model = myo::test::bundledAsset();
  std::size_t muscles = 0;
  for (const myo::Part& part : model.parts) {
    INFO(part.name);
    if (part.kind != myo::PartKind::Muscle) {
      CHECK(part.fibres.empty());
      continue;
    }
    ++muscles;
    REQUIRE(part.fibres.size() == part.positions.size());
    for (const glm::vec4& f : part.fibres)
      CHECK(glm::length(glm::vec3(f)) == Approx(1.0f).margin(1e-3));
  }
  CHECK(muscles > 100);
  // The soleus runs up and down the leg: so do its fibres.
  const myo::Part* soleus = myo::test::findPart(model, "soleus.R");
  REQUIRE(soleus != nullptr);
  double vertical = 0.0;
  for (const glm::vec4& f : soleus->fibres) vertical += std::abs(f.y);
  CHECK(vertical / static_cast<double>(soleus->fibres.size()) > 0.8);
}
