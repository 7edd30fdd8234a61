// The user's records in one SQLite database in their data folder: the treatment log, the quiz
// results (schema 1), the pain diary and lesson progress (schema 2). WAL
// journal, foreign keys on, a schema version moved forward by migrations; every write is one
// transaction, so it lands whole or not at all, and two windows may write at once. A file that
// is damaged or not ours is moved aside, never overwritten. Files only; no GL, no UI.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/diary/diary_entry.h"
#include "core/result.h"
#include "core/treatment/treatment_log.h"
#include "records/sqlite_db.h"

namespace myo {

// One revealed quiz answer as kept: kind is the quiz's word (where, knot, name, spot).
struct QuizResultRow {
  std::string time, kind, question, answer;
  float score = 0.0f;  // 0–1
};

class UserRecords {
 public:
  // The schema version this build writes.
  static constexpr int kSchemaVersion = 2;

  // Opens `file` (folders created), migrating it to kSchemaVersion. A file that is not a
  // database, fails its integrity check or belongs to another program is renamed
  // "<file>.damaged-YYYYMMDD-HHMMSS" and a fresh database started (notice() says so); one written
  // by a newer Myoscope is an error and is left as it is. O(migrations + integrity check).
  [[nodiscard]] static Result<UserRecords> open(const std::filesystem::path& file);

  // What opening had to do to the file ("" when nothing): the moved-aside copy's name.
  [[nodiscard]] const std::string& notice() const { return notice_; }
  [[nodiscard]] const std::filesystem::path& file() const { return db_.file(); }

  // Adds a hold to the treatment log; returns its row id. One transaction. O(log n).
  [[nodiscard]] Result<std::int64_t> addTreatment(const TreatmentEntry& entry);
  // Sets the discomfort after of the hold logged at `time` for `triggerPoint`; an error when
  // there is none. O(log n).
  [[nodiscard]] Status setDiscomfortAfter(const std::string& time, const std::string& triggerPoint,
                                          int level);
  // The treatment log, oldest first. O(n).
  [[nodiscard]] Result<std::vector<TreatmentEntry>> treatments();

  // Adds a revealed quiz answer; returns its row id. One transaction. O(log n).
  [[nodiscard]] Result<std::int64_t> addQuizResult(const QuizResultRow& row);
  // The quiz results, oldest first. O(n).
  [[nodiscard]] Result<std::vector<QuizResultRow>> quizResults();

  // Adds a diary entry with its dabs and region areas (its id is ignored); returns its id. One
  // transaction. O(dabs + regions).
  [[nodiscard]] Result<std::int64_t> addDiaryEntry(const DiaryEntry& entry);
  // The diary, oldest first (by day, then time saved). O(entries + dabs).
  [[nodiscard]] Result<std::vector<DiaryEntry>> diaryEntries();
  // Deletes entry `id` with its dabs and regions; an error when there is none. O(dabs).
  [[nodiscard]] Status deleteDiaryEntry(std::int64_t id);

  // Notes that step `step` (0-based) of lesson `lesson` (its name) was shown at `time`; a step
  // seen again keeps its first time. O(log n).
  [[nodiscard]] Status markLessonStep(const std::string& lesson, int step, const std::string& time);
  // The steps of `lesson` seen so far, ascending. O(steps).
  [[nodiscard]] Result<std::vector<int>> lessonStepsSeen(const std::string& lesson);

  // Imports the tab-separated treatment log `tsv` once (all entries in one transaction), then
  // renames it "<tsv>.imported"; returns how many entries came in (0 when there is no file).
  // A log that does not parse is left in place and is an error naming it. O(entries).
  [[nodiscard]] Result<int> importTreatmentLog(const std::filesystem::path& tsv);

 private:
  explicit UserRecords(SqliteDb db, std::string notice)
      : db_(std::move(db)), notice_(std::move(notice)) {}
  SqliteDb db_;
  std::string notice_;
};

}  // namespace myo
