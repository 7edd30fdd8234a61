// The Trigger points panel's list and AppState: the placed points matching the search, best
// first, and the search intents (query, region). No GL, no window system.
#pragma once

#include <cstdint>
#include <memory>

#include "app/app_state.h"
#include "core/atlas/trigger_point_search.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// The atlas's search index and the last list it gave, kept between frames: a frame whose query,
// region and placed points are unchanged costs a copy of the list, a changed query one search
// over text normalised once per atlas.
struct TriggerPointListCache {
  const Atlas* atlas = nullptr;
  std::unique_ptr<TriggerPointIndex> index;
  std::uint64_t placement = 0;  // PlacedAtlas::generation the list was made for
  TriggerPointListView list;
  bool valid = false;
};

// The placed points matching state.pointQuery in state.pointRegion, best first (both sides of a
// point together). O(list) when cached, O(points × query words) after a change.
[[nodiscard]] TriggerPointListView makeTriggerPointList(const AppState& state,
                                                        TriggerPointListCache& cache);

// Applies the search query and region. O(1).
void applyTriggerPointIntents(const UiIntents& intents, AppState& state);

}  // namespace myo
