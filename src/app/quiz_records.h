// The quiz results a person keeps: every revealed answer (date, kind, question, answer, score)
// as CSV in the user's data folder, appended atomically, read back for the review of missed
// questions, and the same CSV for `quiz export`. Files only; no GL, no UI.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "app/quiz_session.h"
#include "core/result.h"

namespace myo {

// `records` as CSV: the header "date,kind,question,answer,score", then a line each, the score
// 0–1 with 2 decimals, fields with commas, quotes or line breaks quoted. O(records).
[[nodiscard]] std::string quizRecordsCsv(const std::vector<QuizRecord>& records);

// The records of `file` (none when it does not exist). Errors name the file and the line: a
// header that is not ours, a line with the wrong number of fields, an unknown kind, a score that
// is not a number from 0 to 1. O(size).
[[nodiscard]] Result<std::vector<QuizRecord>> readQuizRecords(const std::filesystem::path& file);

// Adds `record` to the end of `file`, keeping what it holds (a temporary file + rename, folders
// created; the header written first when the file is new). O(size of the file).
[[nodiscard]] Status appendQuizRecord(const std::filesystem::path& file, const QuizRecord& record);

// The questions whose latest answer in `records` scored under half marks, oldest first, each
// once. O(records²) worst case; records are hundreds.
[[nodiscard]] std::vector<QuizRecord> missedQuestions(const std::vector<QuizRecord>& records);

}  // namespace myo
