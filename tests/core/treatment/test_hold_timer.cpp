// The hold timer on an injected clock: the whole phase sequence with sets and holds, the same
// events however often it is updated, pause in every phase, early release, toggle and reset.
#include <catch2/catch.hpp>

#include "core/treatment/hold_timer.h"

using myo::HoldEvent;
using myo::HoldPhase;
using myo::HoldTimer;

namespace {

// Two sets of two 60 s holds with distinct lengths for every phase.
myo::HoldPlan twoByTwo() {
  myo::HoldPlan plan;
  plan.locateSeconds = 10.0f;
  plan.holdSeconds = 60.0f;
  plan.releaseSeconds = 5.0f;
  plan.restSeconds = 10.0f;
  plan.stretchSeconds = 30.0f;
  plan.setRestSeconds = 30.0f;
  plan.holdsPerSet = 2;
  plan.sets = 2;
  return plan;
}

struct Step {
  HoldPhase to;
  double at;
};

// The expected changes of twoByTwo() started at t = 0.
const std::vector<Step> kSequence = {
    {HoldPhase::Press, 10},    {HoldPhase::Release, 70},  {HoldPhase::Rest, 75},
    {HoldPhase::Press, 85},    {HoldPhase::Release, 145}, {HoldPhase::Stretch, 150},
    {HoldPhase::Rest, 180},    {HoldPhase::Locate, 210},  {HoldPhase::Press, 220},
    {HoldPhase::Release, 280}, {HoldPhase::Rest, 285},    {HoldPhase::Press, 295},
    {HoldPhase::Release, 355}, {HoldPhase::Stretch, 360}, {HoldPhase::Done, 390}};

void checkSequence(const std::vector<HoldEvent>& events) {
  REQUIRE(events.size() == kSequence.size());
  HoldPhase from = HoldPhase::Locate;
  for (std::size_t i = 0; i < events.size(); ++i) {
    INFO("change " << i);
    CHECK(events[i].from == from);
    CHECK(events[i].to == kSequence[i].to);
    CHECK(events[i].at == Approx(kSequence[i].at));
    CHECK(events[i].heldSeconds.has_value() == (from == HoldPhase::Press));
    if (events[i].heldSeconds) CHECK(*events[i].heldSeconds == Approx(60.0f));
    from = events[i].to;
  }
}

}  // namespace

TEST_CASE("the timer runs locate, holds, releases, rests, stretch and sets in order", "[timer]") {
  HoldTimer timer(twoByTwo());
  CHECK(timer.phase() == HoldPhase::Ready);
  CHECK(timer.remaining(0.0) == 0.0f);
  timer.start(0.0);
  CHECK(timer.phase() == HoldPhase::Locate);
  CHECK(timer.remaining(4.0) == Approx(6.0f));
  CHECK(timer.progress(4.0) == Approx(0.4f));
  checkSequence(timer.update(1000.0));  // one late update still reports every change
  CHECK(timer.phase() == HoldPhase::Done);
  CHECK(timer.holdsDone() == 4);
  CHECK(timer.progress(1000.0) == 1.0f);
  CHECK(timer.update(2000.0).empty());
}

TEST_CASE("frequent updates give the same changes as one", "[timer]") {
  HoldTimer timer(twoByTwo());
  timer.start(0.0);
  std::vector<HoldEvent> all;
  for (double t = 0.0; t <= 400.0; t += 0.25) {
    const auto events = timer.update(t);
    all.insert(all.end(), events.begin(), events.end());
  }
  checkSequence(all);
}

TEST_CASE("pausing in any phase freezes it; resuming shifts what follows", "[timer]") {
  for (std::size_t i = 0; i + 1 < kSequence.size(); ++i) {
    INFO("pausing 2 s into the phase that starts at " << kSequence[i].at);
    HoldTimer timer(twoByTwo());
    timer.start(0.0);
    const double pauseAt = kSequence[i].at + 2.0;
    timer.update(pauseAt);
    REQUIRE(timer.phase() == kSequence[i].to);
    const float left = timer.remaining(pauseAt);
    timer.pause(pauseAt);
    CHECK(timer.paused());
    CHECK(timer.update(pauseAt + 500.0).empty());
    CHECK(timer.remaining(pauseAt + 500.0) == Approx(left));
    timer.resume(pauseAt + 100.0);
    CHECK_FALSE(timer.paused());
    CHECK(timer.remaining(pauseAt + 100.0) == Approx(left));
    const auto next = timer.update(kSequence[i + 1].at + 100.0);
    REQUIRE(!next.empty());
    CHECK(next.front().to == kSequence[i + 1].to);
    CHECK(next.front().at == Approx(kSequence[i + 1].at + 100.0));
  }
}

