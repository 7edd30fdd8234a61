// Measured fidelity of the bundled body against the real BodyParts3D body: both scaled to the
// same height with midline and soles aligned, every muscle present in both must have its
// centroid within 4 cm of the real one and each bounding-box extent within 30 %.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "bodygen/bundled_asset.h"
#include "core/anatomy/body_alignment.h"
#include "core/anatomy/muscle_catalog.h"
#include "core/io/model_loader.h"
#include "support/test_paths.h"

namespace {

constexpr float kHeight = 1.75f;            // m, both bodies scaled to this
constexpr double kMaxCentroidError = 0.04;  // m
constexpr float kMaxExtentError = 0.30f;    // fraction of the real extent

// Area-weighted surface centroid and box of some parts, after alignment.
struct Shape {
  glm::dvec3 centroid{0.0};
  myo::Bounds box;
  bool empty() const { return box.empty(); }
};

Shape measure(const std::vector<const myo::Part*>& parts, const myo::BodyDatum& datum) {
  Shape shape;
  double area = 0.0;
  glm::dvec3 weighted(0.0);
  for (const myo::Part* part : parts) {
    for (std::size_t t = 0; t + 2 < part->indices.size(); t += 3) {
      const glm::dvec3 a = datum.normalised(part->positions[part->indices[t]], kHeight);
      const glm::dvec3 b = datum.normalised(part->positions[part->indices[t + 1]], kHeight);
      const glm::dvec3 c = datum.normalised(part->positions[part->indices[t + 2]], kHeight);
      const double triangleArea = 0.5 * glm::length(glm::cross(b - a, c - a));
      area += triangleArea;
      weighted += triangleArea * (a + b + c) / 3.0;
    }
    for (const glm::vec3& p : part->positions) shape.box.add(datum.normalised(p, kHeight));
  }
  if (area > 0.0) shape.centroid = weighted / area;
  return shape;
}

std::string leftName(std::string right) {
  for (const char* word : {"Right", "right"}) {
    const std::size_t at = right.find(word);
    if (at != std::string::npos) return right.replace(at, 5, word[0] == 'R' ? "Left" : "left");
  }
  return right;
}

}  // namespace

// The catalogue entries with a BodyParts3D counterpart, one per real muscle (the SCM's two heads
// share one). Real parts are found by FMA id where the catalogue has one (file names are cut at
// 64 characters), else by name.
std::vector<std::string_view> referenceNames() {
  std::vector<std::string_view> names;
  for (const myo::MuscleSpec& muscle : myo::muscleCatalog())
    if (!muscle.referenceName.empty() &&
        std::find(names.begin(), names.end(), muscle.referenceName) == names.end())
      names.push_back(muscle.referenceName);
  return names;
}

const myo::MuscleSpec* firstWithReference(std::string_view reference) {
  for (const myo::MuscleSpec& muscle : myo::muscleCatalog())
    if (muscle.referenceName == reference) return &muscle;
  return nullptr;
}

TEST_CASE("muscle centroids and extents match the real BodyParts3D body", "[fidelity]") {
  MYO_REQUIRE_SHARED_DATA("bodyparts3d/bp3d_body.glb");
  const myo::Result<myo::LoadedBody> real =
      myo::loadBody({myo::test::sharedData() / "bodyparts3d/bp3d_body.glb"}, {});
  REQUIRE(real.ok());
  const myo::Model& ours = myo::test::bundledAsset();
  const myo::BodyDatum realDatum = myo::bodyDatum(real->model);
  const myo::BodyDatum ourDatum = myo::bodyDatum(ours);

  std::printf("%-44s %9s %7s %7s %7s\n", "BodyParts3D muscle", "centroid", "x ext", "y ext",
              "z ext");
  std::size_t compared = 0;
  double worstCentroid = 0.0;
  float worstExtent = 0.0f;
  for (const std::string_view reference : referenceNames()) {
    for (const char side : {'R', 'L'}) {
      const std::string realName =
          side == 'R' ? std::string(reference) : leftName(std::string(reference));
      const myo::MuscleSpec* first = firstWithReference(reference);
      const std::string fma(side == 'R' ? first->fmaRight : first->fmaLeft);
      std::vector<const myo::Part*> realParts, ourParts;
      for (const myo::Part& part : real->model.parts)
        if (fma.empty() ? part.name.ends_with(realName)
                        : part.name.find("_" + fma + "_") != std::string::npos)
          realParts.push_back(&part);
      if (realParts.empty()) continue;
      for (const myo::MuscleSpec& muscle : myo::muscleCatalog())
        if (muscle.referenceName == reference)
          if (const myo::Part* part =
                  myo::test::findPart(ours, std::string(muscle.name) + "." + side))
            ourParts.push_back(part);
      INFO(realName);
      REQUIRE(!ourParts.empty());
      const Shape theirs = measure(realParts, realDatum);
      const Shape mine = measure(ourParts, ourDatum);
      const double centroidError = glm::distance(theirs.centroid, mine.centroid);
      const glm::vec3 extentError =
          glm::abs(mine.box.size() - theirs.box.size()) / theirs.box.size();
      std::printf("%-44s %6.1f mm %6.1f%% %6.1f%% %6.1f%%\n", realName.c_str(),
                  1000.0 * centroidError, 100.0f * extentError.x, 100.0f * extentError.y,
                  100.0f * extentError.z);
      CHECK(centroidError <= kMaxCentroidError);
      CHECK(extentError.x <= kMaxExtentError);
      CHECK(extentError.y <= kMaxExtentError);
      CHECK(extentError.z <= kMaxExtentError);
      worstCentroid = std::max(worstCentroid, centroidError);
      worstExtent = std::max({worstExtent, extentError.x, extentError.y, extentError.z});
      ++compared;
    }
  }
  std::printf("%zu muscles compared; worst centroid %.1f mm, worst extent %.1f%%\n", compared,
              1000.0 * worstCentroid, 100.0f * worstExtent);
  CHECK(compared == 40);
}
