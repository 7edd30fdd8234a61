// The reverse-lookup table the pain finders are measured against
// (tests/fixtures/pain_reverse_lookup.json): each place's landmark placed on a body, the muscles
// the table names for it, and what of those a ranking's top muscles hold. Tests only.
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/atlas/pain_muscles.h"
#include "support/test_paths.h"

namespace myo::test {

struct LookupPlace {
  std::string place;                  // "temple.R", "vertex"
  glm::vec3 at{0.0f};                 // on the body
  std::vector<std::string> expected;  // catalogue muscles
};

// Every place of the table on the body of `landmarks`; fails the test when one is missing.
inline std::vector<LookupPlace> reverseLookupPlaces(const BodyLandmarks& landmarks) {
  std::ifstream file(fixtures() / "pain_reverse_lookup.json");
  REQUIRE(file);
  const nlohmann::json table = nlohmann::json::parse(file);
  std::vector<LookupPlace> places;
  for (const auto& [spot, muscles] : table["spots"].items()) {
    const auto [name, side] = splitSideLabel(spot);
    const auto at =
        spot.find('.') == std::string::npos ? landmarks.at(name, 0) : landmarks.at(name, side);
    INFO(spot);
    REQUIRE(at);
    places.push_back({spot, *at, muscles.get<std::vector<std::string>>()});
  }
  return places;
}

// How many of `expected` are among `found`.
inline std::size_t hits(const std::vector<std::string>& expected,
                        const std::vector<std::string>& found) {
  return static_cast<std::size_t>(std::count_if(
      expected.begin(), expected.end(),
      [&](const auto& m) { return std::find(found.begin(), found.end(), m) != found.end(); }));
}

// The catalogue muscles of the best `top` muscles of `findings`, each group's members in turn.
inline std::vector<std::string> topMuscles(const std::vector<PainFinding>& findings,
                                           std::size_t top) {
  std::vector<std::string> names;
  for (const PainMuscle& m : painMuscles(findings, top))
    names.insert(names.end(), m.members.begin(), m.members.end());
  return names;
}

// " a b": the muscles of `expected` that `found` lacks, each after a space.
inline std::string missingFrom(const std::vector<std::string>& expected,
                               const std::vector<std::string>& found) {
  std::string missing;
  for (const std::string& m : expected)
    if (std::find(found.begin(), found.end(), m) == found.end()) missing.append(" ").append(m);
  return missing;
}

}  // namespace myo::test
