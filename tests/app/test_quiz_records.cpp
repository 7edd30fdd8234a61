// Quiz results kept in the user's data: the CSV round trip (commas, quotes, line breaks), appends
// that keep what the file holds, one-line errors for files that are not ours, and the review of
// missed questions through the apply step on the bundled body.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/apply_intents.h"
#include "app/quiz_bridge.h"
#include "app/quiz_records.h"
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

TEST_CASE("quiz records round-trip through CSV and appends keep what the file holds", "[quiz]") {
  const std::vector<myo::QuizRecord> records = {
      {"2026-12-02T10:00:00Z", myo::QuizKind::WhereRefers, "infraspinatus_1.R", "3 clicks", 0.75f},
      {"2026-12-02T10:01:00Z", myo::QuizKind::NameMuscle, "soleus_1.L", "Soleus, \"the calf\"",
       1.0f},
      {"2026-12-02T10:02:00Z", myo::QuizKind::WhereHurts, "temple.R", "a,b\nc", 0.0f}};
  const auto file = freshFile("round_trip.csv");
  for (const myo::QuizRecord& record : records) REQUIRE(myo::appendQuizRecord(file, record).ok());
  CHECK(readText(file) == myo::quizRecordsCsv(records));
  const myo::Result<std::vector<myo::QuizRecord>> back = myo::readQuizRecords(file);
  REQUIRE(back.ok());
  REQUIRE(back->size() == records.size());
  for (std::size_t i = 0; i < records.size(); ++i) CHECK(sameRecord((*back)[i], records[i]));
  CHECK(readText(file).rfind("date,kind,question,answer,score\n", 0) == 0);

  // A file with no line break at its end still gets its new line on a line of its own.
  const auto ragged = freshFile("ragged.csv");
  writeText(ragged, "date,kind,question,answer,score\n2026-12-01T09:00:00Z,knot,soleus_1.R,x,0.00");
  REQUIRE(myo::appendQuizRecord(ragged, records[0]).ok());
  const auto raggedBack = myo::readQuizRecords(ragged);
  REQUIRE(raggedBack.ok());
  CHECK(raggedBack->size() == 2);

  // No file yet: no records, not an error.
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
  // Appending to it keeps every byte it held.
  writeText(file, header + "a,guess,b,c,0.5\n");
  REQUIRE(myo::appendQuizRecord(file, {"t", myo::QuizKind::WhichKnot, "q", "a", 0.0f}).ok());
  CHECK(readText(file) == header + "a,guess,b,c,0.5\nt,knot,q,a,0.00\n");
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
  const auto file = freshFile("kept.csv");
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "records-recent.txt"),
                      myo::test::scratch() / "records-log.tsv");
  myo::test::openBundledBody(state);
  myo::openQuizResults(state, file);
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
  const auto kept = myo::readQuizRecords(file);
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
  CHECK(myo::readQuizRecords(file)->size() == 4);

  // A new session reads the same file and finds the one still missed.
  myo::AppState later(myo::RecentFiles(myo::test::scratch() / "records-recent2.txt"),
                      myo::test::scratch() / "records-log2.tsv");
  myo::openQuizResults(later, file);
  CHECK(later.quizMissed.size() == 1);
  // A broken file is said on the status line; nothing is lost.
  writeText(file, "not,our,file\n");
  myo::openQuizResults(later, file);
  CHECK(later.statusMessage.find("Quiz results: " + file.string()) == 0);
}
