// Trigger point search over the bundled atlas: muscles, places, symptoms and mimicked diagnoses
// find the right points first; regions filter; self-care text does not match.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/atlas/trigger_point_search.h"
#include "support/bundled_atlas.h"

namespace {

std::vector<const myo::TriggerPoint*> allPoints() {
  std::vector<const myo::TriggerPoint*> points;
  for (const myo::TriggerPoint& p : myo::test::bundledAtlasLoad().atlas.triggerPoints)
    points.push_back(&p);
  return points;
}

// Muscles of the first `n` results.
std::vector<std::string> topMuscles(std::string_view query, std::size_t n,
                                    std::string_view region = {}) {
  const auto points = allPoints();
  std::vector<std::string> out;
  for (const std::size_t i : myo::searchTriggerPoints(points, query, region)) {
    if (out.size() == n) break;
    out.push_back(points[i]->muscle);
  }
  return out;
}

bool contains(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

TEST_CASE("search finds points by muscle, place, symptom and mimicked diagnosis", "[search]") {
  REQUIRE(myo::test::bundledAtlasLoad().ok());
  const auto points = allPoints();
  CHECK(myo::searchTriggerPoints(points, "").size() == points.size());
  CHECK(myo::searchTriggerPoints(points, "no such thing at all").empty());

  const auto trapezius = topMuscles("trapezius", 3);
  REQUIRE(!trapezius.empty());
  CHECK(trapezius.front().starts_with("trapezius"));

  const auto tennis = topMuscles("tennis elbow", 3);  // a mimicked diagnosis, not "tennis ball"
  REQUIRE(!tennis.empty());
  CHECK((contains(tennis, "extensor_carpi_radialis_brevis") ||
         contains(tennis, "extensor_carpi_radialis_longus") || contains(tennis, "supinator")));
  for (const std::string& m : topMuscles("tennis elbow", 50))
    CHECK_FALSE(m.starts_with("infraspinatus"));  // its self-care mentions a tennis ball

  const auto heel = topMuscles("heel", 3);
  REQUIRE(!heel.empty());
  CHECK((contains(heel, "soleus") || contains(heel, "quadratus_plantae")));

  const auto headache = topMuscles("Headache", 50);
  CHECK(headache.size() >= 5);
  CHECK(contains(headache, "temporalis"));
  CHECK(contains(headache, "trapezius_descending"));
  CHECK(topMuscles("migraine", 50) == headache);  // a lay synonym
}

TEST_CASE("search keeps to a region and an empty query lists the region", "[search]") {
  const auto points = allPoints();
  for (const myo::AtlasRegion& region : myo::atlasRegions()) {
    const auto hits = myo::searchTriggerPoints(points, "", region.id);
    CHECK(!hits.empty());
    for (const std::size_t i : hits) CHECK(points[i]->region == region.id);
  }
  CHECK(topMuscles("heel", 10, "head_neck").empty());
  CHECK(!topMuscles("headache", 10, "head_neck").empty());
}
