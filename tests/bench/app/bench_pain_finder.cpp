// The pain finder's ranking: one spot and a two-spot pain (temple and the back of the neck), as
// trigger points and grouped into muscles; a painted drawing of tension headache (temple and the
// back of the neck) ranked by its overlap with every point's fields, and laying those fields on
// the surface in the first place; on the bundled body and, when ../shared/data holds it, the
// BodyParts3D body. Each body is opened and the atlas placed once, before timing.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <limits>

#include "app/pain_finder_bridge.h"
#include "bench/app/bundled_state.h"
#include "core/atlas/pain_muscles.h"
#include "core/referral/drawing_match.h"
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

std::string bodyName(const benchmark::State& bench) {
  return bench.range(0) == 0 ? "bundled" : "BodyParts3D";
}

// The state of the bench's body when it has a paint surface; null (the bench skipped) otherwise.
myo::AppState* paintedStateFor(benchmark::State& bench) {
  myo::AppState* state = stateFor(bench);
  if (state != nullptr && myo::painSurface(*state) != nullptr) return state;
  bench.SkipWithError("no BodyParts3D body in ../shared/data");
  return nullptr;
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
  bench.SetLabel(bodyName(bench) + ", " + std::to_string(at.size()) + " spot(s), " +
                 std::to_string(state->placedAtlas.placed().size()) + " points");
}
BENCHMARK(BM_PainMuscles)->ArgsProduct({{0, 1}, {1, 2}})->Unit(benchmark::kMicrosecond);

// The tension-headache drawing on `state`'s paint surface: 4 cm severe at the right temple, 3 cm
// moderate at the occiput, the mastoid and where the neck meets the shoulder.
std::vector<myo::PainLevel> headacheLevels(const myo::AppState& state) {
  const myo::BodyLandmarks& landmarks = *state.placedAtlas.landmarks();
  myo::PainDrawing drawing;
  drawing.dabs.push_back({*landmarks.at("temple", 'R'), 0.04f, myo::PainLevel::Severe});
  for (const auto& [name, side] :
       {std::pair<const char*, char>{"occiput", 'R'}, {"mastoid", 'R'}, {"angle_of_neck", 'R'}})
    drawing.dabs.push_back({*landmarks.at(name, side), 0.03f, myo::PainLevel::Moderate});
  const myo::PlacedAtlas::Surface& surface = *myo::painSurface(state);
  return myo::painLevels(surface.paint.mesh, surface.shape, drawing);
}

void BM_DrawingMuscles(benchmark::State& bench) {
  myo::AppState* state = paintedStateFor(bench);
  if (state == nullptr) return;
  const myo::PlacedAtlas::Surface& surface = *myo::painSurface(*state);
  const std::vector<myo::PainLevel> levels = headacheLevels(*state);
  std::size_t painted = 0;
  for (const myo::PainLevel level : levels) painted += level != myo::PainLevel::None ? 1 : 0;
  for (auto _ : bench)
    benchmark::DoNotOptimize(
        myo::painMuscles(surface.matcher->rank(levels, myo::kDrawingOverlap, myo::kPainCandidates),
                         myo::kPainMuscles));
  bench.SetLabel(bodyName(bench) + ", " + std::to_string(painted) + " of " +
                 std::to_string(surface.paint.mesh.positions.size()) + " vertices painted");
}
BENCHMARK(BM_DrawingMuscles)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

void BM_LayPointFields(benchmark::State& bench) {
  myo::AppState* state = paintedStateFor(bench);
  if (state == nullptr) return;
  const myo::PlacedAtlas::Surface& surface = *myo::painSurface(*state);
  for (auto _ : bench)
    benchmark::DoNotOptimize(myo::DrawingMatcher(surface.paint.mesh, surface.shape,
                                                 state->placedAtlas.placed(),
                                                 *state->placedAtlas.landmarks()));
  bench.SetLabel(bodyName(bench) + ", " + std::to_string(state->placedAtlas.placed().size()) +
                 " points on " + std::to_string(surface.paint.mesh.positions.size()) + " vertices");
}
BENCHMARK(BM_LayPointFields)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_PaintDab(benchmark::State& bench) {
  myo::AppState* state = paintedStateFor(bench);
  if (state == nullptr) return;
  const myo::PlacedAtlas::Surface& surface = *myo::painSurface(*state);
  std::vector<myo::PainLevel> levels(surface.paint.mesh.positions.size());
  const glm::vec3 at = *state->placedAtlas.landmarks()->at("temple", 'R');
  for (auto _ : bench)
    myo::applyPainDab(levels, surface.paint.mesh, surface.shape,
                      {at, 0.03f, myo::PainLevel::Moderate});
  bench.SetLabel(bodyName(bench) + ", one 3 cm dab");
}
BENCHMARK(BM_PaintDab)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

}  // namespace
