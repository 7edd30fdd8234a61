// The summary's content from the diary, the treatment log and the paint surface.
#include "app/diary_summary.h"

#include <map>

#include "app/diary_bridge.h"
#include "app/pain_finder_bridge.h"
#include "core/diary/body_chart.h"
#include "core/diary/diary_series.h"
#include "print/diary_summary_pdf.h"

namespace myo {
namespace {

constexpr int kChartPixels = 1100;  // the chart's height: about 300 dpi at its printed size
constexpr std::size_t kPrintedRegions = 5;

// "Upper trapezius (right) — …" for a placed label, the label itself when unknown. O(points).
std::string pointName(const AppState& state, const std::string& label) {
  const int index = placedIndexOf(state.placedAtlas.placed(), label);
  if (index < 0) return label;
  const std::string name =
      state.placedAtlas.placed()[static_cast<std::size_t>(index)].displayName();
  return name.substr(0, name.find(" \u2014 "));
}

// The holds of `days` per trigger point: counts and mean discomfort before → after.
std::vector<DiarySummary::Hold> holdRows(
    const AppState& state, const std::vector<std::vector<const TreatmentEntry*>>& holds) {
  struct Tally {
    int count = 0, answered = 0;
    double before = 0.0, after = 0.0;
  };
  std::map<std::string, Tally> tallies;
  for (const auto& day : holds)
    for (const TreatmentEntry* hold : day) {
      Tally& t = tallies[hold->triggerPoint];
      ++t.count;
      if (hold->discomfortBefore >= 0 && hold->discomfortAfter >= 0) {
        ++t.answered;
        t.before += hold->discomfortBefore;
        t.after += hold->discomfortAfter;
      }
    }
  std::vector<DiarySummary::Hold> rows;
  for (const auto& [point, t] : tallies) {
    std::string discomfort;
    if (t.answered > 0) {
      char text[96];
      std::snprintf(text, sizeof text, "%.1f \u2192 %.1f (of %d answered)", t.before / t.answered,
                    t.after / t.answered, t.answered);
      discomfort = text;
    }
    rows.push_back({pointName(state, point), t.count, discomfort});
  }
  return rows;
}

}  // namespace

Status writeDiarySummary(const AppState& state, const std::filesystem::path& file,
                         std::string month) {
  const auto& all = state.diary.entries();
  if (month.empty())
    month = state.diary.showing().kind == DiaryShowing::Kind::Month ? state.diary.showing().month
            : all.empty()                                           ? std::string()
                                                                    : monthOf(all.back().day);
  const std::vector<std::size_t> picked = entriesInMonth(all, month);
  if (picked.empty()) return Error{file.string(), "", "the diary has no entries in " + month};
  const PlacedAtlas::Surface* surface = painSurface(state);
  if (surface == nullptr) return Error{file.string(), "", "the body is not prepared yet"};
  std::vector<DiaryEntry> entries;
  std::vector<const DiaryEntry*> pointers;
  std::vector<std::string> days;
  for (const std::size_t i : picked) {
    entries.push_back(all[i]);
    pointers.push_back(&all[i]);
    days.push_back(all[i].day);
  }
  const auto holds = holdsOnDays(state.treatment.entries(), days);
  std::size_t holdCount = 0;
  for (const auto& day : holds) holdCount += day.size();

  DiarySummary summary;
  summary.title = "Pain diary: " + diaryMonthLabel(month);
  summary.subtitle = std::to_string(entries.size()) + " entries, " + std::to_string(holdCount) +
                     " pressure holds logged on those days, from " + diaryDayLabel(days.front()) +
                     " to " + diaryDayLabel(days.back()) + ". Made on " +
                     diaryDayLabel(state.recordsClock.localDay()) + " with Myoscope.";
  std::vector<const PainDrawing*> drawings;
  for (const DiaryEntry* entry : pointers) drawings.push_back(&entry->drawing);
  summary.chart =
      bodyChart(surface->paint.mesh, surface->shape,
                compositeWeights(pointers, surface->paint.mesh, surface->shape), kChartPixels,
                paintedFrame(drawings, wholeBody(surface->paint.mesh), 0.10f, 0.6f));
  summary.chartCaption =
      "Front and back. The colour is the mean of the entries: a spot painted severe on every "
      "entry is violet, one painted mild once in a while pale.";
  for (std::size_t i = 0; i < entries.size(); ++i)
    summary.entries.push_back({diaryDayLabel(entries[i].day), entries[i].note, entries[i].squareCm,
                               3.0f * entries[i].meanWeight, static_cast<int>(holds[i].size())});
  for (const RegionSeries& series : regionSeries(entries)) {
    if (summary.regions.size() == kPrintedRegions) break;
    summary.regions.push_back(
        {diaryRegions()[series.region].label, series.squareCm, intensityTrend(series)});
  }
  summary.holds = holdRows(state, holds);
  summary.footer =
      "The person drew these areas themselves on a 3D body; areas are measured on that body's "
      "skin. This is a record of symptoms to discuss, not a diagnosis. Myoscope keeps these "
      "records on this computer only.";
  return writeDiarySummaryPdf(summary, Paper::A4, file);
}

}  // namespace myo
