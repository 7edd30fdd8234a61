// Many-primitive distance field: boxes, point evaluation and box-limited grid sampling.
#include "bodygen/distance_field.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace myo {
namespace {

template <class... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

Bounds sphereBox(const glm::vec3& centre, float radius) {
  Bounds box;
  box.add(centre - radius);
  box.add(centre + radius);
  return box;
}

Bounds shapeBox(const Shape& shape) {
  return std::visit(Overloaded{
                        [](const Sphere& s) { return sphereBox(s.centre, s.radius); },
                        [](const Ellipsoid& e) {
                          const glm::vec3 a = e.axisA * e.radii.x, b = e.axisB * e.radii.y,
                                          c = e.axisC * e.radii.z;
                          const glm::vec3 extent = glm::sqrt(a * a + b * b + c * c);
                          Bounds box;
                          box.add(e.centre - extent);
                          box.add(e.centre + extent);
                          return box;
                        },
                        [](const RoundCone& r) {
                          Bounds box = sphereBox(r.a, r.ra);
                          const Bounds other = sphereBox(r.b, r.rb);
                          box.add(other.min);
                          box.add(other.max);
                          return box;
                        },
                        [](const LoftTube& t) { return t.bounds(); },
                    },
                    shape);
}

bool contains(const Bounds& box, const glm::vec3& p) {
  return p.x >= box.min.x && p.y >= box.min.y && p.z >= box.min.z && p.x <= box.max.x &&
         p.y <= box.max.y && p.z <= box.max.z;
}

}  // namespace

void DistanceField::add(Shape shape, float blend, float inflate) {
  assert(blend >= 0.0f && blend < margin_);
  Primitive primitive{std::move(shape), blend, inflate, Bounds{}};
  const Bounds box = shapeBox(primitive.shape);
  primitive.box.min = box.min - (inflate + margin_);
  primitive.box.max = box.max + (inflate + margin_);
  primitives_.push_back(std::move(primitive));
}

float DistanceField::distanceTo(const Primitive& primitive, const glm::vec3& p) const {
  const float d =
      std::visit(Overloaded{
                     [&](const Sphere& s) { return sdSphere(p, s.centre, s.radius); },
                     [&](const Ellipsoid& e) { return sdEllipsoid(p, e); },
                     [&](const RoundCone& r) { return sdRoundCone(p, r.a, r.b, r.ra, r.rb); },
                     [&](const LoftTube& t) { return t.distance(p, margin_ + primitive.inflate); },
                 },
                 primitive.shape);
  return d - primitive.inflate;
}

float DistanceField::evaluate(const glm::vec3& p) const {
  float value = margin_;
  for (const Primitive& primitive : primitives_)
    if (contains(primitive.box, p))
      value = smoothUnion(value, distanceTo(primitive, p), primitive.blend);
  return value;
}

ScalarGrid DistanceField::sample(const Bounds& box, float cellSize) const {
  ScalarGrid grid = makeGrid(box, cellSize);
  std::fill(grid.values.begin(), grid.values.end(), margin_);
  const glm::ivec3 top = grid.count - 1;
  for (const Primitive& primitive : primitives_) {
    // Index range of the samples in the box, one extra each side; contains() decides exactly.
    const glm::ivec3 lo =
        glm::clamp(glm::ivec3(glm::floor((primitive.box.min - grid.origin) / cellSize)) - 1,
                   glm::ivec3(0), top);
    const glm::ivec3 hi =
        glm::clamp(glm::ivec3(glm::ceil((primitive.box.max - grid.origin) / cellSize)) + 1,
                   glm::ivec3(-1), top);
    for (int k = lo.z; k <= hi.z; ++k)
      for (int j = lo.y; j <= hi.y; ++j)
        for (int i = lo.x; i <= hi.x; ++i) {
          const glm::vec3 p = grid.point(i, j, k);
          if (!contains(primitive.box, p)) continue;
          float& value = grid.values[grid.index(i, j, k)];
          value = smoothUnion(value, distanceTo(primitive, p), primitive.blend);
        }
  }
  return grid;
}

Bounds DistanceField::bounds(float pad) const {
  Bounds all;
  const float shrink = margin_;
  for (const Primitive& primitive : primitives_) {
    all.add(primitive.box.min + shrink - pad);
    all.add(primitive.box.max - shrink + pad);
  }
  return all;
}

void carve(ScalarGrid& grid, const std::function<float(const glm::vec3&)>& cutter, float blend) {
  std::size_t n = 0;
  for (int k = 0; k < grid.count.z; ++k)
    for (int j = 0; j < grid.count.y; ++j)
      for (int i = 0; i < grid.count.x; ++i, ++n)
        grid.values[n] = -smoothUnion(-grid.values[n], cutter(grid.point(i, j, k)), blend);
}

}  // namespace myo
