// Zone coverage from the pain finder's falloff; names through edit distance.
#include "core/quiz/quiz_scoring.h"

#include <algorithm>
#include <cctype>

#include "core/anatomy/muscle_catalog.h"
#include "core/atlas/pain_finder.h"
#include "core/text/ascii_text.h"
#include "core/text/spelling.h"

namespace myo {
namespace {

constexpr float kFullCreditMetres = 0.03f, kNoCreditMetres = 0.15f;  // knot clicks, 1.75 m body
constexpr float kOutsidePenalty = 0.25f;
constexpr float kTouches = 0.05f;  // coverage that counts as touching a zone
constexpr float kCovers = 0.5f;    // coverage that counts as covering it

// Best coverage of `at` by any of `zones`, each zone's weight left out (a faint zone is still
// the zone). O(zones · landmarks).
float bestCoverage(const std::vector<AtlasZone>& zones, char side, const BodyLandmarks& landmarks,
                   const glm::vec3& at) {
  float best = 0.0f;
  for (const AtlasZone& zone : zones) {
    AtlasZone whole = zone;
    whole.weight = 1.0f;
    best = std::max(best, zoneCoverage(whole, side, landmarks, at));
  }
  return best;
}

// Lower case, letters and digits kept, every other run of characters one space, trimmed.
std::string normalised(std::string_view text) {
  std::string out;
  for (const char c : asciiLower(text)) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0)
      out += c;
    else if (!out.empty() && out.back() != ' ')
      out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

ReferralAnswerScore scoreReferralClicks(const PlacedTriggerPoint& placed,
                                        const BodyLandmarks& landmarks,
                                        const std::vector<glm::vec3>& clicks) {
  ReferralAnswerScore result;
  const TriggerPoint& point = *placed.point;
  result.zones = static_cast<int>(point.essential.size());
  if (clicks.empty()) return result;
  float credit = 0.0f;
  for (const glm::vec3& click : clicks) {
    const float essential = bestCoverage(point.essential, placed.side, landmarks, click);
    const float spillover = bestCoverage(point.spillover, placed.side, landmarks, click);
    if (essential >= kTouches && essential >= 0.5f * spillover) {
      credit += essential;
      ++result.inEssential;
    } else if (spillover >= kTouches) {
      credit += 0.5f * spillover;
      ++result.inSpillover;
    } else {
      credit -= kOutsidePenalty;
      ++result.outside;
    }
  }
  for (const AtlasZone& zone : point.essential) {
    AtlasZone whole = zone;
    whole.weight = 1.0f;
    const bool covered = std::any_of(clicks.begin(), clicks.end(), [&](const glm::vec3& click) {
      return zoneCoverage(whole, placed.side, landmarks, click) >= kCovers;
    });
    result.zonesCovered += covered ? 1 : 0;
  }
  const float accuracy = std::max(0.0f, credit / static_cast<float>(clicks.size()));
  const float coverage = result.zones == 0 ? 1.0f
                                           : static_cast<float>(result.zonesCovered) /
                                                 static_cast<float>(result.zones);
  result.score = std::clamp(0.5f * accuracy + 0.5f * accuracy * coverage, 0.0f, 1.0f);
  return result;
}

float scoreKnotDistance(float distance, const BodyLandmarks& landmarks) {
  const float full = kFullCreditMetres * landmarks.scale, none = kNoCreditMetres * landmarks.scale;
  return std::clamp((none - distance) / (none - full), 0.0f, 1.0f);
}

float scoreKnotClick(const PlacedTriggerPoint& placed, const BodyLandmarks& landmarks,
                     const glm::vec3& click) {
  return scoreKnotDistance(glm::distance(placed.position, click), landmarks);
}

bool namesMuscle(const std::string& typed, const std::string& muscle,
                 const std::vector<std::string>& otherNames) {
  const std::string answer = normalised(typed);
  if (answer.empty()) return false;
  std::vector<std::string> names = {normalised(muscle)};
  if (const MuscleSpec* spec = findMuscle(muscle)) names.push_back(normalised(spec->displayName));
  for (const std::string& name : otherNames) names.push_back(normalised(name));
  return std::any_of(names.begin(), names.end(), [&](const std::string& name) {
    const std::size_t allowed = std::max<std::size_t>(1, name.size() / 5);
    return editDistance(answer, name) <= allowed;
  });
}

float scoreMusclePicks(const std::vector<std::string>& picked,
                       const std::vector<std::string>& expected) {
  if (picked.empty() && expected.empty()) return 1.0f;
  std::size_t right = 0;
  for (const std::string& muscle : picked)
    right += std::find(expected.begin(), expected.end(), muscle) != expected.end() ? 1 : 0;
  return 2.0f * static_cast<float>(right) / static_cast<float>(picked.size() + expected.size());
}

}  // namespace myo
