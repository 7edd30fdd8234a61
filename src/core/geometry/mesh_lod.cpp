// Vertex clustering with an open-addressing table from grid cell to output vertex.
#include "core/geometry/mesh_lod.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace myo {
namespace {

constexpr std::uint64_t kEmpty = ~std::uint64_t{0};

// Packs a cell's integer coordinates (21 bits each, offset to be non-negative) into a key.
std::uint64_t cellKey(const glm::vec3& p, float inverseCell) {
  constexpr std::int64_t kBias = 1 << 20;
  auto axis = [&](float v) {
    const auto cell = static_cast<std::int64_t>(std::floor(v * inverseCell)) + kBias;
    return static_cast<std::uint64_t>(std::clamp<std::int64_t>(cell, 0, (1 << 21) - 1));
  };
  return axis(p.x) | (axis(p.y) << 21) | (axis(p.z) << 42);
}

// Maps cell keys to dense output indices; capacity a power of two at least twice the input.
class CellTable {
 public:
  explicit CellTable(std::size_t vertices)
      : keys_(std::bit_ceil(std::max<std::size_t>(16, 2 * vertices)), kEmpty),
        values_(keys_.size()) {}

  // The output index of `key`, assigning `next` (and incrementing it) the first time.
  std::uint32_t find(std::uint64_t key, std::uint32_t& next) {
    const std::size_t mask = keys_.size() - 1;
    std::size_t slot = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & mask;
    while (keys_[slot] != kEmpty && keys_[slot] != key) slot = (slot + 1) & mask;
    if (keys_[slot] == kEmpty) {
      keys_[slot] = key;
      values_[slot] = next++;
    }
    return values_[slot];
  }

 private:
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> values_;
};

}  // namespace

Part clusterVertices(const Part& part, float cellSize) {
  Part out;
  out.name = part.name;
  out.meshName = part.meshName;
  out.sourceFile = part.sourceFile;
  out.extras = part.extras;
  out.kind = part.kind;
  out.material = part.material;
  out.closed = part.closed;  // clustering at sub-pixel cells opens no visible hole
  const float inverseCell = 1.0f / cellSize;
  const bool hasUvs = part.uvs.size() == part.positions.size();
  const bool hasNormals = part.normals.size() == part.positions.size();
  const bool hasFibres = part.fibres.size() == part.positions.size();

  CellTable table(part.positions.size());
  std::vector<std::uint32_t> remap(part.positions.size());
  std::vector<float> counts;
  std::uint32_t next = 0;
  for (std::size_t i = 0; i < part.positions.size(); ++i) {
    remap[i] = table.find(cellKey(part.positions[i], inverseCell), next);
    if (remap[i] == out.positions.size()) {
      out.positions.emplace_back(0.0f);
      out.normals.emplace_back(0.0f);
      if (hasUvs) out.uvs.emplace_back(0.0f);
      if (hasFibres) out.fibres.emplace_back(0.0f);
      counts.push_back(0.0f);
    }
    const std::uint32_t j = remap[i];
    out.positions[j] += part.positions[i];
    if (hasNormals) out.normals[j] += part.normals[i];
    if (hasUvs) out.uvs[j] += part.uvs[i];
    if (hasFibres)  // a fibre's sign means nothing: add it the way the sum already points
      out.fibres[j] += glm::dot(glm::vec3(out.fibres[j]), glm::vec3(part.fibres[i])) < 0.0f
                           ? glm::vec4(-glm::vec3(part.fibres[i]), part.fibres[i].w)
                           : part.fibres[i];
    counts[j] += 1.0f;
  }
  for (std::size_t j = 0; j < out.positions.size(); ++j) {
    out.positions[j] /= counts[j];
    if (hasUvs) out.uvs[j] /= counts[j];
    const float length = glm::length(out.normals[j]);
    out.normals[j] = length > 1e-12f ? out.normals[j] / length : glm::vec3(0.0f, 0.0f, 1.0f);
    if (hasFibres) {
      const float along = glm::length(glm::vec3(out.fibres[j]));
      out.fibres[j] = glm::vec4(along > 1e-12f ? glm::vec3(out.fibres[j]) / along : glm::vec3(0.0f),
                                out.fibres[j].w / counts[j]);
    }
  }
  out.indices.reserve(part.indices.size());
  for (std::size_t t = 0; t + 2 < part.indices.size(); t += 3) {
    const std::uint32_t a = remap[part.indices[t]];
    const std::uint32_t b = remap[part.indices[t + 1]];
    const std::uint32_t c = remap[part.indices[t + 2]];
    if (a != b && b != c && a != c) out.indices.insert(out.indices.end(), {a, b, c});
  }
  return out;
}

