// PainDiary: the pain diary in the running app — its entries (as the records database keeps
// them), what of it the 3D view shows instead of the live drawing (one entry, two side by side,
// or where it hurt most in a month), and the entry chosen for a comparison. No GL, no UI.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/diary/diary_entry.h"

namespace myo {

struct DiaryShowing {
  enum class Kind { Live, Entry, Compare, Month };
  Kind kind = Kind::Live;
  std::size_t first = 0, second = 0;  // entry indices (Entry: first; Compare: both)
  std::string month;                  // "2026-11" (Month)
  bool operator==(const DiaryShowing&) const = default;
};

class PainDiary {
 public:
  // Replaces the entries (oldest first) and shows the live drawing again. O(1).
  void setEntries(std::vector<DiaryEntry> entries);
  // Adds `entry` in its place by day (after others of that day); returns its index. O(n).
  std::size_t add(DiaryEntry entry);
  // Takes out entry `index` (what showed it goes back to the live drawing). O(n).
  void remove(std::size_t index);
  // Shows `showing`; indices out of range show the live drawing. O(1).
  void show(DiaryShowing showing);

  [[nodiscard]] const std::vector<DiaryEntry>& entries() const { return entries_; }
  [[nodiscard]] const DiaryShowing& showing() const { return showing_; }
  // Raised with every change of the entries or of what shows, for the renderer sync. O(1).
  [[nodiscard]] std::uint64_t revision() const { return revision_; }
  // The months with entries, oldest first ("2026-11"). O(n).
  [[nodiscard]] std::vector<std::string> months() const;

 private:
  std::vector<DiaryEntry> entries_;
  DiaryShowing showing_;
  std::uint64_t revision_ = 1;
};

}  // namespace myo
