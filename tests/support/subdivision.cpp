// Six-way triangle splitting with shared edge midpoints.
#include "support/subdivision.h"

#include <algorithm>
#include <unordered_map>

#include <glm/geometric.hpp>

namespace myo::test {
namespace {

// Appends a vertex at the mean of `ids` of `part`'s arrays; returns its index.
std::uint32_t addMean(Part& part, std::initializer_list<std::uint32_t> ids) {
  glm::vec3 position(0.0f), normal(0.0f);
  for (const std::uint32_t id : ids) {
    position += part.positions[id];
    normal += part.normals[id];
  }
  part.positions.push_back(position / static_cast<float>(ids.size()));
  const float length = glm::length(normal);
  part.normals.push_back(length > 0.0f ? normal / length : part.normals[*ids.begin()]);
  return static_cast<std::uint32_t>(part.positions.size() - 1);
}

void subdividePart(Part& part) {
  part.uvs.clear();
  part.fibres.clear();
  std::unordered_map<std::uint64_t, std::uint32_t> midpoints;
  midpoints.reserve(part.indices.size());
  const auto midpoint = [&](std::uint32_t a, std::uint32_t b) {
    const std::uint64_t key = (std::uint64_t{std::min(a, b)} << 32) | std::max(a, b);
    const auto found = midpoints.find(key);
    if (found != midpoints.end()) return found->second;
    const std::uint32_t id = addMean(part, {a, b});
    midpoints.emplace(key, id);
    return id;
  };
  const std::vector<std::uint32_t> corners = std::move(part.indices);
  part.indices.clear();
  part.indices.reserve(corners.size() * 6);
  for (std::size_t t = 0; t + 2 < corners.size(); t += 3) {
    const std::uint32_t a = corners[t], b = corners[t + 1], c = corners[t + 2];
    const std::uint32_t ab = midpoint(a, b), bc = midpoint(b, c), ca = midpoint(c, a);
    const std::uint32_t centre = addMean(part, {a, b, c});
    const std::uint32_t fan[6][2] = {{a, ab}, {ab, b}, {b, bc}, {bc, c}, {c, ca}, {ca, a}};
    for (const auto& edge : fan)
      part.indices.insert(part.indices.end(), {edge[0], edge[1], centre});
  }
}

}  // namespace

Model subdividedSixfold(const Model& model) {
  Model out = model;
  for (Part& part : out.parts) subdividePart(part);
  return out;
}

}  // namespace myo::test
