// Signed distance primitives, the smooth union and the lofted tube.
#include "bodygen/sdf.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace myo {
namespace {

constexpr float kMinRadius = 1e-5f;  // keeps the ellipse formula finite at cone tips

void addSectionBounds(Bounds& box, const LoftTube::Section& s) {
  const glm::vec3 a = s.axisA * s.radii.x, b = s.axisB * s.radii.y;
  const glm::vec3 extent = glm::sqrt(a * a + b * b);
  box.add(s.centre - extent);
  box.add(s.centre + extent);
}

float pieceDistance(const LoftTube::Piece& piece, const glm::vec3& p) {
  const LoftTube::Section& s0 = piece.from;
  const LoftTube::Section& s1 = piece.to;
  const float d0 = glm::dot(p - s0.centre, s0.normal);  // >= 0 past the first plane
  const float d1 = glm::dot(p - s1.centre, s1.normal);  // <= 0 before the second plane
  float t = 0.0f;
  if (d0 - d1 > 1e-9f) {
    t = d0 / (d0 - d1);
  } else {  // beyond where the two planes cross: fall back to the projection on the axis
    const glm::vec3 axis = s1.centre - s0.centre;
    const float len2 = glm::dot(axis, axis);
    t = len2 > 0.0f ? glm::dot(p - s0.centre, axis) / len2 : 0.0f;
  }
  t = std::clamp(t, 0.0f, 1.0f);
  const glm::vec3 centre = glm::mix(s0.centre, s1.centre, t);
  const glm::vec3 axisA = glm::normalize(glm::mix(s0.axisA, s1.axisA, t));
  glm::vec3 axisB = glm::mix(s0.axisB, s1.axisB, t);
  axisB = glm::normalize(axisB - glm::dot(axisB, axisA) * axisA);
  const glm::vec2 radii = glm::max(glm::mix(s0.radii, s1.radii, t), glm::vec2(kMinRadius));
  const glm::vec3 q = p - centre;
  const float e = sdEllipse2({glm::dot(q, axisA), glm::dot(q, axisB)}, radii);
  // Past a cut plane by h: the neighbouring piece (sharing that plane and its section) holds the
  // inside, so this piece only reports outside values there; within the slab, the section's e.
  const float h = std::max(-d0, d1);
  if (h <= 0.0f) return e;
  return e > 0.0f ? std::sqrt(e * e + h * h) : h;
}

}  // namespace

float sdSphere(const glm::vec3& p, const glm::vec3& centre, float radius) {
  return glm::length(p - centre) - radius;
}

float sdEllipse2(const glm::vec2& p, const glm::vec2& r) {
  const float k1 = glm::length(p / (r * r));
  if (k1 < 1e-12f) return -std::min(r.x, r.y);
  const float k0 = glm::length(p / r);
  return k0 * (k0 - 1.0f) / k1;
}

float sdEllipsoid(const glm::vec3& p, const Ellipsoid& e) {
  const glm::vec3 d = p - e.centre;
  const glm::vec3 q(glm::dot(d, e.axisA), glm::dot(d, e.axisB), glm::dot(d, e.axisC));
  const float k1 = glm::length(q / (e.radii * e.radii));
  if (k1 < 1e-12f) return -std::min(e.radii.x, std::min(e.radii.y, e.radii.z));
  const float k0 = glm::length(q / e.radii);
  return k0 * (k0 - 1.0f) / k1;
}

float sdRoundCone(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, float ra, float rb) {
  // Quilez's exact round cone, in double for short segments.
  const glm::dvec3 ba = glm::dvec3(b) - glm::dvec3(a);
  const glm::dvec3 pa = glm::dvec3(p) - glm::dvec3(a);
  const double l2 = glm::dot(ba, ba);
  const double rr = static_cast<double>(ra) - static_cast<double>(rb);
  const double a2 = l2 - rr * rr;
  if (a2 <= 1e-18)  // one sphere holds the other (or a == b)
    return ra >= rb ? sdSphere(p, a, ra) : sdSphere(p, b, rb);
  const double il2 = 1.0 / l2;
  const double y = glm::dot(pa, ba);
  const double z = y - l2;
  const glm::dvec3 w = pa * l2 - ba * y;
  const double x2 = glm::dot(w, w);
  const double y2 = y * y * l2;
  const double z2 = z * z * l2;
  const double k = (rr > 0.0 ? 1.0 : (rr < 0.0 ? -1.0 : 0.0)) * rr * rr * x2;
  double d = 0.0;
  if ((z > 0.0 ? 1.0 : -1.0) * a2 * z2 > k)
    d = std::sqrt(x2 + z2) * il2 - rb;
  else if ((y > 0.0 ? 1.0 : -1.0) * a2 * y2 < k)
    d = std::sqrt(x2 + y2) * il2 - ra;
  else
    d = (std::sqrt(x2 * a2 * il2) + y * rr) * il2 - ra;
  return static_cast<float>(d);
}

