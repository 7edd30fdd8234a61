// The pain diary's one-page summary for a clinician: where it hurt over the period on a body
// chart, each region's painted area entry by entry, the holds and how discomfort went, and the
// entries with their notes. Laid out and written through cairo and pango (pdf_kit); no GL, no UI.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/io/image.h"
#include "core/result.h"
#include "print/paper.h"

namespace myo {

struct DiarySummary {
  std::string title;     // "Pain diary"
  std::string subtitle;  // "November 2026 · 12 entries · 9 holds"
  Image chart;           // the period's composite on a body chart (front and back)
  std::string chartCaption;
  struct Entry {
    std::string day, note;  // "Tue 3 Nov"
    float squareCm = 0.0f;
    float intensity = 0.0f;  // 1 mild – 3 severe
    int holds = 0;
  };
  std::vector<Entry> entries;  // oldest first
  struct Region {
    std::string label;
    std::vector<float> squareCm;  // per entry
    std::string intensity;        // "intensity 2.7 to 1.0 of 3"
  };
  std::vector<Region> regions;  // the most painted first
  struct Hold {
    std::string point;  // "Upper trapezius (right)"
    int count = 0;
    std::string discomfort;  // "6 → 3 (mean of 4 answered)", "" when none was answered
  };
  std::vector<Hold> holds;
  std::string footer;  // who made it and what it is not
};

// Writes `summary` as one page on `paper` to `file`, atomically. Entries that do not fit are
// counted in a last line instead. Errors name the file. O(entries + regions · entries).
[[nodiscard]] Status writeDiarySummaryPdf(const DiarySummary& summary, Paper paper,
                                          const std::filesystem::path& file);

}  // namespace myo
