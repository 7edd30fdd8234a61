// Quiz records: CSV lines written and read, and the questions still missed.
#include "app/quiz_records.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <optional>

#include "core/io/file_access.h"

namespace myo {
namespace {

constexpr const char* kHeader = "date,kind,question,answer,score";

// `field` as CSV: quoted, with quotes doubled, when it holds a comma, a quote or a line break.
std::string csvField(const std::string& field) {
  if (field.find_first_of(",\"\n\r") == std::string::npos) return field;
  std::string out = "\"";
  for (const char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string csvLine(const QuizRecord& record) {
  char score[16];
  std::snprintf(score, sizeof score, "%.2f", static_cast<double>(record.score));
  std::string line = csvField(record.when);
  for (const std::string& field :
       {std::string(quizKindWord(record.kind)), csvField(record.question), csvField(record.answer),
        std::string(score)}) {
    line.push_back(',');
    line += field;
  }
  line.push_back('\n');
  return line;
}

// Splits `text` into CSV rows of fields, quotes honoured (a quoted field may hold line
// breaks); nothing when a quote is left open.
std::optional<std::vector<std::vector<std::string>>> csvRows(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    std::string& field = rows.back().back();
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\n') {
      rows.emplace_back(1);
    } else if (c != '\r') {
      field.push_back(c);
    }
  }
  if (quoted) return std::nullopt;
  if (rows.back().size() == 1 && rows.back().front().empty()) rows.pop_back();
  return rows;
}

std::optional<float> parseScore(const std::string& text) {
  float score = 0.0f;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), score);
  if (error != std::errc() || end != text.data() + text.size() || score < 0.0f || score > 1.0f)
    return std::nullopt;
  return score;
}

}  // namespace

std::string quizRecordsCsv(const std::vector<QuizRecord>& records) {
  std::string csv = kHeader;
  csv.push_back('\n');
  for (const QuizRecord& record : records) csv += csvLine(record);
  return csv;
}

Result<std::vector<QuizRecord>> readQuizRecords(const std::filesystem::path& file) {
  std::vector<QuizRecord> records;
  std::error_code missing;
  if (!std::filesystem::exists(file, missing)) return records;
  std::vector<unsigned char> bytes;
  if (!readWholeFile(file, bytes)) return Error{file.string(), "", "cannot be read"};
  const auto rows = csvRows(std::string(bytes.begin(), bytes.end()));
  if (!rows) return Error{file.string(), "", "a quoted field is never closed"};
  if (rows->empty() || (*rows)[0].size() != 5 || (*rows)[0][0] != "date")
    return Error{file.string(), "line 1", std::string("is not the header '") + kHeader + "'"};
  for (std::size_t i = 1; i < rows->size(); ++i) {
    const std::vector<std::string>& row = (*rows)[i];
    const std::string line = "row " + std::to_string(i + 1);
    if (row.size() != 5)
      return Error{file.string(), line, "has " + std::to_string(row.size()) + " fields, not 5"};
    const std::optional<QuizKind> kind = parseQuizKind(row[1]);
    if (!kind) return Error{file.string(), line, "'" + row[1] + "' is not a quiz kind"};
    const std::optional<float> score = parseScore(row[4]);
    if (!score) return Error{file.string(), line, "'" + row[4] + "' is not a score from 0 to 1"};
    records.push_back({row[0], *kind, row[2], row[3], *score});
  }
  return records;
}

QuizResultRow quizResultRow(const QuizRecord& record) {
  return {record.when, std::string(quizKindWord(record.kind)), record.question, record.answer,
          record.score};
}

std::optional<QuizRecord> quizRecordOf(const QuizResultRow& row) {
  const std::optional<QuizKind> kind = parseQuizKind(row.kind);
  if (!kind) return std::nullopt;
  return QuizRecord{row.time, *kind, row.question, row.answer, row.score};
}

void noteAnswer(std::vector<QuizRecord>& missed, const QuizRecord& record) {
  std::erase_if(missed, [&](const QuizRecord& earlier) {
    return earlier.kind == record.kind && earlier.question == record.question;
  });
  if (record.score < kQuizRightScore) missed.push_back(record);
}

std::vector<QuizRecord> missedQuestions(const std::vector<QuizRecord>& records) {
  std::vector<QuizRecord> missed;
  for (const QuizRecord& record : records) noteAnswer(missed, record);
  return missed;
}

}  // namespace myo
