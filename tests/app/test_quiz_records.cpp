// Quiz results: the CSV export's round trip (commas, quotes, line breaks), one-line errors for
// CSV files that are not ours, an earlier build's CSV brought into the records database once,
// and answers kept in the records with the review of missed questions through the apply step on
// the bundled body.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/apply_intents.h"
#include "app/quiz_bridge.h"
#include "app/quiz_records.h"
#include "app/records_bridge.h"
#include "support/bundled_body_state.h"
#include "support/test_paths.h"

namespace {

std::filesystem::path freshFile(const std::string& name) {
  const auto file = myo::test::scratch() / "quiz_records" / name;
  std::filesystem::create_directories(file.parent_path());
  std::filesystem::remove(file);
  return file;
}

void writeText(const std::filesystem::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
}

std::string readText(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

bool sameRecord(const myo::QuizRecord& a, const myo::QuizRecord& b) {
  return a.when == b.when && a.kind == b.kind && a.question == b.question && a.answer == b.answer &&
         std::abs(a.score - b.score) < 0.005f;
}

}  // namespace

TEST_CASE("quiz results round-trip through the export CSV", "[quiz]") {
  const std::vector<myo::QuizRecord> records = {
      {"2026-12-02T10:00:00Z", myo::QuizKind::WhereRefers, "infraspinatus_1.R", "3 clicks", 0.75f},
      {"2026-12-02T10:01:00Z", myo::QuizKind::NameMuscle, "soleus_1.L", "Soleus, \"the calf\"",
       1.0f},
      {"2026-12-02T10:02:00Z", myo::QuizKind::WhereHurts, "temple.R", "a,b\nc", 0.0f}};
  const auto file = freshFile("round_trip.csv");
  writeText(file, myo::quizRecordsCsv(records));
  CHECK(readText(file).rfind("date,kind,question,answer,score\n", 0) == 0);
  const myo::Result<std::vector<myo::QuizRecord>> back = myo::readQuizRecords(file);
  REQUIRE(back.ok());
  REQUIRE(back->size() == records.size());
  for (std::size_t i = 0; i < records.size(); ++i) CHECK(sameRecord((*back)[i], records[i]));
  // And through the records database's rows.
  for (const myo::QuizRecord& record : records) {
    const std::optional<myo::QuizRecord> again = myo::quizRecordOf(myo::quizResultRow(record));
    REQUIRE(again);
    CHECK(sameRecord(*again, record));
  }
  CHECK_FALSE(myo::quizRecordOf({"t", "guess", "q", "a", 0.5f}));
  // No file: no records, not an error.
  const auto none = myo::readQuizRecords(freshFile("missing.csv"));
  REQUIRE(none.ok());
  CHECK(none->empty());
}

TEST_CASE("a results file that is not ours fails in one line naming it and where", "[quiz]") {
  const auto file = freshFile("bad.csv");
  const auto problem = [&](const std::string& text) {
    writeText(file, text);
    const auto read = myo::readQuizRecords(file);
    REQUIRE_FALSE(read.ok());
    const std::string message = read.error().message();
    CHECK(message.find(file.string()) == 0);
    CHECK(message.find('\n') == std::string::npos);
    return message;
  };
  CHECK(problem("name,score\nx,1\n").find("line 1") != std::string::npos);
  const std::string header = "date,kind,question,answer,score\n";
  CHECK(problem(header + "a,where,b,c\n").find("row 2: has 4 fields") != std::string::npos);
  CHECK(problem(header + "a,guess,b,c,0.5\n").find("'guess' is not a quiz kind") !=
        std::string::npos);
  CHECK(problem(header + "a,where,b,c,1.5\n").find("not a score from 0 to 1") != std::string::npos);
  CHECK(problem(header + "a,where,\"b,c,0.5\n").find("never closed") != std::string::npos);
}

TEST_CASE("an earlier build's quiz-results.csv comes into the records once", "[quiz]") {
  const auto dir = myo::test::scratch() / "quiz_records" / "import";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  writeText(dir / "quiz-results.csv",
            myo::quizRecordsCsv(
                {{"1", myo::QuizKind::WhichKnot, "soleus_1.R", "Soleus", 1.0f},
                 {"2", myo::QuizKind::WhereRefers, "infraspinatus_1.R", "2 clicks", 0.1f}}));
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "import-recent.txt"),
                      myo::test::scratch() / "import-log.tsv");
  myo::openUserRecords(state, dir);
  REQUIRE(state.records);
  CHECK(state.records->quizResults()->size() == 2);
  CHECK(std::filesystem::exists(dir / "quiz-results.csv.imported"));
  CHECK_FALSE(std::filesystem::exists(dir / "quiz-results.csv"));
  REQUIRE(state.quizMissed.size() == 1);
  CHECK(state.quizMissed[0].question == "infraspinatus_1.R");
  myo::openUserRecords(state, dir);  // opened again: nothing imported twice
  CHECK(state.records->quizResults()->size() == 2);
  // A CSV that is not ours stays where it is; the status line names it.
  writeText(dir / "quiz-results.csv", "name,score\n");
  myo::openUserRecords(state, dir);
  CHECK(state.statusMessage.find((dir / "quiz-results.csv").string()) != std::string::npos);
  CHECK(std::filesystem::exists(dir / "quiz-results.csv"));
  CHECK(state.records->quizResults()->size() == 2);
}

