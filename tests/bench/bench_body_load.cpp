// Opening big bodies: BodyParts3D's body GLB (862,830 triangles, 19.7 MB) and the same body with
// every triangle split in six (5,176,980 triangles), written once to the test output folder.
// Counters give the size, the model's memory and the cost per megabyte the window's progress bar
// assumes. Skips without ../shared/data.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "core/io/atomic_file.h"
#include "core/io/gltf_writer.h"
#include "core/io/model_loader.h"
#include "support/subdivision.h"

namespace {

namespace fs = std::filesystem;

const fs::path kBodyParts3d = MYO_SHARED_DATA_DIR "/bodyparts3d/bp3d_body.glb";
const fs::path kSixfold = MYO_TEST_OUTPUT_DIR "/bench/bp3d_body_sixfold.glb";

// The sixfold body's file, written on first use; empty with the reason in `error`.
fs::path sixfoldBody(std::string& error) {
  if (fs::exists(kSixfold)) return kSixfold;
  myo::Result<myo::LoadedBody> body = myo::loadBody({kBodyParts3d}, {});
  if (!body) {
    error = body.error().message();
    return {};
  }
  fs::create_directories(kSixfold.parent_path());
  const myo::Status written =
      myo::writeFileAtomic(kSixfold, myo::writeGlb(myo::test::subdividedSixfold(body->model)));
  if (!written) error = written.error().message();
  return written ? kSixfold : fs::path();
}

void loadFile(benchmark::State& state, const fs::path& file) {
  std::size_t triangles = 0, bytes = 0;
  for (auto _ : state) {
    myo::Result<myo::LoadedBody> body = myo::loadBody({file}, {});
    if (!body) {
      state.SkipWithError(body.error().message().c_str());
      return;
    }
    triangles = body->model.triangleCount();
    bytes = body->model.memoryBytes();
    benchmark::DoNotOptimize(body);
  }
  const double megabytes = static_cast<double>(fs::file_size(file)) / 1e6;
  state.counters["triangles"] = static_cast<double>(triangles);
  state.counters["file_MB"] = megabytes;
  state.counters["model_MiB"] = static_cast<double>(bytes) / (1 << 20);
  state.counters["s_per_MB"] =
      benchmark::Counter(megabytes * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_LoadBodyParts3dBody(benchmark::State& state) {
  if (!fs::exists(kBodyParts3d)) {
    state.SkipWithError("../shared/data is missing");
    return;
  }
  loadFile(state, kBodyParts3d);
}

void BM_LoadFiveMillionTriangles(benchmark::State& state) {
  std::string error = "../shared/data is missing";
  const fs::path file = fs::exists(kBodyParts3d) ? sixfoldBody(error) : fs::path();
  if (file.empty()) {
    state.SkipWithError(error.c_str());
    return;
  }
  loadFile(state, file);
}

}  // namespace

BENCHMARK(BM_LoadBodyParts3dBody)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
BENCHMARK(BM_LoadFiveMillionTriangles)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
