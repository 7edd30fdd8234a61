// The pain diary through the app: saving drawings on simulated days into the records, what the
// 3D view's pain layers show (the live drawing, an entry, two compared, a month's composite), the
// drawer's view with the holds of each day, deleting, the CSV and the one-page PDF summary, and
// lesson progress kept in the same records.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <sstream>

#include "app/apply_intents.h"
#include "app/diary_bridge.h"
#include "app/diary_summary.h"
#include "app/lesson_bridge.h"
#include "app/pain_finder_bridge.h"
#include "app/records_bridge.h"
#include "support/bundled_body_state.h"
#include "support/test_paths.h"

namespace {

std::string readText(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Paints the right temple at `level` (and the back of the neck unless `templeOnly`).
void drawHeadache(myo::AppState& state, int level, bool templeOnly) {
  myo::UiIntents clear;
  clear.clearPainDrawing = true;
  clear.setPainMode = true;
  clear.setPainLevel = level;
  clear.setPainBrushRadius = 0.04f;
  (void)myo::applyIntents(clear, state);
  for (const char* place : {"temple.R", "occiput", "mastoid.R"}) {
    myo::UiIntents dab;
    dab.painDabAtPlace = place;
    (void)myo::applyIntents(dab, state);
    if (templeOnly) break;
  }
}

}  // namespace

TEST_CASE("the pain diary keeps drawings by day and shows them, alone, compared or by month",
          "[diary]") {
  const auto folder = myo::test::scratch() / "pain-diary";
  std::filesystem::remove_all(folder);
  myo::AppState state(myo::RecentFiles(folder / "recent.txt"), folder / "log.tsv");
  myo::test::openBundledBody(state);
  myo::openUserRecords(state, folder);
  REQUIRE(state.records);
  state.exportsFolder = folder / "exports";

  // Nothing drawn: nothing to save, and nothing shows.
  REQUIRE(state.recordsClock.setLocalDay("2026-11-03"));
  CHECK_FALSE(myo::saveDiaryEntry(state, "2026-11-03", "").ok());
  CHECK_FALSE(myo::painLayers(state));

  drawHeadache(state, 3, false);
  REQUIRE(myo::saveDiaryEntry(state, "2026-11-03", "after a long drive").ok());
  drawHeadache(state, 1, true);
  REQUIRE(myo::saveDiaryEntry(state, "2026-11-20", "").ok());
  drawHeadache(state, 2, false);
  REQUIRE(myo::saveDiaryEntry(state, "2026-11-10", "").ok());  // saved late: sorted by day
  REQUIRE(state.diary.entries().size() == 3);
  CHECK(state.diary.entries()[1].day == "2026-11-10");
  const myo::DiaryEntry& first = state.diary.entries()[0];
  CHECK(first.note == "after a long drive");
  CHECK(first.squareCm > state.diary.entries()[2].squareCm);  // the temple alone is less
  CHECK(first.meanWeight == Approx(1.0f));
  // head.R holds the temple and half the occiput, head.L the other half only.
  CHECK(first.regions[0].squareCm > first.regions[1].squareCm + 20.0f);
  CHECK(state.diary.entries()[2].regions[1].squareCm == 0.0f);  // the temple alone: right only
  // The records hold them, dabs and all.
  const auto kept = state.records->diaryEntries();
  REQUIRE(kept.ok());
  REQUIRE(kept->size() == 3);
  CHECK(kept->front().drawing.dabs.size() == 3);

  // Live: the drawing in the finder's mode.
  const auto live = myo::painLayers(state);
  REQUIRE(live);
  CHECK_FALSE(live->split);
  // One entry, then two side by side, then the month's mean.
  myo::UiIntents show;
  show.showDiaryEntry = 0;
  (void)myo::applyIntents(show, state);
  const auto one = myo::painLayers(state);
  REQUIRE(one);
  const float firstMax = *std::max_element(one->first.begin(), one->first.end());
  CHECK(firstMax == Approx(1.0f));  // severe
  myo::UiIntents compare;
  compare.compareDiaryEntries = std::make_pair(0, 2);
  (void)myo::applyIntents(compare, state);
  const auto both = myo::painLayers(state);
  REQUIRE(both);
  CHECK(both->split);
  CHECK(both->firstLabel == "Tue 3 Nov");
  CHECK(*std::max_element(both->second.begin(), both->second.end()) == Approx(1.0f / 3.0f));
  myo::UiIntents month;
  month.showDiaryMonth = "2026-11";
  (void)myo::applyIntents(month, state);
  const auto composite = myo::painLayers(state);
  REQUIRE(composite);
  // The temple's centre: severe, moderate and mild on the three days — a mean of 2/3.
  CHECK(*std::max_element(composite->first.begin(), composite->first.end()) ==
        Approx(2.0f / 3.0f).epsilon(0.01));

  // A hold logged on the 10th shows on that entry.
  REQUIRE(state.records
              ->addTreatment(
                  {"2026-11-10T12:00:00Z", "upper_trapezius_1.R", "pressure_release", 60.0f, 6, 3})
              .ok());
  state.treatment.keepIn(*state.records);
  state.dock.diary = true;
  const myo::DiaryView view = myo::makeDiaryView(state);
  REQUIRE(view.entries.size() == 3);
  CHECK(view.entries[1].holds == 1);
  CHECK(view.entries[0].holds == 0);
  CHECK(view.entries[0].label == "Tue 3 Nov");
  CHECK(view.months == std::vector<std::string>{"2026-11"});
  CHECK(view.monthLabels == std::vector<std::string>{"November 2026"});
  CHECK(view.month == "2026-11");
  REQUIRE_FALSE(view.regions.empty());
  CHECK(view.regions[0].label == "Head (right)");

  // The CSV and the summary, to the exports folder when no file is named.
  myo::UiIntents csv;
  csv.exportDiaryCsv = std::string();
  (void)myo::applyIntents(csv, state);
  const std::string table = readText(folder / "exports" / "pain-diary-2026-11-03.csv");
  CHECK(table.find("2026-11-03,") != std::string::npos);
  CHECK(table.find(",pain,all,") != std::string::npos);
  CHECK(table.find(",hold,,,,,upper_trapezius_1.R,pressure_release,60,6,3") != std::string::npos);
  const auto pdf = folder / "summary.pdf";
  REQUIRE(myo::writeDiarySummary(state, pdf, "2026-11").ok());
  const std::string bytes = readText(pdf);
  CHECK(bytes.rfind("%PDF", 0) == 0);
  const std::regex page("/Type\\s*/Page[^s]");
  CHECK(std::distance(std::sregex_iterator(bytes.begin(), bytes.end(), page),
                      std::sregex_iterator()) == 1);
  const auto none = myo::writeDiarySummary(state, folder / "none.pdf", "2026-10");
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().message().find("no entries in 2026-10") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(folder / "none.pdf"));

