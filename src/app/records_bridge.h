// The user's records database and AppState: opening it from the data folder (what had to be
// moved aside said on the status line), bringing an earlier build's quiz-results.csv into it
// once, and reading the quiz questions still missed and the pain diary. No GL, no UI.
#pragma once

#include <filesystem>

#include "app/app_state.h"

namespace myo {

// Opens `dataFolder`/records.sqlite into state.records, imports `dataFolder`/quiz-results.csv
// and the treatment log file once (each then renamed .imported), sets state.quizMissed and
// state.diary's entries and the progress of the lessons in state.lessons (list them first), and
// keeps the holds in the records from now on. Problems go to the status line and leave
// state.records empty (answers are then not kept). O(records).
void openUserRecords(AppState& state, const std::filesystem::path& dataFolder);

}  // namespace myo
