// Treating a trigger point in the app: the technique sets the timer's plan, the hold length stays
// in the technique's range, and every finished press is logged with the discomfort before and
// after — also when released early.
#include <catch2/catch.hpp>

#include "app/atlas_source.h"
#include "app/treatment_state.h"
#include "support/test_paths.h"

namespace {
const myo::RecordsClock kClock;  // the real date
}  // namespace

TEST_CASE("finished and early-released holds are logged with discomfort", "[treatment]") {
  const myo::AtlasLoad atlas = myo::loadAtlasOrBundled({});
  REQUIRE(atlas.ok());
  const myo::TriggerPoint* point = atlas.atlas.findTriggerPoint("upper_trapezius_1");
  REQUIRE(point != nullptr);
  REQUIRE(!point->techniques.empty());
  const auto file = myo::test::scratch() / "treatment_state" / "treatment-log.tsv";
  std::filesystem::remove_all(file.parent_path());
  myo::TreatmentState treatment(file, kClock);
  treatment.loadLog();
  CHECK(treatment.logProblem().empty());

  treatment.choose(atlas.atlas, *point, 'R', 0);
  REQUIRE(treatment.technique() != nullptr);
  const myo::TechniqueUse& use = point->techniques[0];
  CHECK(treatment.pointLabel() == "upper_trapezius_1.R");
  CHECK(treatment.timer().plan().holdSeconds ==
        Approx(use.holdSeconds.value_or(treatment.technique()->defaultHoldSeconds)));
  treatment.setHoldSeconds(1000.0f);  // clamped to the technique's range
  CHECK(treatment.timer().plan().holdSeconds == Approx(treatment.maxHold()));
  treatment.setHoldSeconds(40.0f);

  const myo::HoldPlan& plan = treatment.timer().plan();
  treatment.setDiscomfort(7);
  treatment.toggle(0.0);                              // locate
  CHECK(treatment.update(plan.locateSeconds + 0.1));  // press: a cue
  CHECK_FALSE(treatment.askingHowNow());
  CHECK(treatment.update(plan.locateSeconds + 40.2));        // released after the full hold
  CHECK_FALSE(treatment.update(plan.locateSeconds + 40.3));  // nothing new: no cue
  REQUIRE(treatment.entries().size() == 1);  // saved at once, the "after" still unknown
  CHECK(treatment.entries()[0].discomfortAfter == -1);
  CHECK(treatment.askingHowNow());
  treatment.answerHowNow(4);  // "how is it now?": eased
  CHECK_FALSE(treatment.askingHowNow());
  const myo::TreatmentEntry& full = treatment.entries()[0];
  CHECK(full.triggerPoint == "upper_trapezius_1.R");
  CHECK(full.technique == treatment.technique()->id);
  CHECK(full.heldSeconds == Approx(40.0f));
  CHECK(full.discomfortBefore == 7);
  CHECK(full.discomfortAfter == 4);
  myo::TreatmentLog reread(treatment.logFile());  // and so it is on disk
  REQUIRE(reread.load().ok());
  CHECK(reread.entries()[0].discomfortAfter == 4);

  // The next hold, released early because the spot eased.
  const double nextPress = plan.locateSeconds + 40.0 + plan.releaseSeconds + plan.restSeconds;
  treatment.setDiscomfort(6);
  treatment.update(nextPress + 0.1);
  REQUIRE(treatment.timer().phase() == myo::HoldPhase::Press);
  treatment.releaseNow(nextPress + 12.0);
  REQUIRE(treatment.entries().size() == 2);
  treatment.answerHowNow(3);
  CHECK(treatment.entries()[1].heldSeconds == Approx(12.0f).margin(0.2));
  CHECK(treatment.entries()[1].discomfortBefore == 6);
  CHECK(treatment.entries()[1].discomfortAfter == 3);

  treatment.clear();  // another body: nothing chosen, the timer back at Ready
  CHECK(treatment.pointLabel().empty());
  CHECK(treatment.timer().phase() == myo::HoldPhase::Ready);
  // The log is on disk: a fresh state reads both holds back.
  myo::TreatmentState again(file, kClock);
  again.loadLog();
  CHECK(again.entriesFor("upper_trapezius_1.R").size() == 2);
}

