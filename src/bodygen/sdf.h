// Signed distance primitives (metres, negative inside) and the smooth union that blends them.
// Pure math on glm and the loft description; no meshes, no grids, no GL, no I/O.
#pragma once

#include <vector>

#include <glm/glm.hpp>

#include "bodygen/loft.h"
#include "core/geometry/model.h"

namespace myo {

// Exact signed distance from `p` to a sphere. O(1).
[[nodiscard]] float sdSphere(const glm::vec3& p, const glm::vec3& centre, float radius);

// An ellipsoid: centre, orthonormal semi-axis directions and semi-axis lengths (m, > 0).
struct Ellipsoid {
  glm::vec3 centre{0.0f};
  glm::vec3 axisA{1.0f, 0.0f, 0.0f};
  glm::vec3 axisB{0.0f, 1.0f, 0.0f};
  glm::vec3 axisC{0.0f, 0.0f, 1.0f};
  glm::vec3 radii{1.0f};  // along axisA, axisB, axisC
};

// Approximate signed distance to an ellipsoid: exact zero set, first-order exact near the
// surface, a bound of the right sign elsewhere. O(1).
[[nodiscard]] float sdEllipsoid(const glm::vec3& p, const Ellipsoid& e);

// Exact signed distance to a round cone (the convex hull of two spheres: radius ra at a, rb at
// b; a capsule when ra == rb). O(1).
[[nodiscard]] float sdRoundCone(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b,
                                float ra, float rb);

// Approximate signed distance to an ellipse (semi-axes r > 0) in its plane; exact zero set.
// O(1).
[[nodiscard]] float sdEllipse2(const glm::vec2& p, const glm::vec2& r);

// Polynomial smooth minimum (Quilez): min(a, b) rounded over a blend width k (m, >= 0). Equals
// min(a, b) when |a - b| >= k; k == 0 is the hard union. O(1).
[[nodiscard]] float smoothUnion(float a, float b, float k);

// The solid of a loft (see loft.h): the same Catmull-Rom refinement as loftSurface, then one
// piece per pair of consecutive rings, cut by the ring planes, with the cross-section
// interpolated linearly; the end cones close at the end points. The zero set follows
// loftSurface's mesh to about a millimetre for ordinary bodies; the value is continuous.
//   LoftTube tube(spec, 4);  float d = tube.distance(p);
class LoftTube {
 public:
  // Refines and precomputes the pieces. O(rings · subdivisions). Precondition: spec has a ring.
  LoftTube(const LoftSpec& spec, int subdivisions);

  // Signed distance (m, approximate away from the surface). O(pieces).
  [[nodiscard]] float distance(const glm::vec3& p) const;
  // Same, skipping pieces whose box grown by `margin` misses p; far points give >= margin or a
  // lower value of the right sign. O(pieces) box tests.
  [[nodiscard]] float distance(const glm::vec3& p, float margin) const;
  // Box enclosing the solid. O(1).
  [[nodiscard]] const Bounds& bounds() const { return bounds_; }

  struct Section {
    glm::vec3 centre{0.0f};
    glm::vec3 normal{0.0f};  // plane normal, pointing from start to end
    glm::vec3 axisA{0.0f};
    glm::vec3 axisB{0.0f};
    glm::vec2 radii{0.0f};
  };
  struct Piece {
    Section from;
    Section to;
    Bounds box;
  };

 private:
  std::vector<Piece> pieces_;
  Bounds bounds_;
};

}  // namespace myo
