// The caption and narration bands, and the pointer ring.
#include "ui/presenter_overlay.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include <imgui.h>
#include <imgui_internal.h>

#include "ui/presenter_layout.h"
#include "ui/theme.h"

namespace myo {
namespace {

const ImVec4 kBand(0.0f, 0.0f, 0.0f, 0.82f);
const ImVec4 kText(1.0f, 1.0f, 1.0f, 1.0f);
const ImVec4 kDim(0.78f, 0.82f, 0.88f, 1.0f);
const ImVec4 kWarning(1.0f, 0.78f, 0.25f, 1.0f);  // amber on black: high contrast
const ImU32 kRing = IM_COL32(255, 214, 0, 230);

constexpr ImGuiWindowFlags kBandFlags =
    ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
    ImGuiWindowFlags_NoBringToFrontOnFocus;

struct Caption {
  std::string title, counter;
};

// "0:17" for 17 s left; "Time's up" at 0.
std::string countdown(float seconds) {
  if (seconds <= 0.0f) return "Time's up";
  const int whole = static_cast<int>(std::ceil(seconds));
  char text[16];
  std::snprintf(text, sizeof text, "%d:%02d", whole / 60, whole % 60);
  return text;
}

Caption captionOf(const UiStateView& view) {
  const QuizView& quiz = view.quiz;
  if (quiz.running && !quiz.finished) {
    const std::string title = "Quiz  \u2014  question " + std::to_string(quiz.question + 1) +
                              " of " + std::to_string(quiz.questions);
    if (!quiz.classMode) return {title, {}};
    return {title, quiz.revealed ? std::string("Answer") : countdown(quiz.secondsLeft)};
  }
  const LessonsView& lessons = view.lessons;
  if (lessons.open) {
    const std::string& step = lessons.stepTitles[static_cast<std::size_t>(lessons.step)];
    return {lessons.title + "  \u2014  " + step,
            std::to_string(lessons.step + 1) + " / " + std::to_string(lessons.stepTitles.size())};
  }
  if (view.treatment.active) return {view.treatment.pointName, {}};
  return {"Myoscope", {}};
}

// What the room reads: the quiz's question or its answer and the class's tally, the lesson
// step's narration, or nothing.
std::string narrationOf(const UiStateView& view) {
  const QuizView& quiz = view.quiz;
  if (quiz.running && quiz.finished)
    return "Done." +
           (quiz.classMode
                ? " The class answered " +
                      std::to_string(static_cast<int>(std::lround(100.0f * quiz.classMeanRight))) +
                      " % right."
                : std::string());
  if (quiz.running && !quiz.revealed) {
    // The choices for the room, lettered: "A  Soleus   B  Infraspinatus …".
    std::string text = quiz.prompt;
    for (std::size_t i = 0; i < quiz.choices.size(); ++i)
      text += std::string(i == 0 ? "\n" : "    ") + static_cast<char>('A' + i % 26) + "  " +
              quiz.choices[i];
    return text;
  }
  if (quiz.running) {
    std::string text = quiz.explanation;
    if (quiz.classMode)
      text += "  \u2014  right in the class: " + std::to_string(quiz.classRight) + " of " +
              std::to_string(quiz.students);
    return text;
  }
  return view.lessons.open ? view.lessons.narration : std::string();
}

// The chosen point's first warning sign, for the room to see too.
std::string warningOf(const UiStateView& view) {
  const TreatmentView& t = view.treatment;
  if (!t.active) return {};
  const std::vector<std::string>& signs =
      !t.pointRedFlags.empty() ? t.pointRedFlags : t.techniqueRedFlags;
  return signs.empty() ? std::string() : "Stop and get help if: " + signs.front();
}

bool beginBand(const char* name, const ScreenRect& rect, float textPixels) {
  ImGui::SetNextWindowPos(ImVec2(rect.x, rect.y));
  ImGui::SetNextWindowSize(ImVec2(rect.width, rect.height));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, kBand);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  const float padding = std::round(0.5f * textPixels);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padding, padding));
  const bool open = ImGui::Begin(name, nullptr, kBandFlags);
  ImGui::PopStyleVar(3);
  ImGui::PopStyleColor();
  return open;
}

