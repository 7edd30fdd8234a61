// Taubin smoothing, tangential relaxation and volume restoration on welded triangle meshes.
#include "bodygen/mesh_smoothing.h"

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "core/geometry/mesh_measures.h"
#include "core/geometry/mesh_normals.h"

namespace myo {
namespace {

// Each vertex's edge neighbours in compressed rows: neighbours of v are
// items[start[v] .. start[v + 1]), sorted, unique.
struct Adjacency {
  std::vector<std::uint32_t> start;
  std::vector<std::uint32_t> items;
};

Adjacency buildAdjacency(const Part& part) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  pairs.reserve(part.indices.size() * 2);
  for (std::size_t t = 0; t + 2 < part.indices.size(); t += 3)
    for (int e = 0; e < 3; ++e) {
      const std::uint32_t a = part.indices[t + static_cast<std::size_t>(e)];
      const std::uint32_t b = part.indices[t + static_cast<std::size_t>((e + 1) % 3)];
      pairs.emplace_back(a, b);
      pairs.emplace_back(b, a);
    }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  Adjacency adjacency;
  adjacency.start.assign(part.positions.size() + 1, 0);
  for (const auto& [a, b] : pairs) ++adjacency.start[a + 1];
  for (std::size_t v = 0; v < part.positions.size(); ++v)
    adjacency.start[v + 1] += adjacency.start[v];
  adjacency.items.reserve(pairs.size());
  for (const auto& pair : pairs) adjacency.items.push_back(pair.second);
  return adjacency;
}

// Mean of v's neighbours minus v (zero for an isolated vertex).
glm::vec3 umbrella(const Part& part, const Adjacency& adjacency, std::size_t v) {
  const std::uint32_t begin = adjacency.start[v], end = adjacency.start[v + 1];
  if (begin == end) return glm::vec3(0.0f);
  glm::vec3 sum(0.0f);
  for (std::uint32_t n = begin; n < end; ++n) sum += part.positions[adjacency.items[n]];
  return sum / static_cast<float>(end - begin) - part.positions[v];
}

void laplacianStep(Part& part, const Adjacency& adjacency, float factor,
                   std::vector<glm::vec3>& scratch) {
  scratch.resize(part.positions.size());
  for (std::size_t v = 0; v < part.positions.size(); ++v)
    scratch[v] = part.positions[v] + factor * umbrella(part, adjacency, v);
  part.positions.swap(scratch);
}

double surfaceArea(const Part& part) {
  double area = 0.0;
  for (std::size_t t = 0; t + 2 < part.indices.size(); t += 3) {
    const glm::vec3& a = part.positions[part.indices[t]];
    const glm::vec3& b = part.positions[part.indices[t + 1]];
    const glm::vec3& c = part.positions[part.indices[t + 2]];
    area += 0.5 * static_cast<double>(glm::length(glm::cross(b - a, c - a)));
  }
  return area;
}

}  // namespace

void restoreVolume(Part& part, double volume) {
  for (int step = 0; step < 2; ++step) {
    computeVertexNormals(part);
    const double area = surfaceArea(part);
    if (area <= 0.0) return;
    const auto offset = static_cast<float>((volume - signedVolume(part)) / area);
    for (std::size_t v = 0; v < part.positions.size(); ++v)
      part.positions[v] += offset * part.normals[v];
  }
  computeVertexNormals(part);
}

void taubinSmooth(Part& part, const SmoothingOptions& options) {
  const double volume = signedVolume(part);
  const Adjacency adjacency = buildAdjacency(part);
  std::vector<glm::vec3> scratch;
  for (int i = 0; i < options.iterations; ++i) {
    laplacianStep(part, adjacency, options.lambda, scratch);
    laplacianStep(part, adjacency, options.mu, scratch);
  }
  if (options.keepVolume)
    restoreVolume(part, volume);
  else
    computeVertexNormals(part);
}

void relaxTangentially(Part& part, int iterations, float strength, bool keepVolume) {
  const double volume = signedVolume(part);
  const Adjacency adjacency = buildAdjacency(part);
  std::vector<glm::vec3> scratch(part.positions.size());
  for (int i = 0; i < iterations; ++i) {
    computeVertexNormals(part);
    for (std::size_t v = 0; v < part.positions.size(); ++v) {
      const glm::vec3 d = umbrella(part, adjacency, v);
      const glm::vec3& n = part.normals[v];
      scratch[v] = part.positions[v] + strength * (d - glm::dot(d, n) * n);
    }
    part.positions.swap(scratch);
  }
  if (keepVolume)
    restoreVolume(part, volume);
  else
    computeVertexNormals(part);
}

}  // namespace myo
