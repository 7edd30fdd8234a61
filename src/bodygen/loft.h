// Lofting: a closed surface through a row of elliptical cross-sections, closed at each end by a
// cone to an end point. The building block of the generated bones and muscles. No GL, no I/O.
#pragma once

#include <span>
#include <vector>

#include <glm/glm.hpp>

#include "core/geometry/model.h"

namespace myo {

// An elliptical cross-section: centre, unit semi-axis directions and semi-axis lengths (m).
struct LoftRing {
  glm::vec3 centre{0.0f};
  glm::vec3 axisA{1.0f, 0.0f, 0.0f};
  glm::vec3 axisB{0.0f, 0.0f, 1.0f};
  float radiusA = 0.0f;
  float radiusB = 0.0f;
};

// The path of a loft: from `start` through the rings in order to `end`.
struct LoftSpec {
  glm::vec3 start{0.0f};
  std::vector<LoftRing> rings;  // at least one
  glm::vec3 end{0.0f};
  // Fibre relief: the radius ripples by ±`ripple` (a fraction) `ripples` times around each ring,
  // so shading shows grooves running along the loft (a muscle's fibre direction). 0 = smooth.
  float ripple = 0.0f;
  int ripples = 0;
};

// The rings with `subdivisions` extra rings between each given pair on a Catmull-Rom curve
// (centres, radii; axes blended and re-orthogonalised); the given rings are kept. O(output).
[[nodiscard]] std::vector<LoftRing> refinedRings(const std::vector<LoftRing>& rings,
                                                 int subdivisions);

// An ellipsoid as a loft of 7 rings along `along`: centre, and three perpendicular semi-axes given
// as vectors (m). O(1).
[[nodiscard]] LoftSpec ellipsoidLoft(const glm::vec3& centre, const glm::vec3& along,
                                     const glm::vec3& a, const glm::vec3& b);

// A tube of constant elliptical section through `path` (>= 2 points; rib, finger ray, jaw),
// tapered to 60 % at the end points and closed by cones that stand 0.6 · the larger radius beyond
// them. radiusA lies along the direction nearest +Y across the path (+X-related once the path
// turns near vertical), radiusB across both. O(path).
[[nodiscard]] LoftSpec tubeLoft(std::span<const glm::vec3> path, float radiusA, float radiusB);

// Meshes `spec` as one closed, outward-wound surface with smooth normals: every ring sampled at
// `segments` (>= 3) points, `subdivisions` extra rings between given ones on a Catmull-Rom curve
// (centres, radii and axes), and a fan to each end point. O(rings · subdivisions · segments).
[[nodiscard]] Part loftSurface(const LoftSpec& spec, int segments, int subdivisions);

}  // namespace myo
