// The pain finder's ranking: one spot and a two-spot pain (temple and the back of the neck), as
// trigger points and grouped into muscles, on the bundled body and, when ../shared/data holds it,
// the BodyParts3D body. Each body is opened and the atlas placed once, before timing.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <limits>

#include "bench/app/bundled_state.h"
#include "core/atlas/pain_muscles.h"
#include "support/test_paths.h"

namespace {

// The BodyParts3D body with the atlas placed; null when the shared data is absent.
myo::AppState* bodyParts3dState() {
  static const std::unique_ptr<myo::AppState> state = []() -> std::unique_ptr<myo::AppState> {
    const std::filesystem::path data = myo::test::sharedData();
    const std::filesystem::path file = data / "bodyparts3d" / "bp3d_body.glb";
    if (data.empty() || !std::filesystem::exists(file)) return nullptr;
    return myo::bench::openedState({file});
  }();
  return state.get();
}

myo::AppState* stateFor(const benchmark::State& bench) {
  return bench.range(0) == 0 ? &myo::bench::bundledState() : bodyParts3dState();
}

std::vector<std::vector<glm::vec3>> spots(const myo::AppState& state, int count) {
  const myo::BodyLandmarks& landmarks = *state.placedAtlas.landmarks();
  std::vector<std::vector<glm::vec3>> at = {{*landmarks.at("temple", 'R')}};
  if (count > 1) at.push_back({*landmarks.at("angle_of_neck", 'R')});
  return at;
}

void BM_PainMuscles(benchmark::State& bench) {
  myo::AppState* state = stateFor(bench);
  if (state == nullptr) {
    bench.SkipWithError("no BodyParts3D body in ../shared/data");
    return;
  }
  const std::vector<std::vector<glm::vec3>> at = spots(*state, static_cast<int>(bench.range(1)));
  const auto all = std::numeric_limits<std::size_t>::max();
  for (auto _ : bench)
    benchmark::DoNotOptimize(
        myo::painMuscles(myo::findPainSourcesAt(state->placedAtlas.placed(),
                                                *state->placedAtlas.landmarks(), at, all),
                         10));
  bench.SetLabel(std::string(bench.range(0) == 0 ? "bundled" : "BodyParts3D") + ", " +
                 std::to_string(at.size()) + " spot(s), " +
                 std::to_string(state->placedAtlas.placed().size()) + " points");
}
BENCHMARK(BM_PainMuscles)->ArgsProduct({{0, 1}, {1, 2}})->Unit(benchmark::kMicrosecond);

}  // namespace
