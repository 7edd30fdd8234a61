// What the pain diary shows over time: the entries of a month, the composite "where it hurt most"
// field of several entries, each region's painted area and intensity entry by entry, the holds of
// the treatment log by day, and the CSV export of entries and holds together. No GL, no UI.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/diary/diary_entry.h"
#include "core/treatment/treatment_log.h"

namespace myo {

// "2026-11" of a day "2026-11-03". O(1).
[[nodiscard]] std::string monthOf(std::string_view day);

// Indices of the entries of `month` ("2026-11"), in their order. O(entries).
[[nodiscard]] std::vector<std::size_t> entriesInMonth(const std::vector<DiaryEntry>& entries,
                                                      std::string_view month);

// The composite of `entries` on a surface: per vertex, the mean over the entries of its weight
// (1/3 mild … 1 severe, 0 unpainted), so a spot that hurt severely every day is 1. O(entries ·
// dabs · vertices).
[[nodiscard]] std::vector<float> compositeWeights(const std::vector<const DiaryEntry*>& entries,
                                                  const SurfaceMesh& mesh,
                                                  const SurfaceShape& shape);

// One region's painted area and mean intensity in each entry (0 where unpainted), for a plot.
struct RegionSeries {
  std::size_t region = 0;         // index into diaryRegions()
  std::vector<float> squareCm;    // per entry
  std::vector<float> meanWeight;  // per entry, 0–1
};
// The series of every region painted in any of `entries`, largest total area first. O(entries ·
// regions).
[[nodiscard]] std::vector<RegionSeries> regionSeries(const std::vector<DiaryEntry>& entries);

// How the region's intensity went, from the first entry that painted it to the last, as the
// lists say it: "intensity 2.7 to 1.0 of 3" ("intensity 2.0 of 3" when painted once). O(entries).
[[nodiscard]] std::string intensityTrend(const RegionSeries& series);

// The holds logged on each of `days` ("2026-11-03", local dates of the log's UTC times): a list
// per day, in the log's order. O(entries · days).
[[nodiscard]] std::vector<std::vector<const TreatmentEntry*>> holdsOnDays(
    const std::vector<TreatmentEntry>& log, const std::vector<std::string>& days);

// The entries and the holds as one CSV table, oldest first: the header
// "date,time,kind,region,area_cm2,intensity,note,trigger_point,technique,held_s,discomfort_before,discomfort_after",
// a "pain" line per entry (region "all") and per painted region of it, and a "hold" line per
// logged hold (local time). Fields with commas, quotes or line breaks are quoted. O(size).
[[nodiscard]] std::string diaryCsv(const std::vector<DiaryEntry>& entries,
                                   const std::vector<TreatmentEntry>& log);

}  // namespace myo