TEST_CASE("an unanswered \"how is it now?\" keeps the hold, its after unknown", "[treatment]") {
  const myo::AtlasLoad atlas = myo::loadAtlasOrBundled({});
  REQUIRE(atlas.ok());
  const auto file = myo::test::scratch() / "treatment_unanswered" / "treatment-log.tsv";
  std::filesystem::remove_all(file.parent_path());
  myo::TreatmentState treatment(file, kClock);
  treatment.loadLog();
  treatment.choose(atlas.atlas, *atlas.atlas.findTriggerPoint("upper_trapezius_1"), 'R', 0);
  const myo::HoldPlan plan = treatment.timer().plan();
  treatment.toggle(0.0);
  treatment.update(plan.locateSeconds + plan.holdSeconds + 0.1);  // the first hold ends
  REQUIRE(treatment.askingHowNow());
  treatment.skipHowNow();
  CHECK_FALSE(treatment.askingHowNow());
  treatment.update(plan.locateSeconds + 2.0 * plan.holdSeconds + plan.releaseSeconds +
                   plan.restSeconds + 0.2);  // the second ends too
  REQUIRE(treatment.askingHowNow());
  treatment.update(plan.locateSeconds + 2.0 * plan.holdSeconds + 2.0 * plan.releaseSeconds +
                   2.0 * plan.restSeconds + 0.3);  // and the third press begins unanswered
  CHECK_FALSE(treatment.askingHowNow());
  REQUIRE(treatment.entries().size() == 2);
  for (const myo::TreatmentEntry& entry : treatment.entries()) CHECK(entry.discomfortAfter == -1);
}

TEST_CASE("a clinician-applied technique never starts the timer", "[treatment]") {
  const myo::AtlasLoad atlas = myo::loadAtlasOrBundled({});
  REQUIRE(atlas.ok());
  const myo::TriggerPoint* point = atlas.atlas.findTriggerPoint("iliopsoas_3");
  REQUIRE(point != nullptr);
  std::size_t pressure = point->techniques.size();
  for (std::size_t i = 0; i < point->techniques.size(); ++i)
    if (point->techniques[i].technique == "pressure_release") pressure = i;
  REQUIRE(pressure < point->techniques.size());
  const auto file = myo::test::scratch() / "treatment_clinician" / "treatment-log.tsv";
  std::filesystem::remove_all(file.parent_path());
  myo::TreatmentState treatment(file, kClock);
  treatment.choose(atlas.atlas, *point, 'L', pressure);
  CHECK_FALSE(treatment.timed());
  treatment.toggle(0.0);  // Space, a script's "timer start"
  treatment.update(120.0);
  CHECK(treatment.timer().phase() == myo::HoldPhase::Ready);
  CHECK(treatment.entries().empty());
  treatment.choose(atlas.atlas, *point, 'L', 0);  // its stretch is for self-use
  CHECK(treatment.technique()->id == "stretching");
  CHECK(treatment.timed());
  treatment.toggle(0.0);
  CHECK(treatment.timer().phase() != myo::HoldPhase::Ready);
}

TEST_CASE("given the records database, holds go there and the log file is imported once",
          "[treatment][records]") {
  const myo::AtlasLoad atlas = myo::loadAtlasOrBundled({});
  REQUIRE(atlas.ok());
  const myo::TriggerPoint* point = atlas.atlas.findTriggerPoint("upper_trapezius_1");
  REQUIRE(point != nullptr);
  const auto dir = myo::test::scratch() / "treatment_records";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto file = dir / "treatment-log.tsv";
  {  // an earlier build's log with one hold
    myo::TreatmentLog earlier(file);
    REQUIRE(earlier.load().ok());
    REQUIRE(earlier.append({"2026-11-30T09:00:00Z", "soleus_1.R", "pressure_release", 60.0f, 6, 4})
                .ok());
  }
  auto records = myo::UserRecords::open(dir / "records.sqlite");
  REQUIRE(records.ok());
  myo::TreatmentState treatment(file, kClock);
  treatment.loadLog();
  treatment.keepIn(*records);
  CHECK(treatment.logProblem().empty());
  REQUIRE(treatment.entries().size() == 1);
  CHECK(treatment.entries()[0].triggerPoint == "soleus_1.R");
  CHECK(std::filesystem::exists(file.string() + ".imported"));

  treatment.choose(atlas.atlas, *point, 'L', 0);
  const myo::HoldPlan& plan = treatment.timer().plan();
  treatment.toggle(0.0);
  treatment.update(plan.locateSeconds + 0.1);
  treatment.releaseNow(plan.locateSeconds + 20.0);
  treatment.answerHowNow(2);
  REQUIRE(treatment.entries().size() == 2);
  CHECK(treatment.entries()[1].discomfortAfter == 2);
  CHECK_FALSE(std::filesystem::exists(file));  // nothing written to the old file
  // The database has both, the answer included.
  const auto stored = records->treatments();
  REQUIRE(stored.ok());
  REQUIRE(stored->size() == 2);
  CHECK((*stored)[1].triggerPoint == "upper_trapezius_1.L");
  CHECK((*stored)[1].discomfortAfter == 2);
  CHECK(treatment.entriesFor("soleus_1.R").size() == 1);
}