std::vector<std::uint32_t> snappedIndices(const Part& part, float cellSize) {
  const std::size_t n = part.positions.size();
  std::vector<bool> used(n, false);
  for (const std::uint32_t index : part.indices)
    if (index < n) used[index] = true;
  const float inverseCell = 1.0f / cellSize;
  CellTable table(n);
  std::vector<std::uint32_t> cellOf(n, 0);
  std::vector<glm::vec3> sums;
  std::vector<float> counts;
  std::uint32_t next = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!used[i]) continue;
    cellOf[i] = table.find(cellKey(part.positions[i], inverseCell), next);
    if (cellOf[i] == sums.size()) {
      sums.emplace_back(0.0f);
      counts.push_back(0.0f);
    }
    sums[cellOf[i]] += part.positions[i];
    counts[cellOf[i]] += 1.0f;
  }
  constexpr auto kNone = std::numeric_limits<std::uint32_t>::max();
  std::vector<std::uint32_t> representative(next, kNone);
  std::vector<float> nearest(next, std::numeric_limits<float>::max());
  for (std::size_t i = 0; i < n; ++i) {
    if (!used[i]) continue;
    const std::uint32_t c = cellOf[i];
    const glm::vec3 offset = part.positions[i] - sums[c] / counts[c];
    const float d = glm::dot(offset, offset);
    if (d < nearest[c]) {
      nearest[c] = d;
      representative[c] = static_cast<std::uint32_t>(i);
    }
  }
  std::vector<std::uint32_t> indices;
  indices.reserve(part.indices.size() / 2);
  for (std::size_t t = 0; t + 2 < part.indices.size(); t += 3) {
    if (part.indices[t] >= n || part.indices[t + 1] >= n || part.indices[t + 2] >= n) continue;
    const std::uint32_t a = representative[cellOf[part.indices[t]]];
    const std::uint32_t b = representative[cellOf[part.indices[t + 1]]];
    const std::uint32_t c = representative[cellOf[part.indices[t + 2]]];
    if (a == b || b == c || a == c) continue;
    // A triangle that snapping folded over would show its back, lit from the wrong side.
    const glm::vec3& p0 = part.positions[part.indices[t]];
    const glm::vec3 before = glm::cross(part.positions[part.indices[t + 1]] - p0,
                                        part.positions[part.indices[t + 2]] - p0);
    const glm::vec3& q0 = part.positions[a];
    const glm::vec3 after = glm::cross(part.positions[b] - q0, part.positions[c] - q0);
    if (glm::dot(before, after) > 0.0f) indices.insert(indices.end(), {a, b, c});
  }
  return indices;
}

std::vector<DetailLevel> detailLevels(const Model& model, float finestCell, int count, float keep) {
  std::vector<DetailLevel> levels;
  std::size_t previous = model.triangleCount();
  float cell = finestCell;
  for (int k = 0; k < count; ++k, cell *= 2.0f) {
    DetailLevel level;
    level.cellSize = cell;
    for (const Part& part : model.parts) {
      level.indices.push_back(snappedIndices(part, cell));
      level.triangles += level.indices.back().size() / 3;
    }
    if (static_cast<float>(level.triangles) > keep * static_cast<float>(previous)) continue;
    previous = level.triangles;
    levels.push_back(std::move(level));
  }
  return levels;
}

Model simplifiedModel(const Model& model, float cellSize) {
  Model out;
  out.materials = model.materials;
  out.textures = model.textures;
  out.landmarks = model.landmarks;
  out.warnings = model.warnings;
  out.source = model.source;
  out.parts.reserve(model.parts.size());
  for (const Part& part : model.parts) out.parts.push_back(clusterVertices(part, cellSize));
  return out;
}

}  // namespace myo
