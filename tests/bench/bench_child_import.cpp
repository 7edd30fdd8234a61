// What running Assimp in a child process costs: the Stanford bunny PLY (69k triangles, 3 MB)
// imported in the process and through importInChildProcess. Skips without ../shared/data.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "core/io/assimp_importer.h"
#include "core/io/child_import.h"

namespace {

const std::filesystem::path kBunny =
    MYO_SHARED_DATA_DIR "/formats/google_draco_testdata/bun_zipper.ply";

void importBunny(benchmark::State& state, bool inChild) {
  if (!std::filesystem::exists(kBunny)) {
    state.SkipWithError("../shared/data is missing");
    return;
  }
  for (auto _ : state) {
    auto model = inChild ? myo::importInChildProcess(kBunny, myo::importWithAssimp)
                         : myo::importWithAssimp(kBunny);
    if (!model.ok()) state.SkipWithError(model.error().message().c_str());
    benchmark::DoNotOptimize(model);
  }
}

void BM_AssimpBunnyInProcess(benchmark::State& state) {
  importBunny(state, false);
}
void BM_AssimpBunnyInChildProcess(benchmark::State& state) {
  importBunny(state, true);
}

}  // namespace

BENCHMARK(BM_AssimpBunnyInProcess)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AssimpBunnyInChildProcess)->Unit(benchmark::kMillisecond);
