// The diary's entries and what of it shows.
#include "app/pain_diary.h"

#include <algorithm>

#include "core/diary/diary_series.h"

namespace myo {

void PainDiary::setEntries(std::vector<DiaryEntry> entries) {
  entries_ = std::move(entries);
  showing_ = {};
  ++revision_;
}

std::size_t PainDiary::add(DiaryEntry entry) {
  const auto at =
      std::upper_bound(entries_.begin(), entries_.end(), entry,
                       [](const DiaryEntry& a, const DiaryEntry& b) { return a.day < b.day; });
  const auto index = static_cast<std::size_t>(at - entries_.begin());
  entries_.insert(at, std::move(entry));
  showing_ = {};
  ++revision_;
  return index;
}

void PainDiary::remove(std::size_t index) {
  if (index >= entries_.size()) return;
  entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(index));
  showing_ = {};
  ++revision_;
}

void PainDiary::show(DiaryShowing showing) {
  const auto valid = [&](std::size_t i) { return i < entries_.size(); };
  const bool ok = showing.kind == DiaryShowing::Kind::Live ||
                  (showing.kind == DiaryShowing::Kind::Entry && valid(showing.first)) ||
                  (showing.kind == DiaryShowing::Kind::Compare && valid(showing.first) &&
                   valid(showing.second)) ||
                  (showing.kind == DiaryShowing::Kind::Month &&
                   !entriesInMonth(entries_, showing.month).empty());
  showing_ = ok ? std::move(showing) : DiaryShowing{};
  ++revision_;
}

std::vector<std::string> PainDiary::months() const {
  std::vector<std::string> months;
  for (const DiaryEntry& entry : entries_)
    if (months.empty() || months.back() != monthOf(entry.day)) months.push_back(monthOf(entry.day));
  return months;
}

}  // namespace myo
