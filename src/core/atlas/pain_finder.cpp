// Zone coverage (blobs and bands) and ranking.
#include "core/atlas/pain_finder.h"

#include <algorithm>
#include <cmath>

namespace myo {
namespace {

constexpr float kSpilloverFactor = 0.5f;  // a spillover zone counts half an essential one

float distanceToSegment(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b) {
  const glm::vec3 ab = b - a;
  const float length2 = glm::dot(ab, ab);
  const float t = length2 > 0.0f ? std::clamp(glm::dot(p - a, ab) / length2, 0.0f, 1.0f) : 0.0f;
  return glm::distance(p, a + t * ab);
}

float coverageOnSide(const AtlasZone& zone, char side, const BodyLandmarks& landmarks,
                     const glm::vec3& at) {
  const std::vector<glm::vec3> points = zoneLandmarkPoints(zone, side, landmarks);
  if (points.empty()) return 0.0f;
  float distance = glm::distance(at, points.front());
  for (std::size_t i = 0; i + 1 < points.size(); ++i)
    distance = std::min(distance, distanceToSegment(at, points[i], points[i + 1]));
  return zone.weight * zoneFalloff(distance, zoneReach(zone, landmarks));
}

}  // namespace

float zoneFalloff(float distance, float size) {
  if (size <= 0.0f) return 0.0f;
  const float u = distance / size;
  if (u <= 0.5f) return 1.0f;
  if (u >= 1.0f) return 0.0f;
  const float t = (1.0f - u) / 0.5f;  // 1 at half the size, 0 at the edge
  return t * t * (3.0f - 2.0f * t);
}

std::vector<glm::vec3> zoneLandmarkPoints(const AtlasZone& zone, char side,
                                          const BodyLandmarks& landmarks) {
  std::vector<glm::vec3> points;
  for (const std::string& name : zone.landmarks)
    if (const auto p = landmarks.at(name, side)) points.push_back(*p);
  return points;
}

float zoneReach(const AtlasZone& zone, const BodyLandmarks& landmarks) {
  return zone.sizeCm * 0.01f * landmarks.scale * (zone.isPath() ? 0.5f : 1.0f);
}

std::vector<char> zoneSides(const AtlasZone& zone, char side) {
  const char other = side == 'L' ? 'R' : 'L';
  switch (zone.side) {
    case ZoneSide::Same:
      return {side};
    case ZoneSide::Opposite:
      return {other};
    case ZoneSide::Both:
      break;
  }
  return {side, other};
}

float zoneCoverage(const AtlasZone& zone, char side, const BodyLandmarks& landmarks,
                   const glm::vec3& at) {
  float coverage = 0.0f;
  for (const char s : zoneSides(zone, side))
    coverage = std::max(coverage, coverageOnSide(zone, s, landmarks, at));
  return coverage;
}

std::vector<PainFinding> findPainSources(const std::vector<PlacedTriggerPoint>& placed,
                                         const BodyLandmarks& landmarks, const glm::vec3& at,
                                         std::size_t top) {
  std::vector<PainFinding> findings;
  for (const PlacedTriggerPoint& p : placed) {
    PainFinding best{&p, ZoneKind::Essential, 0.0f};
    for (const AtlasZone& zone : p.point->essential) {
      const float score = zoneCoverage(zone, p.side, landmarks, at);
      if (score > best.score) best = {&p, ZoneKind::Essential, score, zone.prevalence};
    }
    for (const AtlasZone& zone : p.point->spillover) {
      const float score = kSpilloverFactor * zoneCoverage(zone, p.side, landmarks, at);
      if (score > best.score) best = {&p, ZoneKind::Spillover, score, zone.prevalence};
    }
    if (best.score > 0.0f) findings.push_back(best);
  }
  rankFindings(findings, top);
  return findings;
}

std::tuple<int, int, float> rankKey(float score, Prevalence prevalence) {
  return {static_cast<int>(std::floor(score / kScoreTieStep)), static_cast<int>(prevalence), score};
}

void rankFindings(std::vector<PainFinding>& findings, std::size_t top) {
  std::sort(findings.begin(), findings.end(), [](const PainFinding& a, const PainFinding& b) {
    const auto keyA = rankKey(a.score, a.prevalence), keyB = rankKey(b.score, b.prevalence);
    if (keyA != keyB) return keyA > keyB;
    return a.placed->label() < b.placed->label();
  });
  if (findings.size() > top) findings.resize(top);
}

}  // namespace myo
