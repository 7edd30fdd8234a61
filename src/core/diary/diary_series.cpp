// Months, composites, per-region series, holds by day and the CSV export.
#include "core/diary/diary_series.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace myo {
namespace {

std::string csvField(std::string_view text) {
  if (text.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(text);
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"') quoted.push_back('"');
    quoted.push_back(c);
  }
  quoted.push_back('"');
  return quoted;
}

std::string number(double value, int decimals) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

// A CSV line of `fields`. O(size).
std::string csvLine(const std::vector<std::string>& fields) {
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line.push_back(',');
    line += csvField(fields[i]);
  }
  line.push_back('\n');
  return line;
}

// The local date and time of a log's UTC time: ("2026-11-03", "18:04"). O(1).
std::pair<std::string, std::string> localDayAndTime(const std::string& utc) {
  const std::string local = localTimeOf(utc);  // "2026-11-03 18:04"
  const std::size_t space = local.find(' ');
  if (space == std::string::npos) return {local, ""};
  return {local.substr(0, space), local.substr(space + 1)};
}

}  // namespace

std::string monthOf(std::string_view day) {
  return std::string(day.substr(0, 7));
}

std::vector<std::size_t> entriesInMonth(const std::vector<DiaryEntry>& entries,
                                        std::string_view month) {
  std::vector<std::size_t> indices;
  for (std::size_t i = 0; i < entries.size(); ++i)
    if (monthOf(entries[i].day) == month) indices.push_back(i);
  return indices;
}

std::vector<float> compositeWeights(const std::vector<const DiaryEntry*>& entries,
                                    const SurfaceMesh& mesh, const SurfaceShape& shape) {
  std::vector<float> sum(mesh.positions.size(), 0.0f);
  if (entries.empty()) return sum;
  for (const DiaryEntry* entry : entries) {
    const std::vector<float> weights = drawingWeights(mesh, shape, entry->drawing);
    for (std::size_t v = 0; v < weights.size(); ++v) sum[v] += weights[v];
  }
  for (float& w : sum) w /= static_cast<float>(entries.size());
  return sum;
}

std::vector<RegionSeries> regionSeries(const std::vector<DiaryEntry>& entries) {
  std::vector<RegionSeries> series;
  std::vector<double> totals;
  for (std::size_t r = 0; r < diaryRegions().size(); ++r) {
    RegionSeries one{r, {}, {}};
    double total = 0.0;
    for (const DiaryEntry& entry : entries) {
      const RegionArea area = r < entry.regions.size() ? entry.regions[r] : RegionArea{};
      one.squareCm.push_back(area.squareCm);
      one.meanWeight.push_back(area.meanWeight);
      total += area.squareCm;
    }
    if (total <= 0.0) continue;
    series.push_back(std::move(one));
    totals.push_back(total);
  }
  std::vector<std::size_t> order(series.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return totals[a] > totals[b]; });
  std::vector<RegionSeries> sorted;
  for (const std::size_t i : order) sorted.push_back(std::move(series[i]));
  return sorted;
}

std::string intensityTrend(const RegionSeries& series) {
  std::vector<float> painted;
  for (std::size_t i = 0; i < series.squareCm.size() && i < series.meanWeight.size(); ++i)
    if (series.squareCm[i] > 0.0f) painted.push_back(3.0f * series.meanWeight[i]);
  if (painted.empty()) return {};
  std::string text = "intensity " + number(painted.front(), 1);
  if (painted.size() > 1) text += " to " + number(painted.back(), 1);
  return text + " of 3";
}

std::vector<std::vector<const TreatmentEntry*>> holdsOnDays(const std::vector<TreatmentEntry>& log,
                                                            const std::vector<std::string>& days) {
  std::vector<std::vector<const TreatmentEntry*>> holds(days.size());
  for (const TreatmentEntry& entry : log) {
    const std::string day = localDayAndTime(entry.time).first;
    for (std::size_t d = 0; d < days.size(); ++d)
      if (days[d] == day) holds[d].push_back(&entry);
  }
  return holds;
}

std::string diaryCsv(const std::vector<DiaryEntry>& entries,
                     const std::vector<TreatmentEntry>& log) {
  struct Line {
    std::string when;  // for ordering: "2026-11-03 18:04"
    std::string text;
  };
  std::vector<Line> lines;
  const auto& regions = diaryRegions();
  for (const DiaryEntry& entry : entries) {
    const std::string time = entry.savedAt.size() > 11 ? entry.savedAt.substr(11, 5) : "";
    const std::string when = entry.day + " " + time;
    std::string text =
        csvLine({entry.day, time, "pain", "all", number(entry.squareCm, 1),
                 number(entry.meanWeight * 3.0f, 2), entry.note, "", "", "", "", ""});
    for (std::size_t r = 0; r < entry.regions.size() && r < regions.size(); ++r)
      if (entry.regions[r].squareCm > 0.0f)
        text +=
            csvLine({entry.day, time, "pain", regions[r].id, number(entry.regions[r].squareCm, 1),
                     number(entry.regions[r].meanWeight * 3.0f, 2), "", "", "", "", "", ""});
    lines.push_back({when, std::move(text)});
  }
  for (const TreatmentEntry& hold : log) {
    const auto [day, time] = localDayAndTime(hold.time);
    const auto discomfort = [](int level) {
      return level < 0 ? std::string() : std::to_string(level);
    };
    lines.push_back({day + " " + time,
                     csvLine({day, time, "hold", "", "", "", "", hold.triggerPoint, hold.technique,
                              number(hold.heldSeconds, 0), discomfort(hold.discomfortBefore),
                              discomfort(hold.discomfortAfter)})});
  }
  std::stable_sort(lines.begin(), lines.end(),
                   [](const Line& a, const Line& b) { return a.when < b.when; });
  std::string csv =
      "date,time,kind,region,area_cm2,intensity,note,trigger_point,technique,held_s,"
      "discomfort_before,discomfort_after\n";
  for (const Line& line : lines) csv += line.text;
  return csv;
}

}  // namespace myo
