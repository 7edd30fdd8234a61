// Class mode on an injected clock: the countdown per question, the reveal that stops it, and
// the tally of right answers kept within the class and summed up.
#include <catch2/catch.hpp>

#include "core/quiz/class_round.h"

TEST_CASE("each question counts down from its limit and stops at zero or at the reveal", "[quiz]") {
  myo::ClassRound round(30.0f, 24);
  CHECK(round.secondsLeft(0.0) == 0.0f);  // nothing asked yet
  round.ask(100.0);
  CHECK(round.secondsLeft(100.0) == 30.0f);
  CHECK(round.secondsLeft(112.5) == Approx(17.5f));
  CHECK_FALSE(round.timeUp(129.9));
  CHECK(round.timeUp(130.0));
  CHECK(round.secondsLeft(500.0) == 0.0f);
  round.ask(200.0);  // the next question starts its own countdown
  CHECK(round.secondsLeft(205.0) == Approx(25.0f));
  round.reveal();
  CHECK(round.revealed());
  CHECK(round.secondsLeft(205.0) == 0.0f);
  round.ask(300.0);
  CHECK_FALSE(round.revealed());
  CHECK(myo::ClassRound(1.0f, 10).secondsPerQuestion() == 5.0f);  // clamped
}

TEST_CASE("the tally counts right answers per question within the class", "[quiz]") {
  myo::ClassRound round(20.0f, 20);
  round.setRight(5);  // before any question: nothing to count
  CHECK(round.tally().empty());
  CHECK(round.meanShareRight() == 0.0f);
  round.ask(0.0);
  round.stepRight(1);
  round.stepRight(1);
  round.stepRight(-5);  // never below 0
  CHECK(round.right() == 0);
  round.setRight(15);
  round.ask(30.0);
  round.setRight(99);  // never above the class
  CHECK(round.right() == 20);
  CHECK(round.tally() == std::vector<int>{15, 20});
  CHECK(round.meanShareRight() == Approx(35.0f / 40.0f));
}
