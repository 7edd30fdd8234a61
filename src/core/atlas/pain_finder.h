// The pain finder: given a point on the body's surface, the trigger points whose referral zones
// cover it, ranked — essential zones above spillover, each weighted by the zone's strength and a
// soft edge. Distances are straight-line for now. No GL, no UI.
#pragma once

#include <tuple>
#include <vector>

#include <glm/glm.hpp>

#include "core/atlas/atlas_anchoring.h"

namespace myo {

enum class ZoneKind { Essential, Spillover };

struct PainFinding {
  const PlacedTriggerPoint* placed = nullptr;
  ZoneKind kind = ZoneKind::Essential;
  float score = 0.0f;  // 0–1: zone weight × edge falloff, spillover halved
  Prevalence prevalence = Prevalence::Unstated;  // of the zone(s) the match rests on
};

// Scores this close count as tied; the research notes' prevalence orders ties.
inline constexpr float kScoreTieStep = 0.02f;
// The order key of a finding or a muscle: best first when compared with >, i.e. the score's
// kScoreTieStep step, then prevalence, then the score itself. O(1).
[[nodiscard]] std::tuple<int, int, float> rankKey(float score, Prevalence prevalence);

// How much a zone covers a point `distance` m from its centre line, for a zone of radius or half
// width `size` m: 1 within half the size, falling smoothly to 0 at the size. O(1).
[[nodiscard]] float zoneFalloff(float distance, float size);

// Where a zone lies on `side`: its landmarks' positions in order (those the body lacks left out).
// O(landmarks in the zone).
[[nodiscard]] std::vector<glm::vec3> zoneLandmarkPoints(const AtlasZone& zone, char side,
                                                        const BodyLandmarks& landmarks);

// A zone's reach (m): a blob's radius or half a path's width, scaled with the body. O(1).
[[nodiscard]] float zoneReach(const AtlasZone& zone, const BodyLandmarks& landmarks);

// The sides ('L', 'R') on which a zone of a point placed on `side` lies. O(1).
[[nodiscard]] std::vector<char> zoneSides(const AtlasZone& zone, char side);

// Coverage of `at` by one zone of a trigger point placed on `side` ('L'/'R'), 0–1 (weight
// included); zone sizes (cm) scale with the body (landmarks.scale). O(landmarks in the zone).
[[nodiscard]] float zoneCoverage(const AtlasZone& zone, char side, const BodyLandmarks& landmarks,
                                 const glm::vec3& at);

// Sorts `findings` best first by rankKey (then by label) and keeps at most `top`. O(n log n).
void rankFindings(std::vector<PainFinding>& findings, std::size_t top);

// The placed trigger points whose zones cover `at`, best first (ties by id), at most `top`.
// O(points · zones).
[[nodiscard]] std::vector<PainFinding> findPainSources(
    const std::vector<PlacedTriggerPoint>& placed, const BodyLandmarks& landmarks,
    const glm::vec3& at, std::size_t top);

}  // namespace myo
