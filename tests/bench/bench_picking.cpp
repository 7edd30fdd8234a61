// Ray picking cost: BVH build and closest-hit queries on a 1M-triangle sphere shell mesh.
#include <benchmark/benchmark.h>

#include <cmath>
#include <random>

#include "core/geometry/triangle_bvh.h"
#include "support/test_meshes.h"

namespace {

// A body-sized closed surface of about `triangles` triangles: a unit UV sphere stretched to
// 0.5 × 1.75 × 0.3 m, so rays behave as they do on a real body.
myo::Model stretchedSphere(int triangles) {
  const int rings = static_cast<int>(std::sqrt(triangles / 4.0));
  myo::Part part = myo::test::spherePart("shell", glm::vec3(0.0f), 1.0f, rings);
  for (glm::vec3& p : part.positions) p *= glm::vec3(0.25f, 0.875f, 0.15f);
  myo::Model model;
  model.parts.push_back(std::move(part));
  return model;
}

void BM_BvhBuild1M(benchmark::State& state) {
  const myo::Model model = stretchedSphere(1'000'000);
  for (auto _ : state) benchmark::DoNotOptimize(myo::TriangleBvh::build(model));
  state.counters["triangles"] = static_cast<double>(model.triangleCount());
}
BENCHMARK(BM_BvhBuild1M)->Unit(benchmark::kMillisecond);

void BM_BvhPickOneRay1M(benchmark::State& state) {
  const myo::Model model = stretchedSphere(1'000'000);
  const myo::TriangleBvh bvh = myo::TriangleBvh::build(model);
  std::mt19937 rng(3);
  std::uniform_real_distribution<float> jitter(-0.2f, 0.2f);
  std::vector<myo::Ray> rays;
  for (int i = 0; i < 1024; ++i)  // camera rays from 3 m in front towards the body
    rays.push_back(
        {{0.0f, 0.0f, 3.0f}, glm::normalize(glm::vec3(jitter(rng), 4.0f * jitter(rng), -3.0f))});
  std::size_t i = 0, hits = 0;
  for (auto _ : state) {
    const auto hit = bvh.intersect(rays[i++ % rays.size()]);
    hits += hit.has_value();
    benchmark::DoNotOptimize(hit);
  }
  state.counters["triangles"] = static_cast<double>(model.triangleCount());
  state.counters["hit_rate"] = static_cast<double>(hits) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_BvhPickOneRay1M)->Unit(benchmark::kMicrosecond);

}  // namespace
