// Saving, showing and exporting the pain diary.
#include "app/diary_bridge.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

#include "app/diary_summary.h"
#include "app/pain_finder_bridge.h"
#include "core/diary/diary_series.h"
#include "core/io/atomic_file.h"

namespace myo {
namespace {

constexpr std::size_t kPlottedRegions = 3;

std::optional<std::tm> parseDay(const std::string& day) {
  std::tm t{};
  if (day.size() < 7 ||
      std::sscanf(day.c_str(), "%4d-%2d-%2d", &t.tm_year, &t.tm_mon, &t.tm_mday) < 2)
    return std::nullopt;
  if (t.tm_mday == 0) t.tm_mday = 1;
  t.tm_year -= 1900;
  t.tm_mon -= 1;
  t.tm_hour = 12;
  t.tm_isdst = -1;
  if (std::mktime(&t) == static_cast<std::time_t>(-1)) return std::nullopt;
  return t;
}

// A dated file in the exports folder: "pain-diary-2026-11-30.csv".
std::filesystem::path exportPath(const AppState& state, const std::string& given,
                                 const char* extension) {
  if (!given.empty()) return given;
  return state.exportsFolder / ("pain-diary-" + state.recordsClock.localDay() + extension);
}

}  // namespace

std::string diaryDayLabel(const std::string& day) {
  const std::optional<std::tm> t = parseDay(day);
  if (!t) return day;
  char text[32];
  std::strftime(text, sizeof text, "%a %e %b", &*t);
  std::string label = text;
  label.erase(
      std::unique(label.begin(), label.end(), [](char a, char b) { return a == ' ' && b == ' '; }),
      label.end());
  return label;
}

std::string diaryMonthLabel(const std::string& month) {
  const std::optional<std::tm> t = parseDay(month + "-01");
  if (!t) return month;
  char text[32];
  std::strftime(text, sizeof text, "%B %Y", &*t);
  return text;
}

Status saveDiaryEntry(AppState& state, const std::string& day, const std::string& note) {
  const PlacedAtlas::Surface* surface = painSurface(state);
  if (surface == nullptr) return Error{"pain diary", "", "the body is not prepared yet"};
  if (state.painMap.empty()) return Error{"pain diary", "", "nothing is painted to save"};
  const std::vector<PainLevel>& levels = state.painMap.levelsOn(*surface);
  DiaryEntry entry;
  entry.day = day;
  entry.savedAt = state.recordsClock.localTime();
  entry.body = state.body.model.source.empty() ? "bundled body" : state.body.model.source;
  entry.note = note;
  entry.drawing = state.painMap.drawing();
  const PaintedArea all = state.painMap.areaOn(*surface);
  entry.squareCm = 1e4f * all.squareMetres;
  entry.meanWeight = all.meanWeight;
  if (entry.squareCm <= 0.0f) return Error{"pain diary", "", "the drawing covers nothing"};
  entry.regions = regionAreas(levels, surface->shape,
                              vertexRegions(surface->paint.mesh, *state.placedAtlas.landmarks()));
  if (state.records) {
    const Result<std::int64_t> id = state.records->addDiaryEntry(entry);
    if (!id) return id.error();
    entry.id = id.value();
  }
  (void)state.diary.add(std::move(entry));
  return {};
}

std::optional<PainLayers> painLayers(const AppState& state) {
  const PlacedAtlas::Surface* surface = painSurface(state);
  if (surface == nullptr) return std::nullopt;
  const DiaryShowing& showing = state.diary.showing();
  const auto& entries = state.diary.entries();
  PainLayers layers;
  switch (showing.kind) {
    case DiaryShowing::Kind::Entry:
      layers.first =
          drawingWeights(surface->paint.mesh, surface->shape, entries[showing.first].drawing);
      return layers;
    case DiaryShowing::Kind::Compare:
      layers.first =
          drawingWeights(surface->paint.mesh, surface->shape, entries[showing.first].drawing);
      layers.second =
          drawingWeights(surface->paint.mesh, surface->shape, entries[showing.second].drawing);
      layers.split = true;
      layers.firstLabel = diaryDayLabel(entries[showing.first].day);
      layers.secondLabel = diaryDayLabel(entries[showing.second].day);
      return layers;
    case DiaryShowing::Kind::Month: {
      std::vector<const DiaryEntry*> month;
      for (const std::size_t i : entriesInMonth(entries, showing.month))
        month.push_back(&entries[i]);
      layers.first = compositeWeights(month, surface->paint.mesh, surface->shape);
      return layers;
    }
    case DiaryShowing::Kind::Live:
      break;
  }
  if (!state.painMode() || state.painMap.empty()) return std::nullopt;
  layers.first = levelWeights(state.painMap.levelsOn(*surface));
  return layers;
}

DiaryView makeDiaryView(const AppState& state) {
  // What shows on the body (the overlay needs it with the drawer closed too).
  DiaryView view;
  const auto& entries = state.diary.entries();
  view.months = state.diary.months();
  for (const std::string& month : view.months) view.monthLabels.push_back(diaryMonthLabel(month));
  const DiaryShowing& showing = state.diary.showing();
  if (showing.kind == DiaryShowing::Kind::Entry || showing.kind == DiaryShowing::Kind::Compare)
    view.shown = static_cast<int>(showing.first);
  if (showing.kind == DiaryShowing::Kind::Compare) {
    view.compared = static_cast<int>(showing.second);
    view.compareLeft = diaryDayLabel(entries[showing.first].day);
    view.compareRight = diaryDayLabel(entries[showing.second].day);
  }
  if (showing.kind == DiaryShowing::Kind::Month) view.month = showing.month;
  if (!state.dock.diary) return view;
  // The drawer's contents, only while it is open.
  std::vector<std::string> days;
  for (const DiaryEntry& entry : entries) days.push_back(entry.day);
  const auto holds = holdsOnDays(state.treatment.entries(), days);
  const std::string body =
      state.body.model.source.empty() ? "bundled body" : state.body.model.source;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const DiaryEntry& e = entries[i];
    view.entries.push_back({e.day, diaryDayLabel(e.day), e.note, e.squareCm, 3.0f * e.meanWeight,
                            static_cast<int>(holds[i].size()), e.body != body, 0, 0.5f});
  }
  for (const RegionSeries& series : regionSeries(entries)) {
    if (view.regions.size() == kPlottedRegions) break;
    view.regions.push_back({diaryRegions()[series.region].label, series.squareCm,
                            *std::max_element(series.squareCm.begin(), series.squareCm.end()),
                            intensityTrend(series)});
  }
  view.canSave = !state.painMap.empty() && painSurface(state) != nullptr;
  view.today = state.recordsClock.localDay();
  if (!state.records) view.status = "Entries are not kept: the records database did not open.";
  return view;
}

