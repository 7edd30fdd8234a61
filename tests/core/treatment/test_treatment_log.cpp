// The treatment log: entries survive a round trip, a malformed log is reported by line and never
// overwritten, and a writer killed mid-write leaves the old log whole.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#include "core/treatment/treatment_log.h"
#include "support/test_paths.h"

namespace {

std::string slurp(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

myo::TreatmentEntry entry(int i) {
  return {"2026-12-01T10:" + std::string(i % 60 < 10 ? "0" : "") + std::to_string(i % 60) + ":00Z",
          i % 2 == 0 ? "upper_trapezius_1.R" : "soleus_1.L",
          "ischaemic_compression",
          30.0f + static_cast<float>(i % 60),
          i % 11,
          (i + 3) % 11};
}

bool same(const myo::TreatmentEntry& a, const myo::TreatmentEntry& b) {
  return a.time == b.time && a.triggerPoint == b.triggerPoint && a.technique == b.technique &&
         a.heldSeconds == Approx(b.heldSeconds).margin(0.05) &&
         a.discomfortBefore == b.discomfortBefore && a.discomfortAfter == b.discomfortAfter;
}

}  // namespace

TEST_CASE("treatment log entries round-trip through the file", "[log]") {
  const auto file = myo::test::scratch() / "log_roundtrip" / "treatment-log.tsv";
  std::filesystem::remove_all(file.parent_path());
  myo::TreatmentLog log(file);
  REQUIRE(log.load().ok());  // missing: empty
  CHECK(log.entries().empty());
  for (int i = 0; i < 5; ++i) REQUIRE(log.append(entry(i)).ok());
  myo::TreatmentLog again(file);
  REQUIRE(again.load().ok());
  REQUIRE(again.entries().size() == 5);
  for (int i = 0; i < 5; ++i) CHECK(same(again.entries()[static_cast<std::size_t>(i)], entry(i)));
  CHECK(again.entriesFor("soleus_1.L").size() == 2);
  CHECK(myo::utcTimestamp(std::chrono::system_clock::time_point{}) == "1970-01-01T00:00:00Z");
  myo::TreatmentEntry tab = entry(0);
  tab.technique = "a\tb";
  CHECK_FALSE(again.append(tab).ok());
  CHECK(again.entries().size() == 5);
}

TEST_CASE("a malformed log is reported by line and left untouched", "[log]") {
  const auto dir = myo::test::scratch() / "log_bad";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto file = dir / "treatment-log.tsv";
  const std::string good = myo::formatTreatmentLog({entry(0)});
  struct Case {
    std::string text, where, reason;
  };
  const std::vector<Case> cases = {
      {"hello\n", "line 1", "header"},
      {good + "2026-12-01T10:00:00Z\tx\ty\t30\n", "line 3", "4 fields"},
      {good + "yesterday\tx\ty\t30\t5\t3\n", "line 3", "time"},
      {good + "2026-12-01T10:00:00Z\tx\ty\tlong\t5\t3\n", "line 3", "held seconds"},
      {good + "2026-12-01T10:00:00Z\tx\ty\t30\t11\t3\n", "line 3", "discomfort"},
      {good + "2026-12-01T10:00:00Z\t\ty\t30\t5\t3\n", "line 3", "empty"},
      {"", "", "empty file"}};
  for (const Case& c : cases) {
    INFO(c.text);
    { std::ofstream(file, std::ios::binary) << c.text; }
    myo::TreatmentLog log(file);
    const myo::Status loaded = log.load();
    REQUIRE_FALSE(loaded.ok());
    const std::string error = loaded.error().message();
    CHECK(error.find(file.string()) == 0);
    CHECK(error.find(c.where) != std::string::npos);
    CHECK(error.find(c.reason) != std::string::npos);
    CHECK(error.find('\n') == std::string::npos);
    CHECK_FALSE(log.append(entry(1)).ok());  // refuses: the user's file stays as it was
    CHECK(slurp(file) == c.text);
  }
}

TEST_CASE("a writer killed mid-write leaves the old log whole", "[log]") {
  const auto dir = myo::test::scratch() / "log_crash";
  std::filesystem::remove_all(dir);
  const auto file = dir / "treatment-log.tsv";
  // A long history (about 20 MB) so the rewrite takes long enough to be interrupted.
  std::vector<myo::TreatmentEntry> history;
  for (int i = 0; i < 300000; ++i) history.push_back(entry(i));
  std::filesystem::create_directories(dir);
  { std::ofstream(file, std::ios::binary) << myo::formatTreatmentLog(history); }
  const std::string before = slurp(file);
  bool interrupted = false;
  for (int attempt = 0; attempt < 5 && !interrupted; ++attempt) {
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {  // the writer: load, append, exit
      myo::TreatmentLog log(file);
      _exit(log.load().ok() && log.append(entry(7)).ok() ? 0 : 1);
    }
    const auto temp = std::filesystem::path(file.string() + ".tmp." + std::to_string(child));
    int status = 0;
    while (waitpid(child, &status, WNOHANG) == 0) {
      if (std::filesystem::exists(temp)) {  // mid-write: kill it like a power cut
        kill(child, SIGKILL);
        waitpid(child, &status, 0);
        interrupted = WIFSIGNALED(status);
        break;
      }
      std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    if (!interrupted) {  // it finished first: put the old log back and try again
      std::ofstream(file, std::ios::binary) << before;
      continue;
    }
    CHECK(std::filesystem::exists(temp));  // the half-written temp file is left behind
  }
  REQUIRE(interrupted);
  CHECK(slurp(file) == before);  // the log itself is exactly as it was
  myo::TreatmentLog log(file);
  REQUIRE(log.load().ok());
  CHECK(log.entries().size() == history.size());
  REQUIRE(log.append(entry(8)).ok());  // and the next save works
  CHECK(log.entries().size() == history.size() + 1);
}

TEST_CASE("two writers keep each other's entries; an entry the file cannot hold is refused",
          "[log]") {
  const auto file = myo::test::scratch() / "log_two" / "treatment-log.tsv";
  std::filesystem::remove_all(file.parent_path());
  myo::TreatmentLog first(file), second(file);
  REQUIRE(first.load().ok());
  REQUIRE(second.load().ok());  // both start from the same (empty) log
  REQUIRE(first.append(entry(1)).ok());
  REQUIRE(second.append(entry(2)).ok());  // reads the first writer's entry back in
  myo::TreatmentLog reader(file);
  REQUIRE(reader.load().ok());
  REQUIRE(reader.entries().size() == 2);
  CHECK(same(reader.entries()[0], entry(1)));
  CHECK(same(reader.entries()[1], entry(2)));
  const std::string before = slurp(file);
  myo::TreatmentEntry tooMuch = entry(3);
  tooMuch.discomfortAfter = 11;  // a typed value beyond the slider
  const myo::Status refused = reader.append(tooMuch);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().message().find("discomfort") != std::string::npos);
  myo::TreatmentEntry negative = entry(4);
  negative.heldSeconds = -2.0f;
  CHECK_FALSE(reader.append(negative).ok());
  CHECK(slurp(file) == before);
  CHECK(reader.append(entry(5)).ok());  // the log still takes good entries
}

TEST_CASE("log times show as the local clock does", "[treatment]") {
  const char* before = std::getenv("TZ");
  const std::string saved = before != nullptr ? before : "";
  setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3", 1);  // Berlin, spelled out: no tzdata needed
  tzset();
  CHECK(myo::localTimeOf("2026-12-01T13:35:00Z") == "2026-12-01 14:35");  // winter: UTC+1
  CHECK(myo::localTimeOf("2026-07-01T23:30:00Z") == "2026-07-02 01:30");  // summer: UTC+2
  CHECK(myo::localTimeOf("yesterday") == "yesterday");                    // not a log time
  if (before != nullptr)
    setenv("TZ", saved.c_str(), 1);
  else
    unsetenv("TZ");
  tzset();
}
