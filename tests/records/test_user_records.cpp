// The records database: a fresh one migrates to the schema, writes and reads back, keeps what
// two connections write, imports the TSV treatment log once, moves a damaged or foreign file
// aside (never overwriting it), refuses a newer schema, and survives being killed mid-write.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "records/user_records.h"
#include "support/test_paths.h"

namespace {

std::filesystem::path freshDir(const std::string& name) {
  const auto dir = myo::test::scratch() / "records" / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

myo::TreatmentEntry hold(const std::string& point, int before = 6) {
  return {"2026-12-02T10:00:00Z", point, "pressure_release", 60.0f, before, -1};
}

std::string readText(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("a fresh records database takes and gives back holds and quiz results", "[records]") {
  const auto file = freshDir("fresh") / "records.sqlite";
  {
    auto records = myo::UserRecords::open(file);
    REQUIRE(records.ok());
    CHECK(records->notice().empty());
    REQUIRE(records->addTreatment(hold("upper_trapezius_1.R")).ok());
    REQUIRE(records->addTreatment(hold("soleus_1.L", 4)).ok());
    REQUIRE(records->setDiscomfortAfter("2026-12-02T10:00:00Z", "soleus_1.L", 2).ok());
    CHECK_FALSE(records->setDiscomfortAfter("2026-12-02T11:00:00Z", "soleus_1.L", 2).ok());
    REQUIRE(records->addQuizResult({"2026-12-02T10:05:00Z", "knot", "soleus_1.R", "Soleus", 1.0f})
                .ok());
    // The schema refuses what the app never writes: an unknown kind, a score above 1.
    CHECK_FALSE(records->addQuizResult({"t", "guess", "q", "a", 0.5f}).ok());
    CHECK_FALSE(records->addQuizResult({"t", "where", "q", "a", 1.5f}).ok());
  }
  auto reopened = myo::UserRecords::open(file);
  REQUIRE(reopened.ok());
  const auto holds = reopened->treatments();
  REQUIRE(holds.ok());
  REQUIRE(holds->size() == 2);
  CHECK((*holds)[0].triggerPoint == "upper_trapezius_1.R");
  CHECK((*holds)[1].discomfortBefore == 4);
  CHECK((*holds)[1].discomfortAfter == 2);
  const auto quiz = reopened->quizResults();
  REQUIRE(quiz.ok());
  REQUIRE(quiz->size() == 1);
  CHECK((*quiz)[0].answer == "Soleus");
  CHECK((*quiz)[0].score == 1.0f);
  // WAL journal and the schema version are in the file.
  CHECK(std::filesystem::exists(file.string() + "-wal"));
}

TEST_CASE("the diary and lesson progress are kept, migrated into an older database", "[records]") {
  const auto file = freshDir("diary") / "records.sqlite";
  {  // a schema 1 database, as the previous release left it, with a hold in it
    auto raw = myo::SqliteDb::open(file);
    REQUIRE(raw.ok());
    REQUIRE(raw->exec("PRAGMA application_id = 1297698643").ok());  // "MYOS"
    REQUIRE(raw->exec("CREATE TABLE treatment (id INTEGER PRIMARY KEY, time TEXT NOT NULL, "
                      "trigger_point TEXT NOT NULL, technique TEXT NOT NULL, held_seconds REAL "
                      "NOT NULL, discomfort_before INTEGER, discomfort_after INTEGER); "
                      "CREATE TABLE quiz_result (id INTEGER PRIMARY KEY, time TEXT, kind TEXT, "
                      "question TEXT, answer TEXT, score REAL); "
                      "INSERT INTO treatment VALUES (1, '2026-11-02T09:00:00Z', 'soleus_1.R', "
                      "'pressure_release', 45, 5, 3); PRAGMA user_version = 1")
                .ok());
  }
  auto records = myo::UserRecords::open(file);
  REQUIRE(records.ok());
  auto raw = myo::SqliteDb::open(file);
  CHECK(raw->integer("PRAGMA user_version").value() == myo::UserRecords::kSchemaVersion);
  REQUIRE(records->treatments()->size() == 1);  // the migration kept what was there
  myo::DiaryEntry entry;
  entry.day = "2026-11-03";
  entry.savedAt = "2026-11-03 18:04:12";
  entry.body = "bundled body";
  entry.note = "after a long drive, \"sharp\"";
  entry.drawing.dabs = {{{0.1f, 1.6f, 0.05f}, 0.04f, myo::PainLevel::Severe},
                        {{0.12f, 1.6f, 0.05f}, 0.02f, myo::PainLevel::None}};
  entry.squareCm = 42.5f;
  entry.meanWeight = 1.0f;
  entry.regions.assign(myo::diaryRegions().size(), {});
  entry.regions[2] = {42.5f, 1.0f};
  const auto id = records->addDiaryEntry(entry);
  REQUIRE(id.ok());
  entry.day = "2026-11-01";  // an earlier day comes first
  REQUIRE(records->addDiaryEntry(entry).ok());
  // The schema refuses a malformed day.
  entry.day = "3 Nov";
  CHECK_FALSE(records->addDiaryEntry(entry).ok());
  const auto diary = records->diaryEntries();
  REQUIRE(diary.ok());
  REQUIRE(diary->size() == 2);
  CHECK((*diary)[0].day == "2026-11-01");
  const myo::DiaryEntry& back = (*diary)[1];
  CHECK(back.id == id.value());
  CHECK(back.note == entry.note);
  REQUIRE(back.drawing.dabs.size() == 2);
  CHECK(back.drawing.dabs[0].level == myo::PainLevel::Severe);
  CHECK(back.drawing.dabs[1].level == myo::PainLevel::None);
  CHECK(back.drawing.dabs[0].radius == Approx(0.04f));
  CHECK(back.drawing.dabs[0].at.y == Approx(1.6f));
  CHECK(back.regions[2].squareCm == Approx(42.5f));
  CHECK(back.regions[3].squareCm == 0.0f);
  REQUIRE(records->deleteDiaryEntry(id.value()).ok());
  CHECK_FALSE(records->deleteDiaryEntry(id.value()).ok());
  CHECK(records->diaryEntries()->size() == 1);
  CHECK(raw->integer("SELECT count(*) FROM diary_dab").value() == 2);  // the deleted one's gone

  REQUIRE(records->markLessonStep("shoulder", 2, "2026-11-03T18:00:00Z").ok());
  REQUIRE(records->markLessonStep("shoulder", 0, "2026-11-03T18:01:00Z").ok());
  REQUIRE(records->markLessonStep("shoulder", 2, "2026-11-04T09:00:00Z").ok());  // seen again
  REQUIRE(records->markLessonStep("neck_and_head", 1, "2026-11-04T09:00:00Z").ok());
  CHECK(records->lessonStepsSeen("shoulder").value() == std::vector<int>{0, 2});
  CHECK(raw->text("SELECT seen_at FROM lesson_progress WHERE step = 2").value() ==
        "2026-11-03T18:00:00Z");
  CHECK(records->lessonStepsSeen("leg_and_foot").value().empty());
}

TEST_CASE("two connections to the records both write and see each other's entries", "[records]") {
  const auto file = freshDir("two") / "records.sqlite";
  auto first = myo::UserRecords::open(file);
  auto second = myo::UserRecords::open(file);
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  std::thread a([&] {
    for (int i = 0; i < 50; ++i) REQUIRE(first->addTreatment(hold("a_" + std::to_string(i))).ok());
  });
  std::thread b([&] {
    for (int i = 0; i < 50; ++i) REQUIRE(second->addTreatment(hold("b_" + std::to_string(i))).ok());
  });
  a.join();
  b.join();
  CHECK(first->treatments()->size() == 100);
  CHECK(second->treatments()->size() == 100);
}

TEST_CASE("the TSV treatment log is imported once and renamed", "[records]") {
  const auto dir = freshDir("import");
  const auto tsv = dir / "treatment-log.tsv";
  {
    myo::TreatmentLog log(tsv);
    REQUIRE(log.load().ok());
    REQUIRE(log.append(hold("infraspinatus_1.R")).ok());
    REQUIRE(log.append(hold("soleus_1.R", 5)).ok());
  }
  auto records = myo::UserRecords::open(dir / "records.sqlite");
  REQUIRE(records.ok());
  const auto imported = records->importTreatmentLog(tsv);
  REQUIRE(imported.ok());
  CHECK(imported.value() == 2);
  CHECK_FALSE(std::filesystem::exists(tsv));
  CHECK(std::filesystem::exists(tsv.string() + ".imported"));
  CHECK(records->importTreatmentLog(tsv).value() == 0);  // nothing left to import
  CHECK(records->treatments()->size() == 2);
  // A log that does not parse stays where it is, and nothing of it comes in.
  std::ofstream(tsv) << "not a treatment log\n";
  CHECK_FALSE(records->importTreatmentLog(tsv).ok());
  CHECK(std::filesystem::exists(tsv));
  CHECK(records->treatments()->size() == 2);
}

TEST_CASE("a damaged or foreign database is moved aside, never overwritten", "[records]") {
  const auto dir = freshDir("aside");
  const auto file = dir / "records.sqlite";
  const std::string garbage = "this is not a database, it is someone's notes\n";
  std::ofstream(file, std::ios::binary) << garbage;
  auto records = myo::UserRecords::open(file);
  REQUIRE(records.ok());
  CHECK(records->notice().find("moved to") != std::string::npos);
  bool kept = false;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().filename().string().rfind("records.sqlite.damaged-", 0) == 0)
      kept = kept || readText(entry.path()) == garbage;
  CHECK(kept);
  REQUIRE(records->addTreatment(hold("upper_trapezius_1.R")).ok());

  // Another program's SQLite file is not ours to change either.
  const auto foreign = dir / "foreign.sqlite";
  {
    auto other = myo::SqliteDb::open(foreign);
    REQUIRE(other.ok());
    REQUIRE(
        other->exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x')").ok());
  }
  auto mine = myo::UserRecords::open(foreign);
  REQUIRE(mine.ok());
  CHECK(mine->notice().find("belongs to another program") != std::string::npos);

  // A newer Myoscope's database is refused and left as it is.
  const auto newer = dir / "newer.sqlite";
  {
    auto made = myo::UserRecords::open(newer);
    REQUIRE(made.ok());
  }
  {
    auto raw = myo::SqliteDb::open(newer);
    REQUIRE(raw->exec("PRAGMA user_version = 99").ok());
  }
  const auto refused = myo::UserRecords::open(newer);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().message().find("newer Myoscope") != std::string::npos);
}

TEST_CASE("killed at random moments while saving, every saved entry is there and whole",
          "[records]") {
  const auto file = freshDir("kill") / "records.sqlite";
  std::mt19937 random(20261202);
  std::uniform_int_distribution<int> delayMs(2, 60);
  std::set<std::string> reported;
  int killedMidway = 0;
  for (int run = 0; run < 100; ++run) {
    int pipeEnds[2];
    REQUIRE(pipe(pipeEnds) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      dup2(pipeEnds[1], STDOUT_FILENO);
      close(pipeEnds[0]);
      const std::string first = std::to_string(run * 1000000);
      execl(MYOSCOPE_RECORDS_WRITER, MYOSCOPE_RECORDS_WRITER, file.c_str(), first.c_str(),
            "1000000", static_cast<char*>(nullptr));
      _exit(127);
    }
    close(pipeEnds[1]);
    std::this_thread::sleep_for(std::chrono::milliseconds(delayMs(random)));
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    killedMidway += WIFSIGNALED(status) ? 1 : 0;
    std::string output;
    char buffer[4096];
    for (ssize_t n; (n = read(pipeEnds[0], buffer, sizeof buffer)) > 0;)
      output.append(buffer, static_cast<std::size_t>(n));
    close(pipeEnds[0]);
    std::istringstream lines(output);
    for (std::string word, number; lines >> word >> number;)
      if (word == "saved") reported.insert("point_" + number);
  }
  INFO(reported.size() << " entries reported saved over 100 runs, " << killedMidway
                       << " killed before finishing");
  CHECK(killedMidway == 100);
  CHECK(reported.size() > 100);
  auto records = myo::UserRecords::open(file);
  REQUIRE(records.ok());
  CHECK(records->notice().empty());
  auto raw = myo::SqliteDb::open(file);
  REQUIRE(raw.ok());
  CHECK(raw->text("PRAGMA integrity_check").value() == "ok");
  const auto holds = records->treatments();
  REQUIRE(holds.ok());
  std::set<std::string> stored;
  for (const myo::TreatmentEntry& entry : *holds) {
    stored.insert(entry.triggerPoint);
    // Nothing half-written: every row is whole.
    CHECK(entry.technique == "pressure_release");
    CHECK(entry.heldSeconds == 60.0f);
    CHECK(entry.discomfortBefore == 6);
  }
  const auto diary = records->diaryEntries();
  REQUIRE(diary.ok());
  std::size_t diaryStored = 0;
  for (const myo::DiaryEntry& entry : *diary) {
    stored.insert(entry.note);
    ++diaryStored;
    // A diary entry lands with all its dabs and its region, or not at all.
    CHECK(entry.drawing.dabs.size() == 12);
    CHECK(entry.regions[0].squareCm == 40.0f);
  }
  CHECK(diaryStored > 50);
  for (const std::string& saved : reported) CHECK(stored.count(saved) == 1);
  std::printf(
      "kill test: %zu saved entries reported, %zu stored (%zu diary entries of 12 dabs), %d of "
      "100 runs killed mid-way\n",
      reported.size(), stored.size(), diaryStored, killedMidway);
}
