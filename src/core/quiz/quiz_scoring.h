// Scoring quiz answers on the placed atlas: where a knot refers (clicks against its zones),
// which knot causes a pattern (a click's distance from the knot), naming a muscle (typed with
// tolerance, or chosen), and which muscles could refer to a spot (a set against the pain
// finder's). Each score is 0–1. Pure geometry and text; no GL, no UI.
#pragma once

#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "core/atlas/atlas_anchoring.h"

namespace myo {

// "Where does it refer?": `clicks` (world, m) against the point's zones. Each click earns its
// best coverage of an essential zone, or half its best spillover coverage; a click that touches
// no zone costs a quarter. The score is the mean of those (at least 0) times the share of the
// essential zones a click covers by half or more, averaged with that mean alone: so one click
// dead on one of two zones scores 0.75, clicks everywhere score little. 0 for no clicks.
// O(clicks · zones · landmarks).
struct ReferralAnswerScore {
  float score = 0.0f;
  int inEssential = 0, inSpillover = 0, outside = 0;  // clicks by where they landed
  int zonesCovered = 0, zones = 0;                    // essential zones a click covered
};
[[nodiscard]] ReferralAnswerScore scoreReferralClicks(const PlacedTriggerPoint& placed,
                                                      const BodyLandmarks& landmarks,
                                                      const std::vector<glm::vec3>& clicks);

// "Which knot causes this?" from a click `distance` (m) from the knot, along the surface where
// it is known: full credit within 3 cm (scaled with the body), none beyond 15 cm, linear
// between. O(1).
[[nodiscard]] float scoreKnotDistance(float distance, const BodyLandmarks& landmarks);

// The same for a click at `click` by straight-line distance, for when the distance along the
// surface is not known. O(1).
[[nodiscard]] float scoreKnotClick(const PlacedTriggerPoint& placed, const BodyLandmarks& landmarks,
                                   const glm::vec3& click);

// "Name this muscle" typed: true when `typed` names catalogue muscle `muscle` — its display
// name, its node name in words, or the common name the atlas uses ("upper trapezius"), each
// case-blind and with a slip of one letter in five allowed. O(length²).
[[nodiscard]] bool namesMuscle(const std::string& typed, const std::string& muscle,
                               const std::vector<std::string>& otherNames = {});

// "Where does it hurt?": the picked muscles (catalogue names) against the expected set, as the
// F1 score (2·right / (picked + expected)); 1 when both are empty. O(n²).
[[nodiscard]] float scoreMusclePicks(const std::vector<std::string>& picked,
                                     const std::vector<std::string>& expected);

}  // namespace myo
