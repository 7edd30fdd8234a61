// Geometry for the measure_reference developer tool: principal axes, loft fitting and rebuild,
// sphere fit, extreme points, connected pieces. Plain double-precision math on point sets;
// depends on nothing but glm and the reference table types.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include <glm/glm.hpp>

#include "bodygen/reference_measurements.h"

namespace myo::measure {

// A triangle mesh in the reference frame (metres).
struct Mesh {
  std::vector<glm::dvec3> positions;
  std::vector<std::uint32_t> indices;  // 3 per triangle
};

struct Box {
  glm::dvec3 min{1e30};
  glm::dvec3 max{-1e30};
  void add(const glm::dvec3& p) {
    min = glm::min(min, p);
    max = glm::max(max, p);
  }
  [[nodiscard]] glm::dvec3 size() const { return max - min; }
  [[nodiscard]] glm::dvec3 centre() const { return 0.5 * (min + max); }
};

// Mean, unit axes (largest variance first, right-handed) and variances. O(points).
struct Pca {
  glm::dvec3 mean{0.0};
  std::array<glm::dvec3, 3> axes{};
  std::array<double, 3> variances{};
};
[[nodiscard]] Pca principalAxes(std::span<const glm::dvec3> points);

[[nodiscard]] Box boxOf(std::span<const glm::dvec3> points);
[[nodiscard]] glm::dvec3 meanOf(std::span<const glm::dvec3> points);
// Centroid of the surface, each triangle weighted by its area. O(triangles).
[[nodiscard]] glm::dvec3 areaCentroid(const Mesh& mesh);

// Mean of the points within `band` metres of the farthest one along `dir`. O(points).
[[nodiscard]] glm::dvec3 extremePoint(std::span<const glm::dvec3> points, const glm::dvec3& dir,
                                      double band);

// Least-squares sphere through the points within `radius` of `seed`, refined `iterations`
// times around the latest centre. Returns centre (xyz) and radius (w). O(points · iterations).
[[nodiscard]] glm::dvec4 fitSphere(std::span<const glm::dvec3> points, glm::dvec3 seed,
                                   double radius, int iterations);

// Component label per vertex (vertices at the same position are joined). O(n log n).
[[nodiscard]] std::vector<int> pieceLabels(const Mesh& mesh, int& pieceCount);

// Drops pieces with under `fraction` of the vertices lying over `gap` metres outside the box of
// the big pieces (those with more, or the largest); returns how many vertices were dropped.
// O(n log n).
std::size_t dropStrayPieces(Mesh& mesh, double fraction, double gap);

// Distance along the surface (edge graph, coincident vertices joined) from one end of the
// mesh's longest geodesic to every vertex; unreached vertices get -1. O(n log n).
[[nodiscard]] std::vector<double> geodesicFromEnd(const Mesh& mesh);

// Loft of a point set: PCA axis oriented so that the origin end lies farther along `originDir`;
// the cross-section axes are the second and third principal axes turned by `twist` radians
// about the main axis.
struct LoftFit {
  glm::dvec3 axis{0.0}, axisA{0.0}, axisB{0.0};
  glm::dvec3 origin{0.0}, insertion{0.0};
  std::array<glm::dvec3, ref::kLoftStations> centres{};
  std::array<glm::dvec2, ref::kLoftStations> radii{};
};
[[nodiscard]] LoftFit fitLoft(std::span<const glm::dvec3> points, const glm::dvec3& originDir,
                              double twist);

// Closed triangle mesh of a loft (`ringPoints` per ellipse). O(stations · ringPoints).
[[nodiscard]] Mesh rebuildLoft(const ref::MeasuredShape& shape, int ringPoints);

// Rotates `v` into a canonical sign: its largest-magnitude component positive. O(1).
[[nodiscard]] glm::dvec3 canonicalSign(const glm::dvec3& v);

}  // namespace myo::measure
