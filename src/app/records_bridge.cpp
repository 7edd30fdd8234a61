// Opening the records, and the one-time import of the quiz results CSV.
#include "app/records_bridge.h"

#include <system_error>

#include "app/quiz_records.h"

namespace myo {
namespace {

// Brings the CSV results of an earlier build into the database, then renames the file.
Status importQuizCsv(UserRecords& records, const std::filesystem::path& csv) {
  std::error_code missing;
  if (!std::filesystem::exists(csv, missing)) return {};
  const Result<std::vector<QuizRecord>> kept = readQuizRecords(csv);
  if (!kept) return kept.error();
  for (const QuizRecord& record : kept.value())
    if (const Result<std::int64_t> added = records.addQuizResult(quizResultRow(record)); !added)
      return added.error();
  std::error_code error;
  std::filesystem::rename(csv, csv.string() + ".imported", error);
  if (error) return Error{csv.string(), "", "imported, but cannot be renamed: " + error.message()};
  return {};
}

}  // namespace

void openUserRecords(AppState& state, const std::filesystem::path& dataFolder) {
  state.records.reset();
  state.quizMissed.clear();
  Result<UserRecords> records = UserRecords::open(dataFolder / "records.sqlite");
  if (!records) {
    state.statusMessage = "Records: " + records.error().message();
    return;
  }
  if (!records->notice().empty()) state.statusMessage = records->notice();
  if (const Status imported = importQuizCsv(*records, dataFolder / "quiz-results.csv"); !imported)
    state.statusMessage = "Quiz results: " + imported.error().message();
  const Result<std::vector<QuizResultRow>> rows = records->quizResults();
  if (!rows) {
    state.statusMessage = "Records: " + rows.error().message();
  } else {
    std::vector<QuizRecord> kept;
    for (const QuizResultRow& row : rows.value())
      if (const std::optional<QuizRecord> record = quizRecordOf(row)) kept.push_back(*record);
    state.quizMissed = missedQuestions(kept);
  }
  const Result<std::vector<DiaryEntry>> diary = records->diaryEntries();
  if (!diary)
    state.statusMessage = "Pain diary: " + diary.error().message();
  else
    state.diary.setEntries(diary.value());
  state.lessonProgress.clear();
  for (const LessonEntry& lesson : state.lessons)
    if (const Result<std::vector<int>> seen = records->lessonStepsSeen(lesson.name); seen)
      state.lessonProgress[lesson.name] = seen.value();
  state.records = std::move(records.value());
  state.treatment.keepIn(*state.records);
}

}  // namespace myo