  // Deleting an entry takes it out of the records too.
  myo::UiIntents remove;
  remove.deleteDiaryEntry = 2;
  (void)myo::applyIntents(remove, state);
  CHECK(state.diary.entries().size() == 2);
  CHECK(state.records->diaryEntries()->size() == 2);
}

TEST_CASE("lesson steps shown are kept in the records and counted in the lessons tab",
          "[diary][lessons]") {
  const auto folder = myo::test::scratch() / "lesson-progress";
  std::filesystem::remove_all(folder);
  {
    myo::AppState state(myo::RecentFiles(folder / "recent.txt"), folder / "log.tsv");
    myo::test::openBundledBody(state);
    myo::refreshLessonList(state);
    myo::openUserRecords(state, folder);
    REQUIRE(state.records);
    myo::UiIntents open;
    open.openLesson = "shoulder";
    (void)myo::applyIntents(open, state);
    REQUIRE(state.lesson);
    myo::UiIntents next;
    next.stepBy = 1;
    (void)myo::applyIntents(next, state);
    (void)myo::applyIntents(next, state);
    (void)myo::applyIntents(open, state);  // opened again: step 1 is not counted twice
  }
  myo::AppState again(myo::RecentFiles(folder / "recent.txt"), folder / "log.tsv");
  myo::refreshLessonList(again);
  myo::openUserRecords(again, folder);
  REQUIRE(again.records);
  CHECK(again.records->lessonStepsSeen("shoulder").value() == std::vector<int>{0, 1, 2});
  const myo::LessonsView lessons = myo::makeLessonsView(again);
  bool counted = false;
  for (const auto& entry : lessons.entries)
    if (entry.name == "shoulder") counted = entry.seen == 3;
  CHECK(counted);
}
