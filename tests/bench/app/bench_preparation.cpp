// What the window prepares for a body after its first frame, stage by stage, on the bundled body
// and on BodyParts3D: the time of each stage and the heap it keeps (malloc's bytes in use after
// the stage minus before, all arenas), plus the GPU buffers the heatmap and the pain drawing
// add per render vertex. One iteration per body; the counters are the table in
// docs/benchmarks.md ("Memory held by the preparations").
#include <benchmark/benchmark.h>

#include <malloc.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

#include "app/atlas_placement.h"
#include "app/body_source.h"
#include "core/geometry/triangle_bvh.h"
#include "core/referral/compact_field.h"
#include "core/referral/drawing_match.h"
#include "core/referral/pain_drawing.h"
#include "core/referral/paint_surface.h"
#include "core/referral/referral_field.h"
#include "core/referral/referral_limits.h"

namespace {

// Bytes malloc holds in use now (small chunks in every arena and mmapped ones). O(arenas).
double heapMiB() {
  const struct mallinfo2 info = mallinfo2();
  return static_cast<double>(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}

// Times one stage and records the heap it left behind as counters NAME_ms and NAME_MiB.
class StageMeter {
 public:
  explicit StageMeter(benchmark::State& state) : state_(state) {}
  template <typename Work>
  void stage(const std::string& name, Work&& work) {
    const double before = heapMiB();
    const auto start = std::chrono::steady_clock::now();
    work();
    state_.counters[name + "_ms"] =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    const double held = heapMiB() - before;
    state_.counters[name + "_MiB"] = held;
    total_ += held;
  }
  [[nodiscard]] double totalMiB() const { return total_; }

 private:
  benchmark::State& state_;
  double total_ = 0.0;
};

// A painted surface as the window keeps it: the mesh, its distance solver, its shape and the
// matcher for pain drawings.
struct KeptSurface {
  myo::PaintSurface paint;
  std::unique_ptr<myo::SurfaceDistance> distance;
  myo::SurfaceShape shape;
  std::unique_ptr<myo::DrawingMatcher> matcher;
};

void prepare(benchmark::State& state, const std::vector<std::filesystem::path>& inputs) {
  for (auto _ : state) {
    StageMeter meter(state);
    std::optional<myo::LoadedBody> body;
    meter.stage("body", [&] {
      auto loaded = myo::loadBodyOrDefault(inputs, {});
      if (loaded) body = std::move(loaded.value());
    });
    if (!body) return state.SkipWithError("the body does not load");
    const myo::Model& model = body->model;
    myo::TriangleBvh bvh;
    meter.stage("bvh", [&] { bvh = myo::TriangleBvh::build(model); });
    std::optional<myo::AtlasPlacement> placement;
    meter.stage("placement", [&] {
      auto placed = myo::placeBundledAtlas(model);
      if (placed) placement = std::move(placed.value());
    });
    if (!placement) return state.SkipWithError("the atlas does not place");
    KeptSurface surface;
    const auto keep = [&](KeptSurface& kept, const std::string& name,
                          const std::vector<myo::PartKind>& hidden) {
      meter.stage(name + "_weld", [&] { kept.paint = myo::paintSurface(model, hidden); });
      meter.stage(name + "_distance", [&] { kept.distance = myo::surfaceDistance(kept.paint); });
      meter.stage(name + "_matcher", [&] {
        kept.shape = myo::surfaceShape(kept.paint.mesh);
        kept.matcher = std::make_unique<myo::DrawingMatcher>(
            kept.paint.mesh, kept.shape, placement->placed, placement->landmarks);
      });
    };
    keep(surface, "surface", {});
    KeptSurface muscles;  // under a skin, the muscles' own surface for when the skin is hidden
    if (surface.paint.onSkin) keep(muscles, "muscles", {myo::PartKind::Skin});
    std::vector<myo::CompactField> fields;
    meter.stage("fields", [&] {
      for (const myo::PlacedTriggerPoint& point : placement->placed)
        fields.push_back(myo::compactField(myo::referralField(surface.paint.mesh, *surface.distance,
                                                              point, placement->landmarks,
                                                              surface.paint.zonePainting())));
    });
    const auto vertices = static_cast<double>(model.vertexCount());
    const double referralGpu =
        vertices * static_cast<double>(myo::kMaxReferralFields * 3 * sizeof(float)) / (1 << 20);
    const double painGpu = vertices * 2 * sizeof(float) / (1 << 20);
    state.counters["gpu_referral_MiB"] = referralGpu;
    state.counters["gpu_pain_MiB"] = painGpu;
    state.counters["points"] = static_cast<double>(placement->placed.size());
    state.counters["surface_vertices"] = static_cast<double>(surface.paint.mesh.positions.size());
    state.counters["total_MiB"] = meter.totalMiB() + referralGpu + painGpu;
  }
}

void BM_PrepareBundled(benchmark::State& state) {
  prepare(state, {});
}
BENCHMARK(BM_PrepareBundled)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_PrepareBodyParts3D(benchmark::State& state) {
  const std::filesystem::path file =
      std::filesystem::path(MYO_SHARED_DATA_DIR) / "bodyparts3d/bp3d_body.glb";
  if (!std::filesystem::exists(file)) return state.SkipWithError("no ../shared/data/bodyparts3d");
  prepare(state, {file});
}
BENCHMARK(BM_PrepareBodyParts3D)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