// Draws the rest of the window at `pixels` high text, in the presenter font when loaded.
// Returns whether a font was pushed (to pop after). O(1).
bool useTextPixels(float pixels) {
  ImFont* large = presenterFont();
  if (large != nullptr) ImGui::PushFont(large);
  const ImFont* font = ImGui::GetFont();
  ImGui::SetWindowFontScale(pixels / (font->FontSize * ImGui::GetIO().FontGlobalScale));
  return large != nullptr;
}

void endBand(bool pushedFont) {
  if (pushedFont) ImGui::PopFont();
  ImGui::End();
}

// The ring that shows where the teacher points, while the pointer moves. O(1).
void drawPointerRing(PresenterMemory& memory, float textPixels) {
  const ImGuiIO& io = ImGui::GetIO();
  const ImVec2 at = io.MousePos;
  if (at.x != memory.pointerX || at.y != memory.pointerY) {
    memory.pointerX = at.x;
    memory.pointerY = at.y;
    memory.pointerMovedAt = ImGui::GetTime();
  }
  if (!ImGui::IsMousePosValid() || ImGui::GetTime() - memory.pointerMovedAt > kPointerIdleSeconds)
    return;
  ImGui::GetForegroundDrawList()->AddCircle(at, 0.6f * textPixels, kRing, 48,
                                            std::max(3.0f, 0.08f * textPixels));
}

}  // namespace

UiIntents drawPresenterOverlay(const UiStateView& view, const ScreenRect& window,
                               PresenterMemory& memory, ScreenRect& viewArea) {
  const float text =
      presenterTextPixels(window.height, view.screenMillimetres, view.presenterTextSteps);
  const Caption caption = captionOf(view);
  const std::string narration = narrationOf(view);
  const std::string warning = warningOf(view);
  // Measure the narration's lines at the band's text size before laying the bands out.
  const float padding = std::round(0.5f * text);
  const float wrap = window.width - 2.0f * padding;
  int lines = 0;
  {
    ImFont* large = presenterFont();
    const ImFont* font = large != nullptr ? large : ImGui::GetFont();
    const float scale = text / font->FontSize;
    const auto linesOf = [&](const std::string& s, float share) {
      if (s.empty()) return 0;
      const float height =
          font->CalcTextSizeA(font->FontSize * scale * share, wrap, wrap, s.c_str()).y;
      return static_cast<int>(std::ceil(height / (font->FontSize * scale) - 0.01f));
    };
    lines = linesOf(narration, 1.0f) + linesOf(warning, 0.7f);
  }
  const PresenterRects rects = presenterLayout(window, text, lines);
  viewArea = {
      window.x, rects.caption.bottom(), window.width,
      (rects.narration.empty() ? window.bottom() : rects.narration.y) - rects.caption.bottom()};
  if (beginBand("Caption##presenter", rects.caption, text)) {
    const bool pushed = useTextPixels(0.8f * text);
    ImGui::PushStyleColor(ImGuiCol_Text, kText);
    ImGui::TextUnformatted(caption.title.c_str());
    ImGui::PopStyleColor();
    if (!caption.counter.empty()) {
      ImGui::SameLine(ImGui::GetWindowContentRegionMax().x -
                      ImGui::CalcTextSize(caption.counter.c_str()).x);
      ImGui::TextColored(kDim, "%s", caption.counter.c_str());
    }
    endBand(pushed);
  } else {
    ImGui::End();
  }
  if (!rects.narration.empty()) {
    if (beginBand("Narration##presenter", rects.narration, text)) {
      const bool pushed = useTextPixels(text);
      ImGui::PushTextWrapPos(0.0f);
      ImGui::PushStyleColor(ImGuiCol_Text, kText);
      if (!narration.empty()) ImGui::TextUnformatted(narration.c_str());
      ImGui::PopStyleColor();
      if (!warning.empty()) {
        ImGui::SetWindowFontScale(ImGui::GetCurrentWindow()->FontWindowScale * 0.7f);
        ImGui::PushStyleColor(ImGuiCol_Text, kWarning);
        ImGui::TextUnformatted(warning.c_str());
        ImGui::PopStyleColor();
      }
      ImGui::PopTextWrapPos();
      endBand(pushed);
    } else {
      ImGui::End();
    }
  }
  drawPointerRing(memory, text);
  return {};
}

}  // namespace myo
