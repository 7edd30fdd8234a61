// Class mode's bookkeeping for a quiz projected to a room: a time limit per question on an
// injected clock, the answer held back until the teacher reveals it, and a tally of how many in
// the class answered right, summed up at the end. Pure arithmetic; no clock of its own, no UI.
#pragma once

#include <vector>

namespace myo {

class ClassRound {
 public:
  // `secondsPerQuestion` > 0 (clamped to 5–600), for a class of `students` (1–500).
  ClassRound(float secondsPerQuestion, int students);

  // A new question shown at `now` (s): the countdown restarts, the tally of the last stays.
  // O(1).
  void ask(double now);
  // Seconds left to answer at `now`, 0 once the time is up. O(1).
  [[nodiscard]] float secondsLeft(double now) const;
  [[nodiscard]] bool timeUp(double now) const { return secondsLeft(now) <= 0.0f; }
  // The teacher reveals the answer (at any time; the countdown stops). O(1).
  void reveal() { revealed_ = true; }
  [[nodiscard]] bool revealed() const { return revealed_; }
  // How many answered this question right: set, or stepped by ±1, kept within 0–students.
  // O(1).
  void setRight(int count);
  void stepRight(int by) { setRight(right() + by); }
  [[nodiscard]] int right() const { return tally_.empty() ? 0 : tally_.back(); }
  // Per question asked, how many answered right; their mean share of the class (0–1, 0 before
  // any question). O(questions).
  [[nodiscard]] const std::vector<int>& tally() const { return tally_; }
  [[nodiscard]] float meanShareRight() const;
  [[nodiscard]] int students() const { return students_; }
  [[nodiscard]] float secondsPerQuestion() const { return seconds_; }

 private:
  float seconds_;
  int students_;
  double askedAt_ = 0.0;
  bool revealed_ = false;
  std::vector<int> tally_;
};

}  // namespace myo