void applyDiaryIntents(const UiIntents& intents, AppState& state) {
  if (intents.showDiary) {
    state.dock.diary = *intents.showDiary;
    if (!*intents.showDiary) state.diary.show({});
  }
  if (intents.saveDiaryEntry) {
    const Status saved =
        saveDiaryEntry(state, state.recordsClock.localDay(), *intents.saveDiaryEntry);
    state.statusMessage = saved ? "Saved the drawing in the pain diary (" +
                                      diaryDayLabel(state.recordsClock.localDay()) + ")"
                                : "Pain diary: " + saved.error().reason;
  }
  if (intents.showDiaryEntry)
    state.diary.show(*intents.showDiaryEntry < 0
                         ? DiaryShowing{}
                         : DiaryShowing{DiaryShowing::Kind::Entry,
                                        static_cast<std::size_t>(*intents.showDiaryEntry),
                                        0,
                                        {}});
  if (intents.compareDiaryEntries)
    state.diary.show({DiaryShowing::Kind::Compare,
                      static_cast<std::size_t>(std::max(intents.compareDiaryEntries->first, 0)),
                      static_cast<std::size_t>(std::max(intents.compareDiaryEntries->second, 0)),
                      {}});
  if (intents.showDiaryMonth)
    state.diary.show(intents.showDiaryMonth->empty()
                         ? DiaryShowing{}
                         : DiaryShowing{DiaryShowing::Kind::Month, 0, 0, *intents.showDiaryMonth});
  if (intents.deleteDiaryEntry && *intents.deleteDiaryEntry >= 0 &&
      static_cast<std::size_t>(*intents.deleteDiaryEntry) < state.diary.entries().size()) {
    const auto index = static_cast<std::size_t>(*intents.deleteDiaryEntry);
    const std::int64_t id = state.diary.entries()[index].id;
    const Status deleted = state.records && id > 0 ? state.records->deleteDiaryEntry(id) : Status{};
    if (deleted)
      state.diary.remove(index);
    else
      state.statusMessage = "Pain diary: " + deleted.error().message();
  }
  if (intents.exportDiaryCsv) {
    const std::filesystem::path file = exportPath(state, *intents.exportDiaryCsv, ".csv");
    const Status written = writeDiaryCsv(state, file);
    state.statusMessage =
        written ? "Saved " + file.string() : "Pain diary: " + written.error().message();
  }
  if (intents.exportDiarySummary) {
    const std::filesystem::path file = exportPath(state, *intents.exportDiarySummary, ".pdf");
    const Status written = writeDiarySummary(state, file);
    state.statusMessage =
        written ? "Saved " + file.string() : "Pain diary: " + written.error().message();
  }
}

Status writeDiaryCsv(const AppState& state, const std::filesystem::path& file) {
  std::error_code error;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), error);
  return writeFileAtomic(file, diaryCsv(state.diary.entries(), state.treatment.entries()));
}

}  // namespace myo
