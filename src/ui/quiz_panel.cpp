// The quiz set-up, the question with its answer controls, the feedback and the score.
#include "ui/quiz_panel.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/flow_row.h"

namespace myo {
namespace {

struct KindItem {
  QuizKind kind;
  const char* label;
};
constexpr KindItem kKinds[] = {{QuizKind::WhereRefers, "Where does it refer?"},
                               {QuizKind::WhichKnot, "Which knot causes this?"},
                               {QuizKind::NameMuscle, "Name this muscle"},
                               {QuizKind::WhereHurts, "Where does it hurt?"}};

struct RegionItem {
  const char* id;
  const char* label;
};
constexpr RegionItem kRegions[] = {{"", "The whole body"},
                                   {"head_neck", "Head and neck"},
                                   {"shoulder_arm", "Shoulder and arm"},
                                   {"trunk_hip", "Trunk and hip"},
                                   {"leg_foot", "Leg and foot"}};

const ImVec4 kRight(0.45f, 0.85f, 0.45f, 1.0f);
const ImVec4 kWrong(0.93f, 0.42f, 0.32f, 1.0f);

int percent(float share) {
  return static_cast<int>(std::lround(100.0f * share));
}

void drawSetUp(const QuizView& quiz, QuizPanelMemory& memory, UiIntents& intents,
               ItemProbe* probe) {
  ImGui::TextWrapped(
      "Test where trigger points send their pain, which knot explains a pain, and "
      "the muscles' names.");
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::BeginCombo("##kind", kKinds[memory.kind].label)) {
    for (int i = 0; i < static_cast<int>(std::size(kKinds)); ++i)
      if (ImGui::Selectable(kKinds[i].label, i == memory.kind)) memory.kind = i;
    ImGui::EndCombo();
  }
  probeLastItem(probe, "quiz/kind");
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::BeginCombo("##region", kRegions[memory.region].label)) {
    for (int i = 0; i < static_cast<int>(std::size(kRegions)); ++i)
      if (ImGui::Selectable(kRegions[i].label, i == memory.region)) memory.region = i;
    ImGui::EndCombo();
  }
  probeLastItem(probe, "quiz/region");
  ImGui::SetNextItemWidth(-1.0f);
  ImGui::SliderInt("##count", &memory.count, 5, 20, "%d questions");
  probeLastItem(probe, "quiz/count");
  ImGui::Checkbox("Class mode", &memory.classMode);
  probeLastItem(probe, "quiz/class_mode");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "A timer per question, the answer shown when you reveal it, and a tally "
        "of the class's right answers (Up/Down)");
  if (memory.classMode) {
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::SliderInt("##seconds", &memory.classSeconds, 10, 120, "%d s a question");
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::SliderInt("##students", &memory.students, 1, 60, "%d students");
  }
  if (ImGui::Button("Start the quiz")) {
    intents.startQuiz = QuizStart{kKinds[memory.kind].kind,
                                  kRegions[memory.region].id,
                                  memory.count,
                                  memory.seed++,
                                  memory.classMode ? static_cast<float>(memory.classSeconds) : 0.0f,
                                  memory.students,
                                  {},
                                  false};
    memory.typed.clear();
  }
  probeLastItem(probe, "quiz/start");
  if (quiz.missed > 0) {
    ImGui::SameLine();
    const std::string review = "Review " + std::to_string(quiz.missed) + " missed";
    if (ImGui::Button(review.c_str())) {
      QuizStart start;
      start.seed = memory.seed++;
      start.reviewMissed = true;
      intents.startQuiz = start;
      memory.typed.clear();
    }
    probeLastItem(probe, "quiz/review");
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("Ask again the questions whose last answer scored under half marks");
  }
}

