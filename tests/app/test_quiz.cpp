// Quizzes through the apply step on the bundled body: each kind starts, shows its question,
// takes its answer (clicks on the body go to the quiz, not to the selection), reveals a score
// with a line from the atlas, keeps the running score and streak, and ends with a summary.
#include <catch2/catch.hpp>

#include <algorithm>

#include "app/apply_intents.h"
#include "app/quiz_bridge.h"
#include "app/scene_labels.h"
#include "app/ui_bridge.h"
#include "core/anatomy/muscle_catalog.h"
#include "core/atlas/pain_finder.h"
#include "core/quiz/quiz_scoring.h"
#include "support/bundled_body_state.h"
#include "support/test_paths.h"

namespace {

using myo::test::openBundledBody;

void apply(const myo::UiIntents& intents, myo::AppState& state) {
  (void)myo::applyIntents(intents, state);
}

void start(myo::AppState& state, myo::QuizKind kind, const std::string& region = "") {
  myo::UiIntents intents;
  intents.startQuiz = myo::QuizStart{kind, region, 3, 42, 0.0f, 0, {}};
  apply(intents, state);
  REQUIRE(state.quiz);
  REQUIRE(state.quiz->questions.size() == 3);
}

void reveal(myo::AppState& state) {
  myo::UiIntents intents;
  intents.quizReveal = true;
  apply(intents, state);
  REQUIRE(state.quiz->feedback);
}

void next(myo::AppState& state) {
  myo::UiIntents intents;
  intents.quizNext = true;
  apply(intents, state);
}

void clickAt(myo::AppState& state, const glm::vec3& at) {
  myo::UiIntents intents;
  intents.clickBody = myo::UiIntents::BodyClick{0, at, false};
  apply(intents, state);
}

const myo::PlacedTriggerPoint& asked(const myo::AppState& state) {
  return state.placedAtlas.placed()[static_cast<std::size_t>(state.quiz->question()->point)];
}

}  // namespace

TEST_CASE("quizzes of each kind score a right and a wrong answer on the bundled body", "[quiz]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "quiz-recent.txt"),
                      myo::test::scratch() / "quiz-log.tsv");
  openBundledBody(state);
  const myo::BodyLandmarks& marks = *state.placedAtlas.landmarks();

  SECTION("where does it refer: clicks on its zones") {
    start(state, myo::QuizKind::WhereRefers, "shoulder_arm");
    CHECK(state.referral.selection.empty());  // the referral is the answer: not shown yet
    const myo::PlacedTriggerPoint& point = asked(state);
    CHECK(point.point->region == "shoulder_arm");
    for (const myo::AtlasZone& zone : point.point->essential)
      for (const glm::vec3& at : myo::zoneLandmarkPoints(zone, point.side, marks))
        clickAt(state, at);
    CHECK(state.selectedParts().empty());  // the clicks answered, they did not select
    reveal(state);
    CHECK(state.quiz->feedback->score > 0.9f);
    CHECK(state.quiz->feedback->right);
    CHECK_FALSE(state.quiz->feedback->explanation.empty());
    CHECK(state.referral.selection.size() == 1);  // show me: the real referral plays
    next(state);
    clickAt(state, {0.0f, 0.05f, 0.0f});  // the soles of the feet: no shoulder point refers there
    reveal(state);
    CHECK(state.quiz->feedback->score == 0.0f);
    CHECK(state.quiz->streak == 0);
    CHECK(state.quiz->bestStreak == 1);
  }
  SECTION("which knot: a click on it, then one a leg away") {
    start(state, myo::QuizKind::WhichKnot);
    CHECK(state.referral.selection.size() == 1);  // the referral plays as the question
    clickAt(state, asked(state).position);
    reveal(state);
    CHECK(state.quiz->feedback->score == 1.0f);
    next(state);
    clickAt(state, asked(state).position + glm::vec3(0.5f, 0.0f, 0.0f));
    reveal(state);
    CHECK(state.quiz->feedback->score == 0.0f);
  }
  SECTION("name this muscle: the right choice, then typed with a slip, then wrong") {
    start(state, myo::QuizKind::NameMuscle);
    CHECK(state.selectedParts() == std::vector<int>{asked(state).part});
    // Nothing names the highlighted muscle before the answer: no label, no card, no hover tip.
    state.labels = {true, true, true};
    CHECK(myo::labelSources(state).selected.empty());
    CHECK_FALSE(myo::labelSources(state).layers.muscles);
    state.hoverPart(asked(state).part);
    myo::UiViewCache cache;
    const myo::UiStateView hidden = myo::makeUiStateView(state, cache, 30.0f, "test");
    CHECK(hidden.hoveredName.empty());
    CHECK_FALSE(hidden.muscleCard.active);
    myo::UiIntents choose;
    choose.quizChoice = state.quiz->question()->answer;
    apply(choose, state);
    reveal(state);
    CHECK(state.quiz->feedback->score == 1.0f);
    next(state);
    std::string typed = asked(state).point->muscle;
    std::replace(typed.begin(), typed.end(), '_', ' ');
    typed.back() = typed.back() == 'x' ? 'y' : 'x';  // one slip
    myo::UiIntents type;
    type.quizTyped = typed;
    apply(type, state);
    reveal(state);
    INFO(typed);
    CHECK(state.quiz->feedback->score == 1.0f);
    next(state);
    myo::UiIntents wrong;
    wrong.quizTyped = "gluteus maximus";
    apply(wrong, state);
    reveal(state);
    CHECK(state.quiz->feedback->score == 0.0f);
    CHECK(state.quiz->answered == 3);
    CHECK(state.quiz->totalScore == 2.0f);
    next(state);
    CHECK(state.quiz->finished());
    CHECK(state.statusMessage == "Quiz done: 67 % over 3 questions");
  }
  SECTION("where does it hurt: the expected muscles picked, then none") {
    start(state, myo::QuizKind::WhereHurts, "head_neck");
    CHECK(state.painAt());  // the spot is marked
    const std::vector<std::string>& choices = state.quiz->question()->choices;
    for (const std::string& muscle : state.quiz->question()->expected) {
      myo::UiIntents pick;
      pick.quizTogglePick =
          static_cast<int>(std::find(choices.begin(), choices.end(), muscle) - choices.begin());
      apply(pick, state);
    }
    reveal(state);
    CHECK(state.quiz->feedback->score == 1.0f);
    next(state);
    reveal(state);  // nothing picked
    CHECK(state.quiz->feedback->score == 0.0f);
  }
}

