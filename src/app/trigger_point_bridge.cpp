// The trigger point search list.
#include "app/trigger_point_bridge.h"

#include <map>

namespace myo {

TriggerPointListView makeTriggerPointList(const AppState& state, TriggerPointListCache& cache) {
  const auto& placed = state.placedAtlas.placed();
  const Atlas* atlas = state.placedAtlas.atlas();
  if (cache.valid && cache.list.query == state.pointQuery &&
      cache.list.region == state.pointRegion && cache.atlas == atlas &&
      cache.placement == state.placedAtlas.generation())
    return cache.list;
  if (atlas != cache.atlas || cache.index == nullptr) {
    std::vector<const TriggerPoint*> points;
    if (atlas != nullptr)
      for (const TriggerPoint& point : atlas->triggerPoints) points.push_back(&point);
    cache.index = std::make_unique<TriggerPointIndex>(std::move(points));
    cache.atlas = atlas;
  }
  TriggerPointListView list{{}, state.pointQuery, state.pointRegion, {}};
  for (const AtlasRegion& region : atlasRegions())
    list.regions.push_back({std::string(region.id), std::string(region.name)});
  if (atlas != nullptr && !placed.empty()) {
    // Placed indices by atlas entry, so each hit costs O(sides) instead of a scan.
    std::map<const TriggerPoint*, std::vector<int>> sides;
    for (std::size_t i = 0; i < placed.size(); ++i)
      sides[placed[i].point].push_back(static_cast<int>(i));
    for (const std::size_t hit : cache.index->search(state.pointQuery, state.pointRegion))
      for (const int i : sides[cache.index->points()[hit]])
        list.rows.push_back({i, placed[static_cast<std::size_t>(i)].displayName(), ""});
  }
  cache.placement = state.placedAtlas.generation();
  cache.list = list;
  cache.valid = true;
  return list;
}

void applyTriggerPointIntents(const UiIntents& intents, AppState& state) {
  if (intents.setTriggerPointQuery) state.pointQuery = *intents.setTriggerPointQuery;
  if (intents.setTriggerPointRegion) state.pointRegion = *intents.setTriggerPointRegion;
}

}  // namespace myo
