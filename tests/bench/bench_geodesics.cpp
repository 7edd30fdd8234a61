// Geodesic field costs on the bundled body's skin: welding, the heat method's factorization and
// one distance query, Dijkstra for comparison, and a trigger point's whole referral field.
#include <benchmark/benchmark.h>

#include "core/geodesics.h"
#include "core/gltf_importer.h"
#include "core/referral_field.h"
#include "support/bundled_atlas.h"

namespace {

const myo::Part& bundledSkin() {
  static const myo::Model body = myo::importGltf(MYO_BUNDLED_BODY_FILE).value();
  for (const myo::Part& part : body.parts)
    if (part.kind == myo::PartKind::Skin) return part;
  return body.parts.front();
}

void BM_WeldSkin(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(myo::weldSurface({&bundledSkin()}));
  const myo::SurfaceMesh mesh = myo::weldSurface({&bundledSkin()});
  state.counters["vertices"] = static_cast<double>(mesh.positions.size());
  state.counters["faces"] = static_cast<double>(mesh.faces.size());
}
BENCHMARK(BM_WeldSkin)->Unit(benchmark::kMillisecond);

void BM_HeatFactorSkin(benchmark::State& state) {
  const myo::SurfaceMesh mesh = myo::weldSurface({&bundledSkin()});
  for (auto _ : state) benchmark::DoNotOptimize(myo::HeatGeodesics(mesh));
}
BENCHMARK(BM_HeatFactorSkin)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_HeatQuerySkin(benchmark::State& state) {
  const myo::SurfaceMesh mesh = myo::weldSurface({&bundledSkin()});
  const myo::HeatGeodesics heat(mesh);
  std::uint32_t source = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(heat.distances({source}));
    source = (source + 7919) % static_cast<std::uint32_t>(mesh.positions.size());
  }
}
BENCHMARK(BM_HeatQuerySkin)->Unit(benchmark::kMillisecond);

void BM_DijkstraSkin(benchmark::State& state) {
  const myo::SurfaceMesh mesh = myo::weldSurface({&bundledSkin()});
  for (auto _ : state) benchmark::DoNotOptimize(myo::dijkstraDistances(mesh, {0}));
}
BENCHMARK(BM_DijkstraSkin)->Unit(benchmark::kMillisecond);

}  // namespace

namespace {

// Selecting a trigger point: its field (one heat query for the knot and one per zone side).
void BM_ReferralFieldUpperTrapezius(benchmark::State& state) {
  static const myo::Model body = myo::importGltf(MYO_BUNDLED_BODY_FILE).value();
  const myo::AtlasLoad& load = myo::test::bundledAtlasLoad();
  if (!load.ok()) return;
  const myo::BodyLandmarks marks = myo::bodyLandmarks(body, body);
  const auto placed = myo::anchorAtlas(load.atlas, body, marks);
  const myo::SurfaceMesh mesh = myo::weldSurface({&bundledSkin()});
  const myo::HeatGeodesics heat(mesh);
  const myo::PlacedTriggerPoint& trapezius = placed.front();  // upper_trapezius_1.L
  for (auto _ : state) benchmark::DoNotOptimize(myo::referralField(mesh, heat, trapezius, marks));
  state.counters["zones"] =
      static_cast<double>(trapezius.point->essential.size() + trapezius.point->spillover.size());
}
BENCHMARK(BM_ReferralFieldUpperTrapezius)->Unit(benchmark::kMillisecond);

}  // namespace