TEST_CASE("the missed questions are those whose latest answer missed", "[quiz]") {
  using myo::QuizKind;
  const std::vector<myo::QuizRecord> records = {
      {"1", QuizKind::WhereRefers, "a.R", "", 0.2f}, {"2", QuizKind::WhichKnot, "a.R", "", 0.0f},
      {"3", QuizKind::WhereRefers, "b.R", "", 0.9f}, {"4", QuizKind::WhereRefers, "a.R", "", 0.6f},
      {"5", QuizKind::WhereRefers, "b.R", "", 0.4f}, {"6", QuizKind::WhichKnot, "a.R", "", 0.1f}};
  const std::vector<myo::QuizRecord> missed = myo::missedQuestions(records);
  REQUIRE(missed.size() == 2);
  CHECK(missed[0].when == "5");  // b.R where: missed last time
  CHECK(missed[1].when == "6");  // a.R knot, once (its latest)
  CHECK(myo::missedQuestions({}).empty());
}

TEST_CASE("revealed answers are kept and the missed ones come back in a review", "[quiz]") {
  const auto dir = myo::test::scratch() / "quiz_records" / "kept";
  std::filesystem::remove_all(dir);
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "records-recent.txt"),
                      myo::test::scratch() / "records-log.tsv");
  myo::test::openBundledBody(state);
  myo::openUserRecords(state, dir);
  REQUIRE(state.records);
  CHECK(state.quizMissed.empty());
  myo::UiIntents start;
  start.startQuiz = myo::QuizStart{myo::QuizKind::WhichKnot, "", 3, 7, 0.0f, 0, {}, false};
  (void)myo::applyIntents(start, state);
  REQUIRE(state.quiz);
  std::vector<std::string> askedWrong;
  for (int i = 0; i < 2; ++i) {  // the first two answered wrong, the third right
    const myo::QuizQuestion& question = *state.quiz->question();
    myo::UiIntents answer;
    answer.quizChoice = i < 2 ? (question.answer + 1) % 4 : question.answer;
    answer.quizReveal = true;
    (void)myo::applyIntents(answer, state);
    REQUIRE(state.quiz->feedback);
    askedWrong.push_back(state.quiz->records.back().question);
    myo::UiIntents next;
    next.quizNext = true;
    (void)myo::applyIntents(next, state);
  }
  const myo::QuizQuestion& third = *state.quiz->question();
  myo::UiIntents right;
  right.quizChoice = third.answer;
  right.quizReveal = true;
  (void)myo::applyIntents(right, state);
  REQUIRE(state.quiz->feedback->right);
  const auto kept = state.records->quizResults();
  REQUIRE(kept.ok());
  REQUIRE(kept->size() == 3);
  CHECK((*kept)[0].score == 0.0f);
  CHECK((*kept)[2].score == 1.0f);
  REQUIRE(state.quizMissed.size() == 2);
  CHECK(myo::makeQuizView(state).missed == 2);

  // The review asks the two missed questions; answering one right leaves one missed.
  myo::UiIntents review;
  review.startQuiz = myo::QuizStart{};
  review.startQuiz->reviewMissed = true;
  (void)myo::applyIntents(review, state);
  REQUIRE(state.quiz);
  REQUIRE(state.quiz->questions.size() == 2);
  CHECK(state.quiz->kind == myo::QuizKind::WhichKnot);
  std::vector<std::string> reviewed;
  for (const myo::QuizQuestion& question : state.quiz->questions)
    reviewed.push_back(
        state.placedAtlas.placed()[static_cast<std::size_t>(question.point)].label());
  std::sort(reviewed.begin(), reviewed.end());
  std::sort(askedWrong.begin(), askedWrong.end());
  CHECK(reviewed == askedWrong);
  right.quizChoice = state.quiz->question()->answer;
  (void)myo::applyIntents(right, state);
  CHECK(state.quizMissed.size() == 1);
  CHECK(state.records->quizResults()->size() == 4);

  // A new session reads the same file and finds the one still missed.
  myo::AppState later(myo::RecentFiles(myo::test::scratch() / "records-recent2.txt"),
                      myo::test::scratch() / "records-log2.tsv");
  myo::openUserRecords(later, dir);
  CHECK(later.quizMissed.size() == 1);
  // A records file that is not a database is moved aside with a notice; a fresh one starts.
  later.records.reset();
  state.records.reset();
  writeText(dir / "records.sqlite", "not,our,file\n");
  myo::openUserRecords(later, dir);
  CHECK(later.statusMessage.find("moved to") != std::string::npos);
  REQUIRE(later.records);
  CHECK(later.records->quizResults()->empty());
}
