// The treatment log: every completed hold (when, which trigger point, technique, how long, and
// the discomfort before and after) kept in the user's data folder as tab-separated text, read
// whole and rewritten atomically, so a crash never costs earlier entries. A log that does not
// parse is never overwritten. No GL, no UI.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace myo {

struct TreatmentEntry {
  std::string time;           // UTC, ISO 8601 to the second: "2026-12-01T12:34:56Z"
  std::string triggerPoint;   // placed label, e.g. "upper_trapezius_1.R"
  std::string technique;      // atlas technique id, e.g. "ischaemic_compression"
  float heldSeconds = 0.0f;   // how long the pressure was held
  int discomfortBefore = -1;  // 0–10, -1 when not given
  int discomfortAfter = -1;   // 0–10, -1 when not given
};

// `when` as "YYYY-MM-DDTHH:MM:SSZ" (UTC). O(1).
[[nodiscard]] std::string utcTimestamp(std::chrono::system_clock::time_point when);

// A log time ("2026-12-01T13:35:00Z") as the clock on the wall shows it, in the time zone the
// system sets (TZ): "2026-12-01 14:35" in Berlin; the text itself when it does not parse. O(1).
[[nodiscard]] std::string localTimeOf(const std::string& utc);

// The file text: a header line, then one line per entry. O(entries).
[[nodiscard]] std::string formatTreatmentLog(const std::vector<TreatmentEntry>& entries);

// Parses file text; errors name `file`, the line ("line 7") and the problem. O(text).
[[nodiscard]] Result<std::vector<TreatmentEntry>> parseTreatmentLog(std::string_view text,
                                                                    const std::string& file);

// The entries of `entries` for one trigger point, in their order. O(entries).
[[nodiscard]] std::vector<TreatmentEntry> entriesOf(const std::vector<TreatmentEntry>& entries,
                                                    std::string_view triggerPoint);

class TreatmentLog {
 public:
  explicit TreatmentLog(std::filesystem::path file) : file_(std::move(file)) {}

  // Reads the file; a missing file is an empty log. A malformed or unreadable file is an error
  // (naming the file and line), and later appends are refused. O(file size).
  Status load();
  // Reads the file again (entries another writer added are kept), adds `entry` and rewrites the
  // file atomically (temp file + rename). An error when the log did not load, no longer parses,
  // the entry breaks the file's rules, or the file cannot be written; the file is then
  // untouched. O(entries).
  Status append(const TreatmentEntry& entry);
  // Sets the discomfort after of the entry logged at `time` for `triggerPoint` (the answer to
  // "how is it now?", asked once the hold has been saved) and rewrites the file atomically. An
  // error when there is no such entry or the log cannot be written; the file is then untouched.
  // O(entries).
  Status setDiscomfortAfter(const std::string& time, const std::string& triggerPoint, int level);

  [[nodiscard]] const std::vector<TreatmentEntry>& entries() const { return entries_; }
  // Entries of one trigger point, oldest first. O(entries).
  [[nodiscard]] std::vector<TreatmentEntry> entriesFor(std::string_view triggerPoint) const;
  [[nodiscard]] const std::filesystem::path& file() const { return file_; }

 private:
  std::filesystem::path file_;
  std::vector<TreatmentEntry> entries_;
  bool writable_ = false;  // loaded cleanly (or not yet existing)
};

}  // namespace myo
