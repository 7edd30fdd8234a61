// Quiz questions from the atlas placed on a body: which kind, which trigger point, the four
// muscles to choose from, or the painful spot and the muscles that could explain it. Only what
// the open body can show is asked; a seed makes the order reproducible on every platform. Pure
// data; no GL, no UI.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/atlas/atlas_anchoring.h"

namespace myo {

enum class QuizKind {
  WhereRefers,  // the knot is shown: click where its pain goes
  WhichKnot,    // the referral plays: click the knot, or pick its muscle of four
  NameMuscle,   // a muscle is highlighted: name it, or pick it of four
  WhereHurts,   // a spot is marked: pick every muscle that could refer there
};

// "where", "knot", "name", "spot" (the script words) and back; nullopt for another word. O(1).
[[nodiscard]] std::optional<QuizKind> parseQuizKind(std::string_view word);
[[nodiscard]] std::string_view quizKindWord(QuizKind kind);

struct QuizQuestion {
  QuizKind kind = QuizKind::WhereRefers;
  int point = -1;                     // index into the placed points (all kinds but WhereHurts)
  std::vector<std::string> choices;   // catalogue muscles to pick from (knot, name, spot)
  int answer = -1;                    // index of the right choice (knot, name)
  std::string spot;                   // WhereHurts: the landmark marked, "temple.R"
  std::vector<std::string> expected;  // WhereHurts: the muscles whose points refer there
};

// `count` questions of `kind` over the placed points of atlas region `region` ("" for all),
// without repeating a point (or a spot) while others are left; fewer when the body offers
// fewer. O(points · zones + count · choices).
[[nodiscard]] std::vector<QuizQuestion> generateQuiz(QuizKind kind, const std::string& region,
                                                     int count, std::uint32_t seed,
                                                     const std::vector<PlacedTriggerPoint>& placed,
                                                     const BodyLandmarks& landmarks);

}  // namespace myo