TEST_CASE("a quiz that the body cannot ask says so and does not start", "[quiz]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "quiz2-recent.txt"),
                      myo::test::scratch() / "quiz2-log.tsv");
  openBundledBody(state);
  myo::UiIntents intents;
  intents.startQuiz =
      myo::QuizStart{myo::QuizKind::WhereRefers, "no_such_region", 5, 1, 0.0f, 0, {}};
  apply(intents, state);
  CHECK_FALSE(state.quiz);
  CHECK(state.statusMessage == "No questions of that kind for this body and region");
}

TEST_CASE("class mode counts down on the app's clock, reveals on the teacher's key and tallies",
          "[quiz]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "quiz3-recent.txt"),
                      myo::test::scratch() / "quiz3-log.tsv");
  openBundledBody(state);
  state.clock = 1000.0;
  myo::UiIntents intents;
  intents.startQuiz = myo::QuizStart{myo::QuizKind::NameMuscle, "", 2, 9, 20.0f, 24, {}};
  apply(intents, state);
  REQUIRE(state.quiz);
  REQUIRE(state.quiz->classRound);
  state.clock = 1012.0;
  CHECK(myo::makeQuizView(state).secondsLeft == Approx(8.0f));
  CHECK(myo::makeQuizView(state).classMode);
  state.clock = 1025.0;
  CHECK(myo::makeQuizView(state).secondsLeft == 0.0f);  // time's up; the answer still hidden
  CHECK_FALSE(state.quiz->feedback);
  myo::UiIntents tally;
  tally.quizTallyBy = 3;
  apply(tally, state);
  reveal(state);
  CHECK(state.quiz->classRound->revealed());
  next(state);  // the next question restarts the countdown on the clock
  CHECK(myo::makeQuizView(state).secondsLeft == Approx(20.0f));
  tally.quizTallyBy = 12;
  apply(tally, state);
  reveal(state);
  next(state);
  CHECK(state.quiz->classRound->tally() == std::vector<int>{3, 12});
  CHECK(state.statusMessage.find("the class: 31 % right") != std::string::npos);  // 15 of 48
}

