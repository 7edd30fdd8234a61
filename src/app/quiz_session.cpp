// Per kind: the score from core/quiz and the atlas line that explains it.
#include "app/quiz_session.h"

#include "core/anatomy/muscle_catalog.h"
#include "core/quiz/quiz_scoring.h"

namespace myo {
namespace {

// The point's first symptom: how its referral feels and where.
std::string symptomOf(const PlacedTriggerPoint& placed) {
  const TriggerPoint& point = *placed.point;
  return point.symptoms.empty() ? point.name : point.symptoms.front();
}

// The point's muscle in plain words, as the atlas's muscle card has it.
std::string muscleLine(const std::string& muscle, const Atlas& atlas) {
  const MuscleInfo* info = atlas.findMuscleInfo(muscle);
  return muscleDisplayName(muscle) + (info != nullptr ? ": " + info->action : std::string());
}

// The answer in words, for the results.
std::string answerText(const QuizQuestion& question, const QuizAnswer& answer) {
  if (answer.choice >= 0 && static_cast<std::size_t>(answer.choice) < question.choices.size())
    return question.choices[static_cast<std::size_t>(answer.choice)];
  if (!answer.typed.empty()) return answer.typed;
  if (!answer.picks.empty()) {
    std::string text;
    for (const std::string& muscle : answer.picks) text += (text.empty() ? "" : " ") + muscle;
    return text;
  }
  if (!answer.clicks.empty())
    return std::to_string(answer.clicks.size()) +
           (answer.clicks.size() == 1 ? " click" : " clicks");
  return "(none)";
}

}  // namespace

void revealAnswer(QuizSession& quiz, const std::vector<PlacedTriggerPoint>& placed,
                  const BodyLandmarks& landmarks, const Atlas& atlas, const std::string& when) {
  const QuizQuestion* question = quiz.question();
  if (question == nullptr || quiz.feedback) return;
  const QuizAnswer& answer = quiz.answer;
  const PlacedTriggerPoint* point =
      question->point >= 0 ? &placed[static_cast<std::size_t>(question->point)] : nullptr;
  QuizFeedback feedback;
  switch (question->kind) {
    case QuizKind::WhereRefers:
      feedback.score = scoreReferralClicks(*point, landmarks, answer.clicks).score;
      feedback.explanation = symptomOf(*point);
      break;
    case QuizKind::WhichKnot:
      if (answer.choice >= 0)
        feedback.score = answer.choice == question->answer ? 1.0f : 0.0f;
      else if (answer.alongSurface)
        feedback.score = scoreKnotDistance(*answer.alongSurface, landmarks);
      else if (!answer.clicks.empty())
        feedback.score = scoreKnotClick(*point, landmarks, answer.clicks.back());
      feedback.explanation = point->displayName() + ". " + symptomOf(*point);
      break;
    case QuizKind::NameMuscle:
      if (answer.choice >= 0)
        feedback.score = answer.choice == question->answer ? 1.0f : 0.0f;
      else
        feedback.score =
            namesMuscle(answer.typed, point->point->muscle, {point->point->name}) ? 1.0f : 0.0f;
      feedback.explanation = muscleLine(point->point->muscle, atlas);
      break;
    case QuizKind::WhereHurts: {
      feedback.score = scoreMusclePicks(answer.picks, question->expected);
      std::string names;
      for (const std::string& muscle : question->expected)
        names += (names.empty() ? "" : ", ") + muscleDisplayName(muscle);
      feedback.explanation = "Could refer here: " + names;
      break;
    }
  }
  feedback.right = feedback.score >= kQuizRightScore;
  quiz.records.push_back({when, question->kind, point != nullptr ? point->label() : question->spot,
                          answerText(*question, answer), feedback.score});
  quiz.totalScore += feedback.score;
  ++quiz.answered;
  quiz.streak = feedback.right ? quiz.streak + 1 : 0;
  quiz.bestStreak = std::max(quiz.bestStreak, quiz.streak);
  quiz.feedback = std::move(feedback);
}

void nextQuestion(QuizSession& quiz) {
  if (quiz.finished()) return;
  ++quiz.current;
  quiz.answer = {};
  quiz.feedback.reset();
}

}  // namespace myo
