// The Parts panel and AppState: the parts list, and its intents (show, hide, isolate a group,
// hover, select and frame a part). No GL, no window system.
#pragma once

#include <vector>

#include "app/app_state.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// One row per part: name, label, kind, visibility, triangles; views into the state's names (no
// string is copied). O(parts).
[[nodiscard]] std::vector<PartRow> makePartsView(const AppState& state);
// The muscle groups that have parts in the body, with those parts (found once per body). O(groups).
[[nodiscard]] std::vector<MuscleGroupRow> makeMuscleGroupRows(const AppState& state);
// Applies visibility, isolate-a-group, hover, selection and framing. O(parts touched).
void applyPartsIntents(const UiIntents& intents, AppState& state);

}  // namespace myo
