// A quiz under way in the window: its questions, the answer being given (clicks on the body, a
// choice, picked muscles or typed text), the feedback once revealed (score, right or wrong, a
// line from the atlas), and the running score and streak. Scores with core/quiz. No GL, no UI.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "core/atlas/atlas.h"
#include "core/atlas/atlas_anchoring.h"
#include "core/quiz/class_round.h"
#include "core/quiz/quiz_generator.h"

namespace myo {

struct QuizAnswer {
  std::vector<glm::vec3> clicks;      // where / knot: points on the body (world, m)
  int choice = -1;                    // knot / name: the choice picked
  std::vector<std::string> picks;     // spot: the muscles picked
  std::string typed;                  // name: the muscle typed
  std::optional<float> alongSurface;  // knot: the last click's distance to the knot along the
                                      // painted surface (m), when the referral's field knows it
  [[nodiscard]] bool empty() const {
    return clicks.empty() && choice < 0 && picks.empty() && typed.empty();
  }
};

// The score from which an answer counts as right (half marks).
inline constexpr float kQuizRightScore = 0.5f;

struct QuizFeedback {
  float score = 0.0f;       // 0–1
  bool right = false;       // half marks or better
  std::string explanation;  // one line from the atlas
};

// One answered question, as the results keep it.
struct QuizRecord {
  std::string when;  // UTC, "2026-12-02T14:05:00Z"
  QuizKind kind = QuizKind::WhereRefers;
  std::string question;  // "upper_trapezius_1.R", or the spot "temple.R"
  std::string answer;    // "3 clicks", the muscle chosen or typed, the muscles picked
  float score = 0.0f;
};

struct QuizSession {
  QuizKind kind = QuizKind::WhereRefers;
  std::string region;  // "" for all
  std::vector<QuizQuestion> questions;
  int current = 0;
  QuizAnswer answer;
  std::optional<QuizFeedback> feedback;  // set once the answer is revealed
  float totalScore = 0.0f;
  int answered = 0, streak = 0, bestStreak = 0;
  std::vector<QuizRecord> records;       // every answer revealed, in order
  std::optional<ClassRound> classRound;  // class mode: the countdown and the class's tally
  int peelBefore = 0;  // the muscle layers peeled when the quiz began, given back at its end
  [[nodiscard]] bool finished() const { return current >= static_cast<int>(questions.size()); }
  [[nodiscard]] const QuizQuestion* question() const {
    return finished() ? nullptr : &questions[static_cast<std::size_t>(current)];
  }
};

// Scores the current answer, records the feedback, the running score and streak and a result
// dated `when`; nothing when it is already revealed or the quiz is over. O(clicks · zones) or
// O(names).
void revealAnswer(QuizSession& quiz, const std::vector<PlacedTriggerPoint>& placed,
                  const BodyLandmarks& landmarks, const Atlas& atlas, const std::string& when);

// The question after the current one, with a fresh answer. O(1).
void nextQuestion(QuizSession& quiz);

}  // namespace myo
