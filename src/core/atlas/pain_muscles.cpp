// Grouping the pain finder's points by muscle, and the finder over several spots.
#include "core/atlas/pain_muscles.h"

#include <algorithm>
#include <limits>
#include <map>

#include "core/anatomy/muscle_catalog.h"

namespace myo {

namespace {

// Catalogue muscles the references count as one: the same research table row.
bool sameReferenceMuscle(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const MuscleSpec* first = findMuscle(a);
  const MuscleSpec* second = findMuscle(b);
  return first != nullptr && second != nullptr && first->researchRow > 0 &&
         first->researchRow == second->researchRow;
}

}  // namespace

std::vector<PainMuscle> painMuscles(const std::vector<PainFinding>& findings, std::size_t top) {
  std::vector<PainMuscle> muscles;
  for (const PainFinding& finding : findings) {
    const TriggerPoint& point = *finding.placed->point;
    auto same = std::find_if(muscles.begin(), muscles.end(), [&](const PainMuscle& m) {
      return m.side == finding.placed->side && sameReferenceMuscle(m.muscle, point.muscle);
    });
    if (same == muscles.end()) {
      muscles.push_back(
          {point.muscle, {}, finding.placed->side, 0.0f, false, Prevalence::Uncommon, {}});
      same = muscles.end() - 1;
    }
    if (std::find(same->members.begin(), same->members.end(), point.muscle) == same->members.end())
      same->members.push_back(point.muscle);
    same->score = std::max(same->score, finding.score);
    same->essential = same->essential || finding.kind == ZoneKind::Essential;
    same->prevalence = std::max(same->prevalence, finding.prevalence);
    same->points.push_back(finding);
  }
  std::stable_sort(muscles.begin(), muscles.end(), [](const PainMuscle& a, const PainMuscle& b) {
    const auto keyA = rankKey(a.score, a.prevalence), keyB = rankKey(b.score, b.prevalence);
    if (keyA != keyB) return keyA > keyB;
    return a.muscle < b.muscle;
  });
  if (muscles.size() > top) muscles.resize(top);
  return muscles;
}

std::string_view prevalenceNote(Prevalence prevalence) {
  switch (prevalence) {
    case Prevalence::Common:
      return "a common cause here";
    case Prevalence::Uncommon:
      return "an uncommon pattern";
    case Prevalence::Unstated:
      break;
  }
  return "";
}

std::string painMuscleName(const PainMuscle& muscle) {
  std::string name;
  for (const std::string& member : muscle.members) {
    if (!name.empty()) name += " / ";
    name += muscleDisplayName(member);
  }
  name += muscle.side == 'L' ? " (left)" : " (right)";
  return name;
}

std::vector<const RedFlag*> redFlagsNear(const Atlas& atlas, const BodyLandmarks& landmarks,
                                         const std::vector<glm::vec3>& spots) {
  constexpr float kNearMetres = 0.08f;
  const float near = kNearMetres * landmarks.scale;
  std::vector<const RedFlag*> flags;
  for (const RedFlag& flag : atlas.safety.redFlags) {
    bool close = false;
    for (const std::string& name : flag.refersTo)
      for (const char side : {'L', 'R'})
        if (const std::optional<glm::vec3> at = landmarks.at(name, side))
          for (const glm::vec3& spot : spots) close = close || glm::distance(*at, spot) <= near;
    if (close) flags.push_back(&flag);
  }
  return flags;
}

std::vector<PainFinding> findPainSourcesAt(const std::vector<PlacedTriggerPoint>& placed,
                                           const BodyLandmarks& landmarks,
                                           const std::vector<std::vector<glm::vec3>>& places,
                                           std::size_t top) {
  if (places.size() == 1 && places.front().size() == 1)
    return findPainSources(placed, landmarks, places.front().front(), top);
  std::map<const PlacedTriggerPoint*, PainFinding> combined;
  const auto all = std::numeric_limits<std::size_t>::max();
  for (const std::vector<glm::vec3>& place : places)
    for (const glm::vec3& spot : place)
      for (const PainFinding& finding : findPainSources(placed, landmarks, spot, all)) {
        auto [entry, fresh] = combined.try_emplace(finding.placed, finding);
        if (fresh) {
          entry->second.score = 0.0f;
          entry->second.kind = ZoneKind::Spillover;
        }
        entry->second.score += finding.score / static_cast<float>(places.size() * place.size());
        if (finding.kind == ZoneKind::Essential) entry->second.kind = ZoneKind::Essential;
        entry->second.prevalence = std::max(entry->second.prevalence, finding.prevalence);
      }
  std::vector<PainFinding> findings;
  for (const auto& [point, finding] : combined) findings.push_back(finding);
  rankFindings(findings, top);
  return findings;
}

}  // namespace myo
