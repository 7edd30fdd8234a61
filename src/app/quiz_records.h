// Quiz results as text and as records: the CSV of `quiz export` (written, and read back to
// bring an earlier build's quiz-results.csv into the records database), the rows the records
// database keeps, and the questions still missed. No GL, no UI.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/quiz_session.h"
#include "core/result.h"
#include "records/user_records.h"

namespace myo {

// `records` as CSV: the header "date,kind,question,answer,score", then a line each, the score
// 0–1 with 2 decimals, fields with commas, quotes or line breaks quoted. O(records).
[[nodiscard]] std::string quizRecordsCsv(const std::vector<QuizRecord>& records);

// The records of `file` (none when it does not exist). Errors name the file and the line: a
// header that is not ours, a line with the wrong number of fields, an unknown kind, a score that
// is not a number from 0 to 1. O(size).
[[nodiscard]] Result<std::vector<QuizRecord>> readQuizRecords(const std::filesystem::path& file);

// `record` as the records database keeps it, and back (nothing for a kind it does not know).
// O(1).
[[nodiscard]] QuizResultRow quizResultRow(const QuizRecord& record);
[[nodiscard]] std::optional<QuizRecord> quizRecordOf(const QuizResultRow& row);

// Updates `missed` (the questions whose latest answer missed) with the answer `record`: the
// question's earlier entry goes, and it comes back last when this answer missed too.
// O(missed).
void noteAnswer(std::vector<QuizRecord>& missed, const QuizRecord& record);

// The questions whose latest answer in `records` scored under half marks, oldest first, each
// once. O(records²) worst case; records are hundreds.
[[nodiscard]] std::vector<QuizRecord> missedQuestions(const std::vector<QuizRecord>& records);

}  // namespace myo
