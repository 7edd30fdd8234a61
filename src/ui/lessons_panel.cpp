// The lessons list, the step list with its navigation, and the editor.
#include "ui/lessons_panel.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/flow_row.h"

namespace myo {
namespace {

const ImVec4 kProblemColour(0.93f, 0.42f, 0.32f, 1.0f);

LessonEdit editOf(LessonEdit::Kind kind, std::string text = {}) {
  return LessonEdit{kind, -1, std::move(text)};
}

// The lessons to open, and a new one from the current view.
void drawLessonList(const LessonsView& lessons, LessonsPanelMemory& memory, UiIntents& intents,
                    ItemProbe* probe) {
  bool bundledHeader = false, ownHeader = false;
  for (std::size_t i = 0; i < lessons.entries.size(); ++i) {
    const LessonsView::Entry& entry = lessons.entries[i];
    bool& header = entry.bundled ? bundledHeader : ownHeader;
    if (!header) {
      if (i > 0) ImGui::Spacing();
      ImGui::TextDisabled("%s", entry.bundled ? "Bundled lessons" : "Your lessons");
      header = true;
    }
    ImGui::PushID(static_cast<int>(i));
    ImGui::BeginDisabled(!entry.problem.empty());
    if (ImGui::Selectable(entry.title.c_str())) intents.openLesson = entry.name;
    ImGui::EndDisabled();
    probeLastItem(probe, "lessons/open/" + entry.name);
    if (entry.problem.empty()) {
      std::string about = std::to_string(entry.steps) + " steps";
      if (entry.seen > 0)
        about.append(entry.seen >= entry.steps ? ", all seen"
                                               : ", " + std::to_string(entry.seen) + " seen");
      if (!entry.audience.empty()) about.append(" \u00b7 ").append(entry.audience);
      ImGui::Indent();
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::TextWrapped("%s", about.c_str());
      ImGui::PopStyleColor();
      ImGui::Unindent();
    } else {
      ImGui::PushStyleColor(ImGuiCol_Text, kProblemColour);
      ImGui::TextWrapped("%s", entry.problem.c_str());
      ImGui::PopStyleColor();
    }
    ImGui::PopID();
  }
  ImGui::Separator();
  ImGui::TextDisabled("A new lesson, starting from this view");
  ImGui::SetNextItemWidth(-1.0f);
  ImGui::InputTextWithHint("##new_title", "Title of the new lesson", &memory.newTitle);
  probeLastItem(probe, "lessons/new_title");
  if (ImGui::Button("New lesson")) {
    intents.editLesson = editOf(LessonEdit::Kind::NewLesson, memory.newTitle);
    memory.newTitle.clear();
  }
  probeLastItem(probe, "lessons/new");
}

// Previous / next and where in the lesson we are.
void drawStepNavigation(const LessonsView& lessons, UiIntents& intents, ItemProbe* probe) {
  const int count = static_cast<int>(lessons.stepTitles.size());
  ImGui::BeginDisabled(lessons.step <= 0);
  if (ImGui::Button("< Previous")) intents.stepBy = -1;
  ImGui::EndDisabled();
  probeLastItem(probe, "lessons/previous");
  sameLineIfFits(buttonWidth("Next >"));
  ImGui::BeginDisabled(lessons.step >= count - 1);
  if (ImGui::Button("Next >")) intents.stepBy = 1;
  ImGui::EndDisabled();
  probeLastItem(probe, "lessons/next");
  const std::string where =
      "Step " + std::to_string(lessons.step + 1) + " of " + std::to_string(count);
  sameLineIfFits(textWidth(where.c_str()));
  ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s", where.c_str());
}

// The shown step: its narration, notes for the teacher and what was skipped.
void drawShownStep(const LessonsView& lessons) {
  ImGui::TextWrapped("%s", lessons.narration.c_str());
  if (!lessons.teacherNotes.empty()) {
    ImGui::TextDisabled("Teacher's notes");
    ImGui::Indent();
    ImGui::TextWrapped("%s", lessons.teacherNotes.c_str());
    ImGui::Unindent();
  }
  for (const std::string& skipped : lessons.skipped) {
    ImGui::PushStyleColor(ImGuiCol_Text, kProblemColour);
    ImGui::TextWrapped("Skipped %s", skipped.c_str());
    ImGui::PopStyleColor();
  }
}

// The editor's fields follow the lesson and step shown, unless the teacher is typing in them.
void takeEditorText(const LessonsView& lessons, LessonsPanelMemory& memory) {
  if (memory.source == lessons.source && memory.editedStep == lessons.step) return;
  memory.source = lessons.source;
  memory.editedStep = lessons.step;
  memory.title = lessons.title;
  memory.stepTitle = lessons.stepTitles[static_cast<std::size_t>(lessons.step)];
  memory.narration = lessons.narration;
  memory.notes = lessons.teacherNotes;
}

void drawEditor(const LessonsView& lessons, LessonsPanelMemory& memory, UiIntents& intents,
                ItemProbe* probe) {
  takeEditorText(lessons, memory);
  const auto field = [&](const char* label, std::string& text, LessonEdit::Kind kind,
                         bool multiline, const char* key) {
    ImGui::TextDisabled("%s", label);
    const std::string id = std::string("##") + key;
    const bool changed =
        multiline ? ImGui::InputTextMultiline(id.c_str(), &text,
                                              ImVec2(-1.0f, 4.0f * ImGui::GetTextLineHeight()))
                  : (ImGui::SetNextItemWidth(-1.0f), ImGui::InputText(id.c_str(), &text));
    probeLastItem(probe, std::string("lessons/") + key);
    if (changed) intents.editLesson = editOf(kind, text);
  };
  field("Lesson title", memory.title, LessonEdit::Kind::SetLessonTitle, false, "lesson_title");
  field("Step title", memory.stepTitle, LessonEdit::Kind::SetTitle, false, "step_title");
  field("Narration", memory.narration, LessonEdit::Kind::SetNarration, true, "narration");
  field("Teacher's notes", memory.notes, LessonEdit::Kind::SetNotes, true, "notes");
  if (ImGui::Button("Add this view as a step"))
    intents.editLesson = editOf(LessonEdit::Kind::AddView);
  probeLastItem(probe, "lessons/add_view");
  sameLineIfFits(buttonWidth("Use this view here"));
  if (ImGui::Button("Use this view here"))
    intents.editLesson = editOf(LessonEdit::Kind::ReplaceView);
  probeLastItem(probe, "lessons/replace_view");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("The shown step takes what the window shows now; its texts stay");
  const struct {
    const char* label;
    LessonEdit::Kind kind;
    const char* key;
  } buttons[] = {{"Move up", LessonEdit::Kind::MoveUp, "move_up"},
                 {"Move down", LessonEdit::Kind::MoveDown, "move_down"},
                 {"Delete step", LessonEdit::Kind::Delete, "delete"}};
  for (std::size_t i = 0; i < std::size(buttons); ++i) {
    if (i > 0) sameLineIfFits(buttonWidth(buttons[i].label));
    if (ImGui::Button(buttons[i].label)) intents.editLesson = editOf(buttons[i].kind);
    probeLastItem(probe, std::string("lessons/") + buttons[i].key);
  }
}

void drawOpenLesson(const LessonsView& lessons, LessonsPanelMemory& memory, UiIntents& intents,
                    ItemProbe* probe) {
  ImGui::TextWrapped("%s", lessons.title.c_str());
  if (!lessons.audience.empty()) ImGui::TextDisabled("%s", lessons.audience.c_str());
  if (ImGui::SmallButton("All lessons")) intents.closeLesson = true;
  probeLastItem(probe, "lessons/close");
  ImGui::SameLine();
  if (ImGui::SmallButton(lessons.unsaved ? "Save *" : "Save"))
    intents.editLesson = editOf(LessonEdit::Kind::Save);
  probeLastItem(probe, "lessons/save");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Save to your lessons folder");
  ImGui::SameLine();
  if (ImGui::SmallButton("Present")) intents.setPresenter = true;
  probeLastItem(probe, "lessons/present");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Presenter mode (F11; Esc leaves it)");
  ImGui::Separator();
  for (std::size_t i = 0; i < lessons.stepTitles.size(); ++i) {
    const std::string row = std::to_string(i + 1) + ". " + lessons.stepTitles[i];
    ImGui::PushID(static_cast<int>(i));
    if (ImGui::Selectable(row.c_str(), static_cast<int>(i) == lessons.step))
      intents.goToStep = static_cast<int>(i);
    probeLastItem(probe, "lessons/step", static_cast<long long>(i));
    ImGui::PopID();
  }
  ImGui::Separator();
  drawStepNavigation(lessons, intents, probe);
  drawShownStep(lessons);
  memory.editing = ImGui::CollapsingHeader("Edit this lesson");
  probeLastItem(probe, "lessons/edit");
  if (memory.editing) drawEditor(lessons, memory, intents, probe);
}

}  // namespace

UiIntents drawLessonsPanel(const UiStateView& view, LessonsPanelMemory& memory, ItemProbe* probe) {
  UiIntents intents;
  if (view.lessons.open)
    drawOpenLesson(view.lessons, memory, intents, probe);
  else
    drawLessonList(view.lessons, memory, intents, probe);
  return intents;
}

}  // namespace myo