TEST_CASE("a which-knot or where question keeps its point unnamed until the reveal", "[quiz]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "quiz4-recent.txt"),
                      myo::test::scratch() / "quiz4-log.tsv");
  openBundledBody(state);
  state.labels.triggerPoints = true;
  for (const myo::QuizKind kind : {myo::QuizKind::WhichKnot, myo::QuizKind::WhereRefers}) {
    start(state, kind, "head_neck");
    myo::test::waitForReferralFields(state);
    myo::UiViewCache cache;
    const myo::UiStateView asking = myo::makeUiStateView(state, cache, 30.0f, "test");
    CHECK(myo::quizHidesPoint(state));
    CHECK_FALSE(asking.treatment.active);  // the inspector's card would name it
    CHECK(asking.treatment.hiddenByQuiz);  // it says why it is blank
    CHECK(asking.treatment.pointName.empty());
    for (const int index : asking.referral.selection) CHECK(index == -1);  // no row highlighted
    CHECK(myo::labelSources(state).points.empty());
    reveal(state);
    const myo::UiStateView revealed = myo::makeUiStateView(state, cache, 30.0f, "test");
    CHECK_FALSE(myo::quizHidesPoint(state));
    if (kind == myo::QuizKind::WhichKnot) {  // "show me" chooses the point: now it is named
      CHECK(revealed.treatment.active);
      CHECK(revealed.treatment.pointLabel == asked(state).label());
      CHECK(myo::labelSources(state).points.size() == 1);
    }
    myo::UiIntents stop;
    stop.quizStop = true;
    apply(stop, state);
  }
}

TEST_CASE("a name question on a deep muscle peels the layers over it, and the quiz gives them back",
          "[quiz]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "quiz5-recent.txt"),
                      myo::test::scratch() / "quiz5-log.tsv");
  openBundledBody(state);
  myo::UiIntents intents;
  intents.startQuiz = myo::QuizStart{myo::QuizKind::NameMuscle, "", 20, 4, 0.0f, 0, {}, false};
  apply(intents, state);
  REQUIRE(state.quiz);
  bool sawDeep = false, sawSuperficial = false;
  while (!state.quiz->finished()) {
    const myo::MuscleSpec* muscle = myo::findMuscle(asked(state).point->muscle);
    REQUIRE(muscle != nullptr);
    INFO(muscle->name);
    CHECK(state.layers().peel == muscle->layer - 1);  // nothing over it, nothing more peeled
    sawDeep = sawDeep || muscle->layer > 1;
    sawSuperficial = sawSuperficial || muscle->layer == 1;
    if (sawDeep && sawSuperficial) break;
    next(state);
  }
  CHECK(sawDeep);
  CHECK(sawSuperficial);
  myo::UiIntents stop;
  stop.quizStop = true;
  apply(stop, state);
  CHECK(state.layers().peel == 0);
}

TEST_CASE("a knot click is scored by its distance along the skin, not through the body", "[quiz]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "quiz6-recent.txt"),
                      myo::test::scratch() / "quiz6-log.tsv");
  openBundledBody(state);
  start(state, myo::QuizKind::WhichKnot, "shoulder_arm");
  myo::test::waitForReferralFields(state);
  const myo::PlacedTriggerPoint& knot = asked(state);
  const myo::BodyLandmarks& landmarks = *state.placedAtlas.landmarks();
  // A skin vertex 6–12 cm from the knot in a straight line but much farther along the skin
  // (across a fold, or round the arm), where the two scores differ clearly.
  const myo::Model& model = state.body.model;
  std::optional<glm::vec3> across;
  float alongSkin = 0.0f;
  for (const myo::PaintedPart& painted : *state.referral.readyFields()) {
    const std::vector<glm::vec3>& positions = model.parts[painted.part].positions;
    for (std::size_t v = 0; v < positions.size() && !across; ++v) {
      const float straight = glm::distance(positions[v], knot.position);
      const float along = painted.fields.front()[v].x;
      if (straight > 0.06f && straight < 0.12f && along > straight + 0.05f) {
        across = positions[v];
        alongSkin = along;
      }
    }
  }
  REQUIRE(across);
  const auto distance =
      state.referral.distanceAlongSurface(state.quiz->question()->point, *across, model, 0.05f);
  REQUIRE(distance);
  CHECK(*distance == Approx(alongSkin));
  clickAt(state, *across);
  reveal(state);
  const float straightScore = myo::scoreKnotClick(knot, landmarks, *across);
  CHECK(state.quiz->feedback->score == Approx(myo::scoreKnotDistance(alongSkin, landmarks)));
  CHECK(state.quiz->feedback->score < straightScore - 0.2f);
  // Far from any painted skin, the straight line is all there is.
  CHECK_FALSE(state.referral.distanceAlongSurface(state.quiz->question()->point,
                                                  glm::vec3(0.0f, 5.0f, 0.0f), model, 0.05f));
}
