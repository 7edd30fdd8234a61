// Eligible points per kind, a seeded Fisher–Yates order, distractors from the same region.
#include "core/quiz/quiz_generator.h"

#include <algorithm>
#include <random>
#include <set>

#include "core/atlas/pain_finder.h"

namespace myo {
namespace {

// How many muscles a WhereHurts answer lists at most, and the least score that counts.
constexpr std::size_t kMostSpotMuscles = 6;
constexpr float kSpotFindingScore = 0.2f;
constexpr std::size_t kChoices = 4;

// A uniform index below `n` from `random` (the same numbers everywhere: mt19937 is fixed by the
// standard, and the reduction is ours, not a library distribution's). O(1).
std::size_t below(std::mt19937& random, std::size_t n) {
  return static_cast<std::size_t>(random() % static_cast<std::uint32_t>(n));
}

template <typename T>
void shuffled(std::vector<T>& items, std::mt19937& random) {
  for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[below(random, i)]);
}

// Whether every essential zone of `placed` lies on landmarks the body has.
bool zonesOnBody(const PlacedTriggerPoint& placed, const BodyLandmarks& landmarks) {
  const TriggerPoint& point = *placed.point;
  if (point.essential.empty()) return false;
  return std::all_of(point.essential.begin(), point.essential.end(), [&](const AtlasZone& zone) {
    return !zoneLandmarkPoints(zone, placed.side, landmarks).empty();
  });
}

// Four muscles: `right` and three others of the region's points, in a seeded order.
std::vector<std::string> choicesWith(const std::string& right, const std::vector<std::string>& pool,
                                     std::mt19937& random, int& answer) {
  std::vector<std::string> others;
  for (const std::string& muscle : pool)
    if (muscle != right && std::find(others.begin(), others.end(), muscle) == others.end())
      others.push_back(muscle);
  shuffled(others, random);
  others.resize(std::min(others.size(), kChoices - 1));
  others.push_back(right);
  shuffled(others, random);
  answer = static_cast<int>(std::find(others.begin(), others.end(), right) - others.begin());
  return others;
}

}  // namespace

std::optional<QuizKind> parseQuizKind(std::string_view word) {
  if (word == "where") return QuizKind::WhereRefers;
  if (word == "knot") return QuizKind::WhichKnot;
  if (word == "name") return QuizKind::NameMuscle;
  if (word == "spot") return QuizKind::WhereHurts;
  return std::nullopt;
}

std::string_view quizKindWord(QuizKind kind) {
  switch (kind) {
    case QuizKind::WhereRefers:
      return "where";
    case QuizKind::WhichKnot:
      return "knot";
    case QuizKind::NameMuscle:
      return "name";
    case QuizKind::WhereHurts:
      break;
  }
  return "spot";
}

std::vector<QuizQuestion> generateQuiz(QuizKind kind, const std::string& region, int count,
                                       std::uint32_t seed,
                                       const std::vector<PlacedTriggerPoint>& placed,
                                       const BodyLandmarks& landmarks) {
  std::mt19937 random(seed);
  std::vector<int> eligible;
  std::vector<std::string> pool;  // the region's muscles, for choices
  for (std::size_t i = 0; i < placed.size(); ++i) {
    const PlacedTriggerPoint& p = placed[i];
    if (!region.empty() && p.point->region != region) continue;
    pool.push_back(p.point->muscle);
    const bool showable = kind == QuizKind::NameMuscle ? p.part >= 0 : zonesOnBody(p, landmarks);
    if (showable) eligible.push_back(static_cast<int>(i));
  }
  std::vector<QuizQuestion> questions;
  if (kind == QuizKind::WhereHurts) {
    // Spots: the landmarks the region's essential zones lie on, that some point refers to.
    std::set<std::string> spots;
    for (const int index : eligible) {
      const PlacedTriggerPoint& p = placed[static_cast<std::size_t>(index)];
      for (const AtlasZone& zone : p.point->essential)
        for (const std::string& name : zone.landmarks)
          for (const char side : zoneSides(zone, p.side))
            if (landmarks.at(name, side)) spots.insert(name + "." + side);
    }
    std::vector<std::string> order(spots.begin(), spots.end());
    shuffled(order, random);
    for (const std::string& spot : order) {
      if (static_cast<int>(questions.size()) == count) break;
      const auto [name, side] = splitSideLabel(spot);
      const auto at = landmarks.at(name, side);
      QuizQuestion question{kind, -1, {}, -1, spot, {}};
      for (const PainFinding& finding :
           findPainSources(placed, landmarks, *at, 3 * kMostSpotMuscles))
        if (finding.score >= kSpotFindingScore && question.expected.size() < kMostSpotMuscles &&
            std::find(question.expected.begin(), question.expected.end(),
                      finding.placed->point->muscle) == question.expected.end())
          question.expected.push_back(finding.placed->point->muscle);
      if (question.expected.empty()) continue;
      question.choices = question.expected;  // and as many others, to pick from
      for (const std::string& muscle : pool)
        if (question.choices.size() < 2 * question.expected.size() + 2 &&
            std::find(question.choices.begin(), question.choices.end(), muscle) ==
                question.choices.end())
          question.choices.push_back(muscle);
      shuffled(question.choices, random);
      questions.push_back(std::move(question));
    }
    return questions;
  }
  shuffled(eligible, random);  // each point once
  for (std::size_t i = 0; i < eligible.size() && static_cast<int>(i) < count; ++i) {
    const int index = eligible[i];
    QuizQuestion question{kind, index, {}, -1, {}, {}};
    if (kind != QuizKind::WhereRefers)
      question.choices = choicesWith(placed[static_cast<std::size_t>(index)].point->muscle, pool,
                                     random, question.answer);
    questions.push_back(std::move(question));
  }
  return questions;
}

}  // namespace myo