float smoothUnion(float a, float b, float k) {
  if (k <= 0.0f) return std::min(a, b);
  const float h = std::max(k - std::abs(a - b), 0.0f) / k;
  return std::min(a, b) - h * h * k * 0.25f;
}

LoftTube::LoftTube(const LoftSpec& spec, int subdivisions) {
  assert(!spec.rings.empty());
  const std::vector<LoftRing> rings = refinedRings(spec.rings, std::max(0, subdivisions));
  // Sections: the start point, every refined ring, the end point.
  std::vector<Section> sections;
  sections.reserve(rings.size() + 2);
  const auto pointSection = [](const glm::vec3& point, const LoftRing& ring) {
    Section s;
    s.centre = point;
    s.axisA = ring.axisA;
    s.axisB = ring.axisB;
    return s;
  };
  sections.push_back(pointSection(spec.start, rings.front()));
  for (const LoftRing& ring : rings) {
    Section s;
    s.centre = ring.centre;
    s.axisA = ring.axisA;
    s.axisB = ring.axisB;
    s.radii = {ring.radiusA, ring.radiusB};
    sections.push_back(s);
  }
  sections.push_back(pointSection(spec.end, rings.back()));
  // Plane normals: a ring's own plane, facing along the path; the end points face the path.
  for (std::size_t i = 0; i < sections.size(); ++i) {
    const glm::vec3 prev = sections[i == 0 ? 0 : i - 1].centre;
    const glm::vec3 next = sections[std::min(i + 1, sections.size() - 1)].centre;
    glm::vec3 tangent = next - prev;
    if (glm::dot(tangent, tangent) < 1e-20f) {  // an end point on its ring: face along the path
      tangent = glm::cross(sections[i].axisA, sections[i].axisB);
      if (glm::dot(tangent, spec.end - spec.start) < 0.0f) tangent = -tangent;
    }
    tangent = glm::normalize(tangent);
    glm::vec3 normal = tangent;
    if (i != 0 && i + 1 != sections.size()) {
      normal = glm::cross(sections[i].axisA, sections[i].axisB);
      const float len = glm::length(normal);
      normal = len > 1e-12f ? normal / len : tangent;
      if (glm::dot(normal, tangent) < 0.0f) normal = -normal;
    }
    sections[i].normal = normal;
  }
  // The end points' planes run parallel to their neighbouring ring's, so each cone's slab holds
  // the whole cone (unless the point lies behind that ring; then the path direction stays).
  const std::size_t last = sections.size() - 1;
  if (glm::dot(sections[1].centre - sections[0].centre, sections[1].normal) > 0.0f)
    sections[0].normal = sections[1].normal;
  if (glm::dot(sections[last].centre - sections[last - 1].centre, sections[last - 1].normal) > 0.0f)
    sections[last].normal = sections[last - 1].normal;
  for (std::size_t i = 0; i + 1 < sections.size(); ++i) {
    Piece piece{sections[i], sections[i + 1], Bounds{}};
    addSectionBounds(piece.box, piece.from);
    addSectionBounds(piece.box, piece.to);
    bounds_.add(piece.box.min);
    bounds_.add(piece.box.max);
    pieces_.push_back(piece);
  }
}

float LoftTube::distance(const glm::vec3& p) const {
  float best = 1e30f;
  for (const Piece& piece : pieces_) best = std::min(best, pieceDistance(piece, p));
  return best;
}

float LoftTube::distance(const glm::vec3& p, float margin) const {
  float best = margin;
  for (const Piece& piece : pieces_) {
    const glm::vec3 lo = piece.box.min - margin, hi = piece.box.max + margin;
    if (p.x < lo.x || p.y < lo.y || p.z < lo.z || p.x > hi.x || p.y > hi.y || p.z > hi.z) continue;
    best = std::min(best, pieceDistance(piece, p));
  }
  return best;
}

}  // namespace myo
