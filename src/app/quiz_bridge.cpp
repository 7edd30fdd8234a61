// Quiz intents, and each question's scene as intents.
#include "app/quiz_bridge.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>

#include "app/quiz_records.h"
#include "app/referral_framing.h"
#include "core/anatomy/landmark_vocabulary.h"
#include "core/anatomy/muscle_catalog.h"
#include "core/treatment/treatment_log.h"

namespace myo {
namespace {

// How far (m) the camera stands from the knot of a where-does-it-refer question: the upper or
// lower body in view.
constexpr float kWhereViewDistance = 2.4f;
// How far (m) a click may be from the painted surface to be measured along it (a click on a
// muscle under the skin).
constexpr float kSurfaceReach = 0.05f;

// What a question shows before its answer: nothing chosen, and per kind the muscle
// highlighted, the spot marked, or the referral playing.
UiIntents questionScene(const AppState& state) {
  UiIntents scene;
  scene.selectParts = std::vector<int>{};
  scene.chooseTriggerPoints = std::vector<int>{};
  scene.setPeel = state.quiz->peelBefore;
  const QuizQuestion* question = state.quiz->question();
  if (question == nullptr) return scene;
  const auto& placed = state.placedAtlas.placed();
  switch (question->kind) {
    case QuizKind::WhereRefers:
      // Far enough back that the zones, wherever they are, can be clicked.
      scene.flyTo = UiIntents::FlyTo{placed[static_cast<std::size_t>(question->point)].position,
                                     kWhereViewDistance};
      break;
    case QuizKind::WhichKnot:  // choosing it frames the knot and the zones: the zones tell
      scene.chooseTriggerPoints = std::vector<int>{question->point};
      break;
    case QuizKind::NameMuscle: {
      const PlacedTriggerPoint& point = placed[static_cast<std::size_t>(question->point)];
      scene.selectParts = std::vector<int>{point.part};
      scene.framePart = point.part;
      // A deep muscle shows once the layers over it are peeled away.
      if (const MuscleSpec* muscle = findMuscle(point.point->muscle))
        scene.setPeel = std::max(state.quiz->peelBefore, muscle->layer - 1);
      break;
    }
    case QuizKind::WhereHurts: {
      scene.painAtPlace = question->spot;
      const auto [name, side] = splitSideLabel(question->spot);
      if (const BodyLandmarks* landmarks = state.placedAtlas.landmarks())
        if (const auto at = landmarks->at(name, side))
          scene.flyTo = UiIntents::FlyTo{*at, kPointViewDistance};
      break;
    }
  }
  return scene;
}

// "Show me": the question's point chosen, its referral playing and framed.
UiIntents revealScene(const AppState& state) {
  UiIntents scene;
  const QuizQuestion* question = state.quiz->question();
  if (question != nullptr && question->point >= 0)
    scene.chooseTriggerPoints = std::vector<int>{question->point};
  return scene;
}

// What the student is asked to do, in words.
std::string promptOf(const QuizQuestion& question) {
  switch (question.kind) {
    case QuizKind::WhereRefers:
      return "Where does this knot send its pain? Click on the body where you expect it (as many "
             "places as you like), then Reveal.";
    case QuizKind::WhichKnot:
      return "Which knot causes this pain? Click where the knot is, or pick its muscle.";
    case QuizKind::NameMuscle:
      return "Name the highlighted muscle: type it, or pick it.";
    case QuizKind::WhereHurts: {
      std::string spot = plainLandmarkName(question.spot);  // "Outer ankle bone (right)"
      if (!spot.empty()) spot[0] = static_cast<char>(std::tolower(spot[0]));
      return "It hurts at the marked spot, the " + spot +
             ". Pick every muscle whose trigger points could refer pain there.";
    }
  }
  return {};
}

// The questions of `kind` in `region` about `targets` alone (point labels, right when no side,
// or spots), in the generator's order for `seed`. O(points · zones).
std::vector<QuizQuestion> questionsAbout(QuizKind kind, const std::string& region,
                                         const std::vector<std::string>& targets,
                                         std::uint32_t seed, const AppState& state) {
  const std::vector<PlacedTriggerPoint>& placed = state.placedAtlas.placed();
  std::vector<QuizQuestion> questions =
      generateQuiz(kind, region, 1000, seed, placed, *state.placedAtlas.landmarks());
  std::vector<int> points;
  for (const std::string& target : targets) points.push_back(placedIndexOf(placed, target));
  std::erase_if(questions, [&](const QuizQuestion& q) {
    return q.point >= 0 ? std::find(points.begin(), points.end(), q.point) == points.end()
                        : std::find(targets.begin(), targets.end(), q.spot) == targets.end();
  });
  return questions;
}

// The kept questions last answered wrong, each kind's in turn (the order first missed).
std::vector<QuizQuestion> missedQuestionsToAsk(std::uint32_t seed, const AppState& state) {
  std::vector<QuizKind> kinds;
  for (const QuizRecord& record : state.quizMissed)
    if (std::find(kinds.begin(), kinds.end(), record.kind) == kinds.end())
      kinds.push_back(record.kind);
  std::vector<QuizQuestion> questions;
  for (const QuizKind kind : kinds) {
    std::vector<std::string> targets;
    for (const QuizRecord& record : state.quizMissed)
      if (record.kind == kind) targets.push_back(record.question);
    std::vector<QuizQuestion> ofKind = questionsAbout(kind, "", targets, seed, state);
    questions.insert(questions.end(), ofKind.begin(), ofKind.end());
  }
  return questions;
}

// Keeps the answer just revealed in the user's results and updates the missed questions; a
// file that cannot be written is said on the status line (the quiz goes on).
void keepRecord(AppState& state) {
  const QuizRecord& record = state.quiz->records.back();
  noteAnswer(state.quizMissed, record);
  if (!state.records) return;
  if (const Result<std::int64_t> kept = state.records->addQuizResult(quizResultRow(record)); !kept)
    state.statusMessage = "The answer was not kept: " + kept.error().message();
}

}  // namespace

QuizView makeQuizView(const AppState& state) {
  QuizView view;
  view.missed = static_cast<int>(state.quizMissed.size());
  if (!state.quiz) return view;
  const QuizSession& quiz = *state.quiz;
  view.running = true;
  view.finished = quiz.finished();
  view.kind = quiz.question() != nullptr ? quiz.question()->kind : quiz.kind;
  view.question = quiz.current;
  view.questions = static_cast<int>(quiz.questions.size());
  view.answered = quiz.answered;
  view.streak = quiz.streak;
  view.bestStreak = quiz.bestStreak;
  view.meanScore = quiz.answered > 0 ? quiz.totalScore / static_cast<float>(quiz.answered) : 0.0f;
  if (quiz.classRound) {
    const ClassRound& round = *quiz.classRound;
    view.classMode = true;
    view.secondsLeft = round.secondsLeft(state.clock);
    view.classRight = round.right();
    view.students = round.students();
    view.classMeanRight = round.meanShareRight();
  }
  const QuizQuestion* question = quiz.question();
  if (question == nullptr) return view;
  view.prompt = promptOf(*question);
  for (std::size_t i = 0; i < question->choices.size(); ++i) {
    view.choices.push_back(muscleDisplayName(question->choices[i]));
    const bool picked = quiz.answer.choice == static_cast<int>(i) ||
                        std::find(quiz.answer.picks.begin(), quiz.answer.picks.end(),
                                  question->choices[i]) != quiz.answer.picks.end();
    if (picked) view.picked.push_back(static_cast<int>(i));
  }
  view.clicks = static_cast<int>(quiz.answer.clicks.size());
  view.typed = quiz.answer.typed;
  if (quiz.feedback) {
    view.revealed = true;
    view.right = quiz.feedback->right;
    view.score = quiz.feedback->score;
    view.explanation = quiz.feedback->explanation;
  }
  return view;
}

bool quizHidesNames(const AppState& state) {
  if (!state.quiz || state.quiz->feedback) return false;
  const QuizQuestion* question = state.quiz->question();
  return question != nullptr && question->kind == QuizKind::NameMuscle;
}

bool quizHidesPoint(const AppState& state) {
  return quizTakesClicks(state);  // the questions answered on the body are those about a point
}

bool quizTakesClicks(const AppState& state) {
  if (!state.quiz || state.quiz->feedback) return false;
  const QuizQuestion* question = state.quiz->question();
  return question != nullptr &&
         (question->kind == QuizKind::WhereRefers || question->kind == QuizKind::WhichKnot);
}

bool quizTakesStrokes(const AppState& state) {
  return quizTakesClicks(state) && state.quiz->question()->kind == QuizKind::WhereRefers;
}

std::optional<UiIntents> applyQuizIntents(const UiIntents& intents, AppState& state) {
  std::optional<UiIntents> scene;
  if (intents.quizStop && state.quiz) {
    scene = UiIntents{};
    if (!intents.setPeel)  // as it was before the quiz, unless the stop sets the layers itself
      scene->setPeel = state.quiz->peelBefore;
    state.quiz.reset();
  }
  if (intents.startQuiz) {
    const BodyLandmarks* landmarks = state.placedAtlas.landmarks();
    if (!state.placedAtlas.ready() || landmarks == nullptr) {
      state.statusMessage = "The body is still being prepared: start the quiz in a moment";
    } else {
      const QuizStart& start = *intents.startQuiz;
      QuizSession quiz;
      quiz.kind = start.kind;
      quiz.region = start.region;
      quiz.peelBefore = state.quiz ? state.quiz->peelBefore : state.layers().peel;
      if (start.reviewMissed)
        quiz.questions = missedQuestionsToAsk(start.seed, state);
      else if (!start.only.empty())  // a lesson's question: that point or spot alone
        quiz.questions = questionsAbout(start.kind, start.region, {start.only}, start.seed, state);
      else
        quiz.questions = generateQuiz(start.kind, start.region, start.count, start.seed,
                                      state.placedAtlas.placed(), *landmarks);
      if (!quiz.questions.empty()) quiz.kind = quiz.questions.front().kind;
      if (quiz.questions.empty() && start.reviewMissed) {
        state.statusMessage = "No missed questions to review on this body";
      } else if (quiz.questions.empty()) {
        state.statusMessage = "No questions of that kind for this body and region";
      } else {
        if (start.classSeconds > 0.0f) {
          quiz.classRound.emplace(start.classSeconds, start.students);
          quiz.classRound->ask(state.clock);
        }
        state.quiz = std::move(quiz);
        state.dock.tab = SidebarTab::Quiz;
        scene = questionScene(state);
      }
    }
  }
  if (!state.quiz) return scene;
  QuizSession& quiz = *state.quiz;
  if (!quiz.feedback && !quiz.finished()) {
    QuizAnswer& answer = quiz.answer;
    if (intents.quizChoice) answer.choice = *intents.quizChoice;
    if (intents.quizTyped) answer.typed = *intents.quizTyped;
    const std::vector<std::string>& choices = quiz.question()->choices;
    if (intents.quizTogglePick && *intents.quizTogglePick >= 0 &&
        static_cast<std::size_t>(*intents.quizTogglePick) < choices.size()) {
      const std::string& muscle = choices[static_cast<std::size_t>(*intents.quizTogglePick)];
      const auto found = std::find(answer.picks.begin(), answer.picks.end(), muscle);
      if (found != answer.picks.end())
        answer.picks.erase(found);
      else
        answer.picks.push_back(muscle);
    }
    if (intents.clickBody && intents.clickBody->part >= 0 && quizTakesClicks(state)) {
      if (quiz.question()->kind == QuizKind::WhichKnot) answer.clicks.clear();  // one place
      answer.clicks.push_back(intents.clickBody->point);
    }
  }
  if (intents.quizReveal && !quiz.feedback && state.placedAtlas.atlas() != nullptr &&
      state.placedAtlas.landmarks() != nullptr) {
    if (quiz.classRound) quiz.classRound->reveal();
    const QuizQuestion* asked = quiz.question();
    if (asked != nullptr && asked->kind == QuizKind::WhichKnot && !quiz.answer.clicks.empty())
      quiz.answer.alongSurface = state.referral.distanceAlongSurface(
          asked->point, quiz.answer.clicks.back(), state.body.model, kSurfaceReach);
    revealAnswer(quiz, state.placedAtlas.placed(), *state.placedAtlas.landmarks(),
                 *state.placedAtlas.atlas(), utcTimestamp(std::chrono::system_clock::now()));
    if (quiz.feedback) keepRecord(state);
    scene = revealScene(state);
  }
  if (intents.quizTallyBy != 0 && quiz.classRound) quiz.classRound->stepRight(intents.quizTallyBy);
  if (intents.quizNext) {
    nextQuestion(quiz);
    if (quiz.classRound && !quiz.finished()) quiz.classRound->ask(state.clock);
    if (quiz.finished()) {
      scene = UiIntents{};
      scene->setPeel = quiz.peelBefore;
      const float mean = quiz.totalScore / static_cast<float>(std::max(1, quiz.answered));
      state.statusMessage = "Quiz done: " + std::to_string(std::lround(100.0f * mean)) +
                            " % over " + std::to_string(quiz.answered) + " questions";
      if (quiz.classRound)
        state.statusMessage +=
            "; the class: " +
            std::to_string(std::lround(100.0f * quiz.classRound->meanShareRight())) + " % right";
    } else
      scene = questionScene(state);
  }
  return scene;
}

}  // namespace myo