TEST_CASE("'it eased' ends a hold early and records the time held", "[timer]") {
  HoldTimer timer(twoByTwo());
  timer.start(0.0);
  CHECK_FALSE(timer.releaseNow(5.0));  // locating: nothing to release
  CHECK(timer.phase() == HoldPhase::Locate);
  timer.update(35.0);  // 25 s into the first hold
  const auto early = timer.releaseNow(35.0);
  REQUIRE(early);
  CHECK(early->from == HoldPhase::Press);
  CHECK(early->to == HoldPhase::Release);
  CHECK(*early->heldSeconds == Approx(25.0f));
  CHECK(timer.phase() == HoldPhase::Release);
  CHECK(timer.remaining(35.0) == Approx(5.0f));
  const auto after = timer.update(40.0);
  REQUIRE(after.size() == 1);
  CHECK(after.front().to == HoldPhase::Rest);
  CHECK(timer.holdsDone() == 1);
  // Released while paused: the hold counts up to the pause.
  timer.update(50.0);
  REQUIRE(timer.phase() == HoldPhase::Press);
  timer.pause(62.0);
  const auto paused = timer.releaseNow(90.0);
  REQUIRE(paused);
  CHECK(*paused->heldSeconds == Approx(12.0f));
  CHECK_FALSE(timer.paused());
}

TEST_CASE("space toggles start, pause and resume; reset returns to ready", "[timer]") {
  HoldTimer timer(twoByTwo());
  timer.toggle(0.0);
  CHECK(timer.phase() == HoldPhase::Locate);
  timer.toggle(3.0);
  CHECK(timer.paused());
  timer.toggle(8.0);
  CHECK_FALSE(timer.paused());
  CHECK(timer.remaining(8.0) == Approx(7.0f));
  timer.update(20.0);
  CHECK(timer.phase() == HoldPhase::Press);
  timer.reset();
  CHECK(timer.phase() == HoldPhase::Ready);
  CHECK(timer.holdsDone() == 0);
  CHECK(timer.update(500.0).empty());
  timer.update(1000.0);
  timer.start(1000.0);
  timer.update(5000.0);
  REQUIRE(timer.phase() == HoldPhase::Done);
  timer.toggle(5001.0);  // from Done, Space starts again
  CHECK(timer.phase() == HoldPhase::Locate);
  CHECK(timer.holdsDone() == 0);
}

TEST_CASE("the hold length is adjustable within limits, also during a hold", "[timer]") {
  HoldTimer timer(twoByTwo());
  timer.setHoldSeconds(0.0f);
  CHECK(timer.plan().holdSeconds == 1.0f);
  timer.setHoldSeconds(90.0f);
  timer.start(0.0);
  timer.update(40.0);  // 30 s into a 90 s hold
  CHECK(timer.remaining(40.0) == Approx(60.0f));
  timer.setHoldSeconds(45.0f);
  CHECK(timer.remaining(40.0) == Approx(15.0f));
  const auto events = timer.update(55.0);
  REQUIRE(events.size() == 1);
  CHECK(*events.front().heldSeconds == Approx(45.0f));
  CHECK(myo::holdPhaseName(HoldPhase::Press) == "Press and hold");
}

TEST_CASE("sets can be added, never below the one under way", "[timer]") {
  myo::HoldPlan plan;
  plan.holdsPerSet = 1;
  plan.sets = 1;
  HoldTimer timer(plan);
  timer.setSets(0);
  CHECK(timer.plan().sets == 1);
  timer.setSets(3);
  timer.start(0.0);
  timer.update(10000.0);
  CHECK(timer.phase() == HoldPhase::Done);
  CHECK(timer.holdsDone() == 3);
  CHECK(timer.set() == 2);
  timer.setSets(1);  // the last set under way stays counted
  CHECK(timer.plan().sets == 3);
}
