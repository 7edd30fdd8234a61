// A regular 3D grid of scalar samples (a sampled distance field), the input of the surface mesher.
// Plain data and sampling only; no meshing, no GL.
#pragma once

#include <cassert>
#include <cmath>
#include <cstddef>
#include <functional>
#include <vector>

#include <glm/glm.hpp>

#include "core/geometry/model.h"

namespace myo {

// Samples at origin + (i, j, k) · cellSize, x fastest: values[i + count.x · (j + count.y · k)].
struct ScalarGrid {
  glm::vec3 origin{0.0f};
  glm::ivec3 count{0};  // samples per axis
  float cellSize = 0.0f;
  std::vector<float> values;

  [[nodiscard]] std::size_t index(int i, int j, int k) const {
    return static_cast<std::size_t>(i) +
           static_cast<std::size_t>(count.x) *
               (static_cast<std::size_t>(j) +
                static_cast<std::size_t>(count.y) * static_cast<std::size_t>(k));
  }
  [[nodiscard]] glm::vec3 point(int i, int j, int k) const {
    return origin + glm::vec3(static_cast<float>(i), static_cast<float>(j), static_cast<float>(k)) *
                        cellSize;
  }
};

// An all-zero grid centred on `box`, covering it with cells of `cellSize` m (count = ceil(size /
// cellSize) + 1 per axis). O(samples). Precondition: box not empty, cellSize > 0.
[[nodiscard]] inline ScalarGrid makeGrid(const Bounds& box, float cellSize) {
  assert(!box.empty() && cellSize > 0.0f);
  ScalarGrid grid;
  grid.cellSize = cellSize;
  const glm::vec3 cells = glm::ceil(box.size() / cellSize);
  grid.count = glm::ivec3(cells) + 1;
  grid.origin = box.center() - 0.5f * cells * cellSize;
  grid.values.assign(static_cast<std::size_t>(grid.count.x) * grid.count.y * grid.count.z, 0.0f);
  return grid;
}

// `field` sampled on makeGrid(box, cellSize). O(samples · cost of field).
[[nodiscard]] inline ScalarGrid sampleField(const std::function<float(glm::vec3)>& field,
                                            const Bounds& box, float cellSize) {
  ScalarGrid grid = makeGrid(box, cellSize);
  std::size_t n = 0;
  for (int k = 0; k < grid.count.z; ++k)
    for (int j = 0; j < grid.count.y; ++j)
      for (int i = 0; i < grid.count.x; ++i) grid.values[n++] = field(grid.point(i, j, k));
  return grid;
}

}  // namespace myo
