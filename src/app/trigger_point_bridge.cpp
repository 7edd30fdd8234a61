// The trigger point search list.
#include "app/trigger_point_bridge.h"

#include "core/atlas/trigger_point_search.h"

namespace myo {

TriggerPointListView makeTriggerPointList(const AppState& state) {
  TriggerPointListView list{{}, state.pointQuery, state.pointRegion, {}};
  for (const AtlasRegion& region : atlasRegions())
    list.regions.push_back({std::string(region.id), std::string(region.name)});
  const auto& placed = state.referral.placed();
  const Atlas* atlas = state.referral.atlas();
  if (atlas == nullptr || placed.empty()) return list;
  std::vector<const TriggerPoint*> points;
  for (const TriggerPoint& point : atlas->triggerPoints) points.push_back(&point);
  for (const std::size_t hit : searchTriggerPoints(points, state.pointQuery, state.pointRegion))
    for (std::size_t i = 0; i < placed.size(); ++i)
      if (placed[i].point == points[hit])
        list.rows.push_back({static_cast<int>(i), placed[i].displayName()});
  return list;
}

void applyTriggerPointIntents(const UiIntents& intents, AppState& state) {
  if (intents.setTriggerPointQuery) state.pointQuery = *intents.setTriggerPointQuery;
  if (intents.setTriggerPointRegion) state.pointRegion = *intents.setTriggerPointRegion;
}

}  // namespace myo
