// The pain diary's printed summary from AppState: the period (a month), its composite on a body
// chart of the paint surface, the regions' areas, the holds and the entries, written through the
// print module. No GL, no UI.
#pragma once

#include <filesystem>
#include <string>

#include "app/app_state.h"
#include "core/result.h"

namespace myo {

// Writes the summary of `month` ("2026-11"; empty: the month the diary shows, else the latest
// with entries) to `file` (A4) atomically. Errors: no entries in it, the body not prepared, the
// file. O(entries · dabs · vertices) for the composite + the page.
[[nodiscard]] Status writeDiarySummary(const AppState& state, const std::filesystem::path& file,
                                       std::string month = {});

}  // namespace myo
