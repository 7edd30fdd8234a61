// Loft meshing with Catmull-Rom refinement of the cross-sections.
#include "bodygen/loft.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/geometry/mesh_measures.h"
#include "core/geometry/mesh_normals.h"

namespace myo {
namespace {

template <class T>
T catmullRom(const T& p0, const T& p1, const T& p2, const T& p3, float t) {
  const float t2 = t * t, t3 = t2 * t;
  return 0.5f * ((2.0f * p1) + (p2 - p0) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 +
                 (3.0f * p1 - p0 + p3 - 3.0f * p2) * t3);
}

// Ring at parameter t in [0, 1] between rings[i] and rings[i + 1] (ends clamped).
LoftRing interpolate(const std::vector<LoftRing>& rings, std::size_t i, float t) {
  const std::size_t last = rings.size() - 1;
  const LoftRing& r0 = rings[i == 0 ? 0 : i - 1];
  const LoftRing& r1 = rings[i];
  const LoftRing& r2 = rings[std::min(i + 1, last)];
  const LoftRing& r3 = rings[std::min(i + 2, last)];
  LoftRing ring;
  ring.centre = catmullRom(r0.centre, r1.centre, r2.centre, r3.centre, t);
  ring.radiusA = std::max(0.0f, catmullRom(r0.radiusA, r1.radiusA, r2.radiusA, r3.radiusA, t));
  ring.radiusB = std::max(0.0f, catmullRom(r0.radiusB, r1.radiusB, r2.radiusB, r3.radiusB, t));
  const glm::vec3 a = glm::mix(r1.axisA, r2.axisA, t);
  const glm::vec3 b = glm::mix(r1.axisB, r2.axisB, t);
  ring.axisA = glm::normalize(a);
  ring.axisB = glm::normalize(b - glm::dot(b, ring.axisA) * ring.axisA);  // Gram-Schmidt
  return ring;
}

}  // namespace

std::vector<LoftRing> refinedRings(const std::vector<LoftRing>& rings, int subdivisions) {
  std::vector<LoftRing> out;
  for (std::size_t i = 0; i + 1 < rings.size(); ++i) {
    for (int s = 0; s <= subdivisions; ++s)
      out.push_back(
          interpolate(rings, i, static_cast<float>(s) / static_cast<float>(subdivisions + 1)));
  }
  out.push_back(rings.back());
  return out;
}

LoftSpec ellipsoidLoft(const glm::vec3& centre, const glm::vec3& along, const glm::vec3& a,
                       const glm::vec3& b) {
  constexpr int kRings = 7;
  LoftSpec spec;
  spec.start = centre - along;
  spec.end = centre + along;
  for (int i = 1; i <= kRings; ++i) {
    const float t = -1.0f + 2.0f * static_cast<float>(i) / (kRings + 1);  // -1..1 exclusive
    const float scale = std::sqrt(1.0f - t * t);
    spec.rings.push_back({centre + t * along, glm::normalize(a), glm::normalize(b),
                          glm::length(a) * scale, glm::length(b) * scale});
  }
  return spec;
}

LoftSpec tubeLoft(std::span<const glm::vec3> path, float radiusA, float radiusB) {
  LoftSpec spec;
  const float cap = 0.6f * std::max(radiusA, radiusB);
  spec.start = path.front() - cap * glm::normalize(path[1] - path.front());
  spec.end = path.back() + cap * glm::normalize(path.back() - path[path.size() - 2]);
  glm::vec3 reference(0.0f, 1.0f, 0.0f);
  for (std::size_t i = 0; i < path.size(); ++i) {
    const glm::vec3 tangent =
        glm::normalize(path[std::min(i + 1, path.size() - 1)] - path[i == 0 ? 0 : i - 1]);
    if (std::abs(glm::dot(tangent, reference)) > 0.9f) reference = {1.0f, 0.0f, 0.0f};
    const glm::vec3 a = glm::normalize(glm::cross(tangent, reference));
    const glm::vec3 b = glm::cross(tangent, a);
    const float taper = (i == 0 || i + 1 == path.size()) ? 0.6f : 1.0f;
    spec.rings.push_back({path[i], b, a, radiusA * taper, radiusB * taper});
  }
  return spec;
}

Part loftSurface(const LoftSpec& spec, int segments, int subdivisions) {
  const std::vector<LoftRing> rings = refinedRings(spec.rings, std::max(0, subdivisions));
  const auto n = static_cast<std::uint32_t>(segments);
  Part part;
  // Fibres run along the loft: at each ring, the direction between its neighbours (the tips'
  // neighbours are the start and end points).
  const auto along = [&](std::size_t r) {
    const glm::vec3 before = r == 0 ? spec.start : rings[r - 1].centre;
    const glm::vec3 after = r + 1 == rings.size() ? spec.end : rings[r + 1].centre;
    const glm::vec3 d = after - before;
    return glm::length(d) > 1e-9f ? glm::normalize(d) : glm::vec3(0.0f, 1.0f, 0.0f);
  };
  // Around each ring, the fibre line coordinate: whole numbers on lines about kFibreSpacing apart,
  // as many around as the ring's mean circumference holds, so the count closes without a seam.
  constexpr float kFibreSpacing = 0.008f;  // m
  const auto around = [&](const LoftRing& ring, std::uint32_t s) {
    const float circumference = std::numbers::pi_v<float> * (ring.radiusA + ring.radiusB);
    const float lines = std::max(1.0f, std::round(circumference / kFibreSpacing));
    return lines * static_cast<float>(s) / static_cast<float>(n);
  };
  part.positions.push_back(spec.start);
  part.fibres.emplace_back(along(0), 0.0f);
  for (std::size_t r = 0; r < rings.size(); ++r) {
    const LoftRing& ring = rings[r];
    for (std::uint32_t s = 0; s < n; ++s) {
      part.fibres.emplace_back(along(r), around(ring, s));
      const float angle =
          2.0f * std::numbers::pi_v<float> * static_cast<float>(s) / static_cast<float>(n);
      const float relief = 1.0f + spec.ripple * std::cos(static_cast<float>(spec.ripples) * angle);
      part.positions.push_back(ring.centre +
                               relief * (ring.axisA * (ring.radiusA * std::cos(angle)) +
                                         ring.axisB * (ring.radiusB * std::sin(angle))));
    }
  }
  const auto endIndex = static_cast<std::uint32_t>(part.positions.size());
  part.positions.push_back(spec.end);
  part.fibres.emplace_back(along(rings.size() - 1), 0.0f);
  const auto ringCount = static_cast<std::uint32_t>(rings.size());
  for (std::uint32_t s = 0; s < n; ++s) {
    const std::uint32_t next = (s + 1) % n;
    part.indices.insert(part.indices.end(), {0, 1 + next, 1 + s});  // start cap
    for (std::uint32_t r = 0; r + 1 < ringCount; ++r) {
      const std::uint32_t a = 1 + r * n + s, b = 1 + r * n + next;
      const std::uint32_t c = a + n, d = b + n;
      part.indices.insert(part.indices.end(), {a, b, d, a, d, c});
    }
    const std::uint32_t lastRing = 1 + (ringCount - 1) * n;
    part.indices.insert(part.indices.end(), {endIndex, lastRing + s, lastRing + next});  // end cap
  }
  if (signedVolume(part) < 0.0)  // the rings' handedness decides; make the outside face out
    for (std::size_t t = 0; t + 2 < part.indices.size(); t += 3)
      std::swap(part.indices[t + 1], part.indices[t + 2]);
  computeVertexNormals(part);
  return part;
}

}  // namespace myo
