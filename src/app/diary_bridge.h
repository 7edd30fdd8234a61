// The pain diary between AppState, the records and the panels: saving the live drawing as an
// entry (its areas per region measured on the paint surface), what the 3D view's two pain layers
// show (the live drawing, an entry, two entries side by side, a month's composite), the diary
// drawer's view, its intents, and the CSV export. No GL, no UI.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/app_state.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// Saves the live drawing as an entry of `day` ("2026-11-03") with `note`: into the records when
// they are kept (one transaction), and into state.diary. The error says why not (nothing drawn,
// the body not prepared, the records refusing it). O(dabs · vertices + vertices · landmarks).
[[nodiscard]] Status saveDiaryEntry(AppState& state, const std::string& day,
                                    const std::string& note);

// What the 3D view's pain layers show, per vertex of painSurface(state): the first layer, and the
// second beside it when two entries are compared (then the view is split in two). Nothing when
// neither the finder's mode nor the diary shows anything. O(dabs · vertices).
struct PainLayers {
  std::vector<float> first, second;
  bool split = false;
  std::string firstLabel, secondLabel;  // "Tue 3 Nov" over each half when split
};
[[nodiscard]] std::optional<PainLayers> painLayers(const AppState& state);

// The drawer's view (thumbnails are the window's to fill in): what shows on the body always, the
// entries, regions and holds only while the drawer is open. O(months), or O(entries · regions +
// holds · entries) open.
[[nodiscard]] DiaryView makeDiaryView(const AppState& state);

// The drawer's intents: open or close it, save, show, compare, a month, delete, export (an empty
// path picks a dated file in the data folder's exports). O(entries), or the save's or export's.
void applyDiaryIntents(const UiIntents& intents, AppState& state);

// "Tue 3 Nov" for "2026-11-03"; "November 2026" for "2026-11". O(1).
[[nodiscard]] std::string diaryDayLabel(const std::string& day);
[[nodiscard]] std::string diaryMonthLabel(const std::string& month);

// Writes the diary and the treatment log as CSV (diaryCsv) to `file`, atomically. O(size).
[[nodiscard]] Status writeDiaryCsv(const AppState& state, const std::filesystem::path& file);

}  // namespace myo
