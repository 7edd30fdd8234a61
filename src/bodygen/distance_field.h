// A signed distance field built from many primitives blended by smooth unions, with per-primitive
// boxes so a point only pays for the primitives near it. No meshing, no GL, no I/O.
#pragma once

#include <functional>
#include <variant>
#include <vector>

#include <glm/glm.hpp>

#include "bodygen/scalar_grid.h"
#include "bodygen/sdf.h"
#include "core/geometry/model.h"

namespace myo {

struct Sphere {
  glm::vec3 centre{0.0f};
  float radius = 0.0f;
};

// The hull of a sphere of radius ra at a and one of radius rb at b (a capsule when equal).
struct RoundCone {
  glm::vec3 a{0.0f};
  glm::vec3 b{0.0f};
  float ra = 0.0f;
  float rb = 0.0f;
};

using Shape = std::variant<Sphere, Ellipsoid, RoundCone, LoftTube>;

// f(p) = smoothUnion(...smoothUnion(smoothUnion(margin, d0(p) - inflate0, blend0),
//        d1(p) - inflate1, blend1)...), where primitive i only takes part where p lies in its box
// grown by inflate_i + margin. Exact (as the primitives are) wherever f < margin - max blend;
// far from everything f is `margin`.
//   DistanceField field(0.05f);
//   field.add(Sphere{{0, 1, 0}, 0.1f});
//   field.add(RoundCone{{0, 0, 0}, {0, 1, 0}, 0.05f, 0.03f}, /*blend=*/0.02f, /*inflate=*/0.005f);
//   ScalarGrid grid = field.sample(field.bounds(), 0.006f);
class DistanceField {
 public:
  // margin (m, > 0): the distance beyond which values are clamped; keep it above the largest blend
  // plus two cells.
  explicit DistanceField(float margin) : margin_(margin) {}

  // Adds a primitive, blended with everything added before over `blend` m and grown outward by
  // `inflate` m (a fat layer). O(1) plus the shape's copy.
  void add(Shape shape, float blend = 0.0f, float inflate = 0.0f);

  // The field at p (m). O(primitives) box tests plus the cost of the primitives near p.
  [[nodiscard]] float evaluate(const glm::vec3& p) const;
  [[nodiscard]] float operator()(const glm::vec3& p) const { return evaluate(p); }

  // The field sampled on makeGrid(box, cellSize), equal to evaluate() at every sample; each
  // primitive only visits the samples in its box. O(samples + Σ samples in each box · cost).
  [[nodiscard]] ScalarGrid sample(const Bounds& box, float cellSize) const;

  // Box holding every primitive's solid (inflated), grown by `pad` m. O(primitives).
  [[nodiscard]] Bounds bounds(float pad = 0.0f) const;
  [[nodiscard]] float margin() const { return margin_; }
  [[nodiscard]] std::size_t size() const { return primitives_.size(); }

 private:
  struct Primitive {
    Shape shape;
    float blend = 0.0f;
    float inflate = 0.0f;
    Bounds box;  // the solid's box grown by inflate + margin
  };
  [[nodiscard]] float distanceTo(const Primitive& primitive, const glm::vec3& p) const;

  float margin_;
  std::vector<Primitive> primitives_;
};

// Removes the solid `cutter` (negative inside, m) from the sampled field `grid`, rounding the cut
// edges over `blend` m: value = smooth max(value, -cutter). O(samples · cost of cutter).
void carve(ScalarGrid& grid, const std::function<float(const glm::vec3&)>& cutter, float blend);

}  // namespace myo
