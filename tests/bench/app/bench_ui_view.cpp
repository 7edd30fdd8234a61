// The panels' view per frame on the bundled body: with the search cached (an unchanged frame),
// with a query that changes every frame, and the trigger point search with and without its
// index. The body is opened and the atlas placed once, before timing.
#include <benchmark/benchmark.h>

#include "app/ui_bridge.h"
#include "bench/app/bundled_state.h"
#include "core/atlas/trigger_point_search.h"

namespace {

using myo::bench::bundledState;

std::vector<const myo::TriggerPoint*> atlasPoints() {
  std::vector<const myo::TriggerPoint*> points;
  for (const myo::TriggerPoint& point : bundledState().placedAtlas.atlas()->triggerPoints)
    points.push_back(&point);
  return points;
}

void BM_UiViewUnchangedFrame(benchmark::State& bench) {
  myo::AppState& state = bundledState();
  state.pointQuery = "heel";
  myo::UiViewCache cache;
  for (auto _ : bench) benchmark::DoNotOptimize(myo::makeUiStateView(state, cache, 60.0f, "bench"));
}
BENCHMARK(BM_UiViewUnchangedFrame)->Unit(benchmark::kMicrosecond);

void BM_UiViewQueryEveryFrame(benchmark::State& bench) {
  myo::AppState& state = bundledState();
  myo::UiViewCache cache;
  int frame = 0;
  for (auto _ : bench) {
    state.pointQuery = (++frame % 2) != 0 ? "heel" : "trapezius";
    benchmark::DoNotOptimize(myo::makeUiStateView(state, cache, 60.0f, "bench"));
  }
}
BENCHMARK(BM_UiViewQueryEveryFrame)->Unit(benchmark::kMicrosecond);

void BM_SearchWithIndex(benchmark::State& bench) {
  const myo::TriggerPointIndex index(atlasPoints());
  for (auto _ : bench) benchmark::DoNotOptimize(index.search("heel"));
}
BENCHMARK(BM_SearchWithIndex)->Unit(benchmark::kMicrosecond);

void BM_SearchNormalisingEachTime(benchmark::State& bench) {
  const std::vector<const myo::TriggerPoint*> points = atlasPoints();
  for (auto _ : bench) benchmark::DoNotOptimize(myo::searchTriggerPoints(points, "heel"));
}
BENCHMARK(BM_SearchNormalisingEachTime)->Unit(benchmark::kMicrosecond);

}  // namespace