// The answer controls for the question's kind.
void drawAnswer(const QuizView& quiz, QuizPanelMemory& memory, UiIntents& intents,
                ItemProbe* probe) {
  if (quiz.kind == QuizKind::WhereRefers || quiz.kind == QuizKind::WhichKnot)
    ImGui::TextDisabled("%d %s on the body", quiz.clicks, quiz.clicks == 1 ? "click" : "clicks");
  if (quiz.kind == QuizKind::NameMuscle) {
    ImGui::SetNextItemWidth(-1.0f);
    if (ImGui::InputTextWithHint("##typed", "Type the muscle's name", &memory.typed))
      intents.quizTyped = memory.typed;
    probeLastItem(probe, "quiz/typed");
  }
  for (std::size_t i = 0; i < quiz.choices.size(); ++i) {
    const bool picked =
        std::find(quiz.picked.begin(), quiz.picked.end(), static_cast<int>(i)) != quiz.picked.end();
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::Selectable(quiz.choices[i].c_str(), picked, ImGuiSelectableFlags_DontClosePopups) &&
        !quiz.revealed) {
      if (quiz.kind == QuizKind::WhereHurts)
        intents.quizTogglePick = static_cast<int>(i);
      else
        intents.quizChoice = static_cast<int>(i);
    }
    probeLastItem(probe, "quiz/choice", static_cast<long long>(i));
    ImGui::PopID();
  }
}

void drawFeedback(const QuizView& quiz) {
  ImGui::TextColored(quiz.right ? kRight : kWrong, "%s  %d %%", quiz.right ? "Right" : "Not quite",
                     percent(quiz.score));
  ImGui::TextWrapped("%s", quiz.explanation.c_str());
}

}  // namespace

UiIntents drawQuizPanel(const UiStateView& view, QuizPanelMemory& memory, ItemProbe* probe) {
  UiIntents intents;
  const QuizView& quiz = view.quiz;
  if (!quiz.running) {
    drawSetUp(quiz, memory, intents, probe);
    return intents;
  }
  ImGui::TextDisabled("Score %d %% over %d  \u00b7  streak %d (best %d)", percent(quiz.meanScore),
                      quiz.answered, quiz.streak, quiz.bestStreak);
  if (quiz.finished) {
    ImGui::TextWrapped("Done: %d %% over %d questions.", percent(quiz.meanScore), quiz.answered);
    if (ImGui::Button("Another quiz")) intents.quizStop = true;
    probeLastItem(probe, "quiz/again");
    return intents;
  }
  ImGui::Text("Question %d of %d", quiz.question + 1, quiz.questions);
  if (quiz.classMode) {
    if (quiz.revealed || quiz.secondsLeft <= 0.0f)
      ImGui::TextColored(kWrong, "%s", quiz.revealed ? "Answer shown" : "Time's up");
    else
      ImGui::Text("%d s left", static_cast<int>(std::ceil(quiz.secondsLeft)));
    ImGui::AlignTextToFramePadding();
    ImGui::Text("Right in the class: %d of %d", quiz.classRight, quiz.students);
    ImGui::SameLine();
    if (ImGui::SmallButton("-")) intents.quizTallyBy = -1;
    probeLastItem(probe, "quiz/tally_down");
    ImGui::SameLine();
    if (ImGui::SmallButton("+")) intents.quizTallyBy = 1;
    probeLastItem(probe, "quiz/tally_up");
  }
  ImGui::TextWrapped("%s", quiz.prompt.c_str());
  ImGui::Separator();
  drawAnswer(quiz, memory, intents, probe);
  ImGui::Separator();
  if (!quiz.revealed) {
    if (ImGui::Button("Reveal")) intents.quizReveal = true;
    probeLastItem(probe, "quiz/reveal");
  } else {
    drawFeedback(quiz);
    if (ImGui::Button(quiz.question + 1 < quiz.questions ? "Next question" : "See the score")) {
      intents.quizNext = true;
      memory.typed.clear();
    }
    probeLastItem(probe, "quiz/next");
  }
  sameLineIfFits(buttonWidth("Stop"));
  if (ImGui::Button("Stop")) intents.quizStop = true;
  probeLastItem(probe, "quiz/stop");
  return intents;
}

}  // namespace myo
