// Classroom work on the bundled body: generating a 10-question quiz of each kind, a trigger
// point's handout content, and laying out and writing one handout page with two 300 dpi
// pictures as PDF. The body is opened and the atlas placed once, before timing.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "bench/app/bundled_state.h"
#include "core/handout/handout_page.h"
#include "core/quiz/quiz_generator.h"
#include "print/handout_pdf.h"

namespace {

using myo::bench::bundledState;

void BM_QuizGenerate10(benchmark::State& bench) {
  const myo::AppState& state = bundledState();
  const auto kind = static_cast<myo::QuizKind>(bench.range(0));
  std::uint32_t seed = 1;
  for (auto _ : bench)
    benchmark::DoNotOptimize(myo::generateQuiz(kind, "", 10, seed++, state.placedAtlas.placed(),
                                               *state.placedAtlas.landmarks()));
  bench.SetLabel(std::string(myo::quizKindWord(kind)));
}
BENCHMARK(BM_QuizGenerate10)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

const myo::TriggerPoint& infraspinatus() {
  return *bundledState().placedAtlas.atlas()->findTriggerPoint("infraspinatus_1");
}

void BM_HandoutContent(benchmark::State& bench) {
  const myo::Atlas& atlas = *bundledState().placedAtlas.atlas();
  for (auto _ : bench)
    benchmark::DoNotOptimize(myo::triggerPointHandout(atlas, infraspinatus(), 'R'));
}
BENCHMARK(BM_HandoutContent)->Unit(benchmark::kMicrosecond);

// One page (it continues on a second) with two pictures the size the handout renders them.
void BM_HandoutPdfPage(benchmark::State& bench) {
  const myo::Atlas& atlas = *bundledState().placedAtlas.atlas();
  myo::PrintedPage page{myo::triggerPointHandout(atlas, infraspinatus(), 'R'), {}};
  const myo::PictureSlot slot = myo::pictureSlot(myo::Paper::A4);
  const int width = static_cast<int>(slot.width * 300.0 / 72.0);
  const int height = static_cast<int>(slot.height * 300.0 / 72.0);
  for (const char* caption : {"From the back", "From the front"})
    page.pictures.push_back({myo::Image::filled(width, height, 180, 90, 70), caption});
  const std::filesystem::path file = std::filesystem::temp_directory_path() / "myoscope-bench.pdf";
  for (auto _ : bench)
    benchmark::DoNotOptimize(
        myo::writeHandoutPdf({page}, myo::Paper::A4, myo::Colormap::Warm, "bench", file));
  std::filesystem::remove(file);
}
BENCHMARK(BM_HandoutPdfPage)->Unit(benchmark::kMillisecond);

}  // namespace
