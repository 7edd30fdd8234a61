// The quiz tab: the set-up starts the quiz chosen; a question's choices, picks, reveal and next
// become intents; the feedback and the running score show once revealed.
#include <catch2/catch.hpp>

#include <functional>

#include "imgui_harness.h"
#include "ui/quiz_panel.h"
#include "ui/theme.h"

using myo::test::ImGuiHarness;

namespace {

struct QuizPanelFixture {
  ImGuiHarness ui{ImVec2(400.0f, 700.0f)};
  myo::UiStateView view;
  myo::QuizPanelMemory memory;
  myo::UiIntents intents;
  std::function<void()> draw = [this] {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(400, 700));
    ImGui::Begin("Quiz test");
    myo::mergeIntents(intents, myo::drawQuizPanel(view, memory, &ui.probe));
    ImGui::End();
  };
  QuizPanelFixture() {
    myo::applyTheme(true, 1.0f);
    ui.frames(2, draw);
  }
};

}  // namespace

TEST_CASE("the quiz set-up starts a quiz of the chosen kind, each with a new seed", "[ui]") {
  QuizPanelFixture f;
  f.ui.click(f.ui.centerOf("quiz/start"), f.draw);
  REQUIRE(f.intents.startQuiz);
  CHECK(f.intents.startQuiz->kind == myo::QuizKind::WhereRefers);
  CHECK(f.intents.startQuiz->region.empty());
  CHECK(f.intents.startQuiz->count == 10);
  const std::uint32_t first = f.intents.startQuiz->seed;
  f.intents = {};
  f.ui.click(f.ui.centerOf("quiz/start"), f.draw);
  REQUIRE(f.intents.startQuiz);
  CHECK(f.intents.startQuiz->seed != first);
}

TEST_CASE("a question's choices, picks, reveal and next become intents", "[ui]") {
  QuizPanelFixture f;
  f.view.quiz.running = true;
  f.view.quiz.kind = myo::QuizKind::WhichKnot;
  f.view.quiz.questions = 10;
  f.view.quiz.prompt = "Which knot causes this pain?";
  f.view.quiz.choices = {"Soleus", "Infraspinatus", "Temporalis", "Masseter"};
  f.ui.frames(2, f.draw);
  f.ui.click(f.ui.centerOf("quiz/choice/2"), f.draw);
  CHECK(f.intents.quizChoice == 2);
  f.ui.click(f.ui.centerOf("quiz/reveal"), f.draw);
  CHECK(f.intents.quizReveal);
  f.intents = {};
  f.view.quiz.kind = myo::QuizKind::WhereHurts;
  f.ui.frames(2, f.draw);
  f.ui.click(f.ui.centerOf("quiz/choice/1"), f.draw);
  CHECK(f.intents.quizTogglePick == 1);  // several may be right: a pick, not the choice
  CHECK_FALSE(f.intents.quizChoice);
  f.intents = {};
  f.view.quiz.revealed = true;
  f.view.quiz.right = true;
  f.view.quiz.score = 1.0f;
  f.view.quiz.explanation = "Pain at the back of and under the heel.";
  f.ui.frames(2, f.draw);
  f.ui.click(f.ui.centerOf("quiz/next"), f.draw);
  CHECK(f.intents.quizNext);
  f.ui.click(f.ui.centerOf("quiz/stop"), f.draw);
  CHECK(f.intents.quizStop);
}
