// The pain finder's answer as muscles: trigger points grouped by muscle — as the references list
// muscles (the research table's row: the scalenes, the rhomboids, iliopsoas, the hamstrings are
// one each; the catalogue's parts and heads fold into it) — and side, each ranked by its best
// point, with whether it rests on an essential zone or only on spillover; and the finder over
// several painful spots at once. No GL, no UI.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/atlas/pain_finder.h"

namespace myo {

struct PainMuscle {
  std::string muscle;                // catalogue name of its best point's muscle
  std::vector<std::string> members;  // the catalogue muscles its points belong to, best first
  char side = 'R';
  float score = 0.0f;      // its best point's
  bool essential = false;  // some point covers the pain with an essential zone
  Prevalence prevalence = Prevalence::Unstated;  // common when any point's match is
  std::vector<PainFinding> points;               // its points, best first
};

// `findings` (best first) grouped by muscle (research row) and side, best first by rankKey of
// the best score and the muscle's prevalence (then by muscle name), at most `top` muscles.
// O(findings · muscles).
[[nodiscard]] std::vector<PainMuscle> painMuscles(const std::vector<PainFinding>& findings,
                                                  std::size_t top);

// What the research notes say of how often a match is the cause: "a common cause here", "an
// uncommon pattern", or "" when they say nothing. O(1).
[[nodiscard]] std::string_view prevalenceNote(Prevalence prevalence);

// "Psoas major / Iliacus (right)": the muscle's members in plain words, with its side. O(members).
[[nodiscard]] std::string painMuscleName(const PainMuscle& muscle);

// The placed points whose zones cover the painful `places`, each a spot or the sampled points of
// an area: a point's score is the mean over the places of its mean coverage over each place's
// points (a point explaining every place beats one explaining a single place); its kind is
// essential when an essential zone covers any point. Best first (ties by id), at most `top`.
// O(points · zones · sampled points).
[[nodiscard]] std::vector<PainFinding> findPainSourcesAt(
    const std::vector<PlacedTriggerPoint>& placed, const BodyLandmarks& landmarks,
    const std::vector<std::vector<glm::vec3>>& places, std::size_t top);

// The atlas's red flags whose places (their landmarks, either side) lie within 8 cm (scaled with
// the body) of a painful spot: what must be said before any muscle is listed. In the atlas's
// order, each once. O(flags · landmarks · spots).
[[nodiscard]] std::vector<const RedFlag*> redFlagsNear(const Atlas& atlas,
                                                       const BodyLandmarks& landmarks,
                                                       const std::vector<glm::vec3>& spots);

}  // namespace myo
