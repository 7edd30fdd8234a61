// TreatmentState: the treatment of the chosen trigger point in the running app — which
// technique, the hold timer with that technique's plan, the discomfort slider, the cue at each
// phase change, and the treatment log each completed hold is written to: the user's records
// database once one is given, else the tab-separated log file. No GL, no UI; the window loop
// passes the clock (s) and plays the cue.
#pragma once

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>

#include "app/records_clock.h"
#include "core/atlas/atlas.h"
#include "core/treatment/hold_timer.h"
#include "core/treatment/treatment_log.h"
#include "records/user_records.h"

namespace myo {

class TreatmentState {
 public:
  // Holds are dated by `clock` (which must outlive this).
  TreatmentState(std::filesystem::path logFile, const RecordsClock& clock)
      : clock_(&clock), log_(std::move(logFile)) {}

  // Reads the treatment log; logProblem() says why when it cannot (the file is then left alone
  // and holds are not saved). O(file size).
  void loadLog();
  // From now on holds are kept in `records` (which must outlive this, or until called again):
  // the log file is imported into it once (then renamed .imported) and the log read from it.
  // Problems go to logProblem(). O(entries).
  void keepIn(UserRecords& records);
  // Treats `point` on `side` with its technique number `technique` (index into its
  // techniques): the timer is reset to the technique's hold, range and repetitions. O(1).
  void choose(const Atlas& atlas, const TriggerPoint& point, char side, std::size_t technique);
  // Forgets the chosen point (another body opened): nothing to treat, the timer at Ready. O(1).
  void clear();
  // Space: start, pause or resume; R: reset; Enter: release now (the spot eased). Nothing
  // happens when the chosen technique is not timed (clinician-only). O(1).
  void toggle(double now) {
    if (timed()) timer_.toggle(now);
  }
  void reset() { timer_.reset(); }
  void releaseNow(double now);
  // Hold length (s), kept within the technique's range. O(1).
  void setHoldSeconds(float seconds);
  // Rounds of holds (1–5). O(1).
  void setSets(int sets) { timer_.setSets(std::clamp(sets, 1, 5)); }
  // Advances the timer to `now`, logging completed holds. True when the phase changed (cue).
  // O(changes).
  bool update(double now);

  [[nodiscard]] const HoldTimer& timer() const { return timer_; }
  // The holds logged, oldest first; those of one trigger point. O(entries).
  [[nodiscard]] const std::vector<TreatmentEntry>& entries() const {
    return records_ != nullptr ? kept_ : log_.entries();
  }
  [[nodiscard]] std::vector<TreatmentEntry> entriesFor(std::string_view triggerPoint) const;
  // The log file (read, and written while no records database is given).
  [[nodiscard]] const std::filesystem::path& logFile() const { return log_.file(); }
  [[nodiscard]] const std::string& logProblem() const { return logProblem_; }
  [[nodiscard]] const std::string& pointLabel() const { return pointLabel_; }  // "" when none
  [[nodiscard]] const Technique* technique() const { return technique_; }
  // True when the chosen technique is for self-use with the timer on this point. O(1).
  [[nodiscard]] bool timed() const { return technique_ != nullptr && timed_; }
  [[nodiscard]] std::size_t techniqueIndex() const { return techniqueIndex_; }
  [[nodiscard]] float minHold() const;
  [[nodiscard]] float maxHold() const;

  // "How is it now?": after a press is logged, the discomfort after it is asked for until it is
  // answered (0–10, saved into that entry), skipped (left unknown) or the next press begins.
  [[nodiscard]] bool askingHowNow() const { return !askedFor_.time.empty(); }
  void answerHowNow(int level);
  void skipHowNow() { askedFor_ = {}; }

  // The discomfort felt when pressing (0–10, clamped); logged as each press's "before". O(1).
  [[nodiscard]] int discomfort() const { return discomfort_; }
  void setDiscomfort(int level) { discomfort_ = std::clamp(level, 0, 10); }

  bool sound = false;  // play the cue at phase changes

 private:
  const RecordsClock* clock_;
  void record(const HoldEvent& event);  // logs a finished press

  HoldTimer timer_;
  TreatmentLog log_;
  UserRecords* records_ = nullptr;    // where holds go once given
  std::vector<TreatmentEntry> kept_;  // the records' treatment log, as last read and added to
  std::string logProblem_;
  std::string pointLabel_;
  const Technique* technique_ = nullptr;
  std::size_t techniqueIndex_ = 0;
  bool timed_ = false;          // the chosen use is self-timed (not clinician-only)
  int discomfort_ = 5;          // the technique's target says what fits
  int discomfortAtPress_ = -1;  // the slider when the current press began
  TreatmentEntry askedFor_;     // the hold "how is it now?" is about; time "" when none
};

}  // namespace myo
