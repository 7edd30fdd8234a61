// RecordsClock: the wall clock the user's records are dated by — holds, diary entries, lesson
// progress — moved by a shift so that scripts can simulate other days. No GL, no UI.
#pragma once

#include <chrono>
#include <string>

namespace myo {

struct RecordsClock {
  std::chrono::seconds shift{0};  // added to the system clock
  [[nodiscard]] std::chrono::system_clock::time_point now() const {
    return std::chrono::system_clock::now() + shift;
  }
  // Now as the local date "2026-11-03" and as the local time "2026-11-03 18:04:12". O(1).
  [[nodiscard]] std::string localDay() const;
  [[nodiscard]] std::string localTime() const;
  // Moves the clock so that today is `day` ("2026-11-03", local), keeping the time of day;
  // false (and unchanged) when `day` is not such a date. O(1).
  bool setLocalDay(const std::string& day);
};

}  // namespace myo
