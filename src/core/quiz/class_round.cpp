// The countdown from the ask time; the tally as one count per question.
#include "core/quiz/class_round.h"

#include <algorithm>
#include <numeric>

namespace myo {

ClassRound::ClassRound(float secondsPerQuestion, int students)
    : seconds_(std::clamp(secondsPerQuestion, 5.0f, 600.0f)),
      students_(std::clamp(students, 1, 500)) {}

void ClassRound::ask(double now) {
  askedAt_ = now;
  revealed_ = false;
  tally_.push_back(0);
}

float ClassRound::secondsLeft(double now) const {
  if (tally_.empty()) return 0.0f;
  const double left = static_cast<double>(seconds_) - (now - askedAt_);
  return revealed_ ? 0.0f : static_cast<float>(std::max(0.0, left));
}

void ClassRound::setRight(int count) {
  if (tally_.empty()) return;
  tally_.back() = std::clamp(count, 0, students_);
}

float ClassRound::meanShareRight() const {
  if (tally_.empty()) return 0.0f;
  const int total = std::accumulate(tally_.begin(), tally_.end(), 0);
  return static_cast<float>(total) /
         (static_cast<float>(tally_.size()) * static_cast<float>(students_));
}

}  // namespace myo
