// The times and discomfort levels that a sentence of the atlas states ("60 s", "about a minute",
// "30–90 s", "4–6 out of 10"), so that checks can compare text with numeric fields. Pure text
// work; no atlas types, no I/O.
#pragma once

#include <string>
#include <vector>

namespace myo {

// A stated amount: one value (lo == hi) or a range.
struct StatedRange {
  float lo = 0.0f, hi = 0.0f;
  [[nodiscard]] bool single() const { return lo == hi; }
};

// Every duration in `text`, in seconds: "45 s", "10–15 s", "30 to 90 seconds", "2 minutes",
// "a minute", "half a minute". O(length).
[[nodiscard]] std::vector<StatedRange> statedSeconds(const std::string& text);

// Every discomfort level on a 0–10 scale in `text`: "5–7 out of 10", "4-6 of 10", "6/10".
// O(length).
[[nodiscard]] std::vector<StatedRange> statedDiscomfort(const std::string& text);

// True when `text` uses `word` (case-insensitive, whole word) other than right after "not",
// "never", "no" or "too" ("never hot" does not count as "hot"). O(length).
[[nodiscard]] bool usesWord(const std::string& text, const std::string& word);

}  // namespace myo
