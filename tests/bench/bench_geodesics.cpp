// Geodesic field costs on the bundled body's skin: welding, the heat method's factorization and
// one distance query, Dijkstra for comparison, and a trigger point's whole referral field; on
// BodyParts3D (no skin) the bridged muscle surface's preparation and a field over its edge graph.
// Preparation benchmarks also report the resident memory they hold. Every placed point's field,
// kept compact as the app computes them in the background: the time for all and the bytes held.
#include <benchmark/benchmark.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>

#include "core/geometry/geodesics.h"
#include "core/io/gltf_importer.h"
#include "core/io/model_loader.h"
#include "core/referral/compact_field.h"
#include "core/referral/paint_surface.h"
#include "core/referral/referral_field.h"
#include "support/bundled_atlas.h"

namespace {

// Resident memory of this process (MiB), from /proc/self/statm. O(1).
double residentMiB() {
  std::ifstream statm("/proc/self/statm");
  double pages = 0.0, resident = 0.0;
  statm >> pages >> resident;
  return resident * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

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
  const double before = residentMiB();  // measured first, before the allocator keeps pages
  auto held = std::make_unique<myo::HeatGeodesics>(mesh);
  state.counters["held_MiB"] = residentMiB() - before;
  held.reset();
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

struct BundledPlaced {
  myo::Model body;
  myo::BodyLandmarks landmarks;
  std::vector<myo::PlacedTriggerPoint> placed;
};

// The bundled body with the atlas placed on it (its own landmarks); null when the atlas does not
// load. Built once.
const BundledPlaced* bundledPlaced() {
  static const std::unique_ptr<BundledPlaced> placed = []() -> std::unique_ptr<BundledPlaced> {
    const myo::AtlasLoad& atlas = myo::test::bundledAtlasLoad();
    if (!atlas.ok()) return nullptr;
    auto out = std::make_unique<BundledPlaced>();
    out->body = myo::importGltf(MYO_BUNDLED_BODY_FILE).value();
    out->landmarks = myo::bodyLandmarks(out->body, out->body);
    out->placed = myo::anchorAtlas(atlas.atlas, out->body, out->landmarks);
    return out;
  }();
  return placed.get();
}

// Selecting a trigger point: its field (one heat query for the knot and one per zone side).
void BM_ReferralFieldUpperTrapezius(benchmark::State& state) {
  const BundledPlaced* bundled = bundledPlaced();
  if (bundled == nullptr) return;
  const myo::SurfaceMesh mesh = myo::weldSurface({&bundledSkin()});
  const myo::HeatGeodesics heat(mesh);
  const myo::PlacedTriggerPoint& trapezius = bundled->placed.front();  // upper_trapezius_1.L
  for (auto _ : state)
    benchmark::DoNotOptimize(myo::referralField(mesh, heat, trapezius, bundled->landmarks));
  state.counters["zones"] =
      static_cast<double>(trapezius.point->essential.size() + trapezius.point->spillover.size());
}
BENCHMARK(BM_ReferralFieldUpperTrapezius)->Unit(benchmark::kMillisecond);

}  // namespace

namespace {

struct Bp3dMuscles {
  myo::Model body;
  myo::BodyLandmarks landmarks;
  std::vector<myo::PlacedTriggerPoint> placed;
};

// BodyParts3D's body with the atlas placed on it (landmarks moved from the bundled body); null
// without ../shared/data.
const Bp3dMuscles* bp3dMuscles() {
  static const std::unique_ptr<Bp3dMuscles> loaded = []() -> std::unique_ptr<Bp3dMuscles> {
    const auto file = std::filesystem::path(MYO_SHARED_DATA_DIR) / "bodyparts3d/bp3d_body.glb";
    myo::Result<myo::LoadedBody> body = myo::loadBody({file}, {});
    const myo::AtlasLoad& atlas = myo::test::bundledAtlasLoad();
    if (!body || !atlas.ok()) return nullptr;
    static const myo::Model reference = myo::importGltf(MYO_BUNDLED_BODY_FILE).value();
    auto out = std::make_unique<Bp3dMuscles>();
    out->body = std::move(body->model);
    out->landmarks = myo::bodyLandmarks(out->body, reference);
    out->placed = myo::anchorAtlas(atlas.atlas, out->body, out->landmarks);
    return out;
  }();
  return loaded.get();
}

// Once per body: weld the 40 muscles, bridge them, build the edge graph.
void BM_PrepareMusclesBodyParts3D(benchmark::State& state) {
  const Bp3dMuscles* bp3d = bp3dMuscles();
  if (bp3d == nullptr) return state.SkipWithError("no ../shared/data/bodyparts3d");
  {
    const double before = residentMiB();  // measured first, before the allocator keeps pages
    const myo::PaintSurface surface = myo::paintSurface(bp3d->body);
    const auto distance = myo::surfaceDistance(surface);
    state.counters["held_MiB"] = residentMiB() - before;
    state.counters["vertices"] = static_cast<double>(surface.mesh.positions.size());
    state.counters["bridges"] = static_cast<double>(surface.mesh.bridges.size());
  }
  for (auto _ : state) {
    const myo::PaintSurface surface = myo::paintSurface(bp3d->body);
    benchmark::DoNotOptimize(myo::surfaceDistance(surface));
  }
}
BENCHMARK(BM_PrepareMusclesBodyParts3D)->Unit(benchmark::kMillisecond)->Iterations(3);

// Selecting upper_trapezius_1.R there: its field over the bridged muscles' edge graph.
void BM_ReferralFieldBodyParts3D(benchmark::State& state) {
  const Bp3dMuscles* bp3d = bp3dMuscles();
  if (bp3d == nullptr) return state.SkipWithError("no ../shared/data/bodyparts3d");
  const myo::PaintSurface surface = myo::paintSurface(bp3d->body);
  const auto distance = myo::surfaceDistance(surface);
  const auto point = std::find_if(bp3d->placed.begin(), bp3d->placed.end(), [](const auto& p) {
    return p.point->id == "upper_trapezius_1" && p.side == 'R';
  });
  for (auto _ : state)
    benchmark::DoNotOptimize(myo::referralField(surface.mesh, *distance, *point, bp3d->landmarks,
                                                surface.zonePainting()));
}
BENCHMARK(BM_ReferralFieldBodyParts3D)->Unit(benchmark::kMillisecond);

}  // namespace

namespace {

// Every placed point's field on `mesh`, packed as the app's background fields keep them; counts
// the points, the bytes held and the time per point. One iteration: all of them.
void precomputeAll(benchmark::State& state, const myo::SurfaceMesh& mesh,
                   const myo::SurfaceDistance& distance,
                   const std::vector<myo::PlacedTriggerPoint>& placed,
                   const myo::BodyLandmarks& landmarks, const myo::ZonePainting& painting) {
  std::size_t bytes = 0;
  for (auto _ : state) {
    bytes = 0;
    for (const myo::PlacedTriggerPoint& point : placed)
      bytes +=
          myo::compactField(myo::referralField(mesh, distance, point, landmarks, painting)).bytes();
  }
  state.counters["points"] = static_cast<double>(placed.size());
  state.counters["held_MiB"] = static_cast<double>(bytes) / (1024.0 * 1024.0);
  state.counters["full_size_MiB"] =
      static_cast<double>(placed.size() * mesh.positions.size() * 3 * sizeof(float)) /
      (1024.0 * 1024.0);
}

void BM_PrecomputeAllFieldsBundled(benchmark::State& state) {
  const BundledPlaced* bundled = bundledPlaced();
  if (bundled == nullptr) return state.SkipWithError("the bundled atlas does not load");
  const myo::PaintSurface surface = myo::paintSurface(bundled->body);
  const auto distance = myo::surfaceDistance(surface);
  precomputeAll(state, surface.mesh, *distance, bundled->placed, bundled->landmarks,
                surface.zonePainting());
}
BENCHMARK(BM_PrecomputeAllFieldsBundled)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_PrecomputeAllFieldsBodyParts3D(benchmark::State& state) {
  const Bp3dMuscles* bp3d = bp3dMuscles();
  if (bp3d == nullptr) return state.SkipWithError("no ../shared/data/bodyparts3d");
  const myo::PaintSurface surface = myo::paintSurface(bp3d->body);
  const auto distance = myo::surfaceDistance(surface);
  precomputeAll(state, surface.mesh, *distance, bp3d->placed, bp3d->landmarks,
                surface.zonePainting());
}
BENCHMARK(BM_PrecomputeAllFieldsBodyParts3D)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
