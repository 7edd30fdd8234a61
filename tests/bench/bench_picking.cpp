// Ray picking cost: BVH build and closest-hit queries on a 1M-triangle sphere shell mesh.
#include <benchmark/benchmark.h>

#include <cmath>
#include <numbers>
#include <random>

#include "core/triangle_bvh.h"

namespace {

// A body-sized closed surface with about `triangles` triangles (a UV sphere of radius 0.5 m
// stretched to 1.75 m tall), so rays behave as they do on a real body.
myo::Model stretchedSphere(int triangles) {
  const int slices = static_cast<int>(std::sqrt(triangles / 2.0));
  const int rings = slices;
  myo::Part part;
  part.name = "shell";
  for (int r = 0; r <= rings; ++r) {
    const float theta =
        std::numbers::pi_v<float> * static_cast<float>(r) / static_cast<float>(rings);
    for (int s = 0; s < slices; ++s) {
      const float phi =
          2.0f * std::numbers::pi_v<float> * static_cast<float>(s) / static_cast<float>(slices);
      part.positions.emplace_back(0.25f * std::sin(theta) * std::cos(phi), 0.875f * std::cos(theta),
                                  0.15f * std::sin(theta) * std::sin(phi));
    }
  }
  for (int r = 0; r < rings; ++r) {
    for (int s = 0; s < slices; ++s) {
      const auto a = static_cast<std::uint32_t>(r * slices + s);
      const auto b = static_cast<std::uint32_t>(r * slices + (s + 1) % slices);
      const auto c = a + static_cast<std::uint32_t>(slices),
                 d = b + static_cast<std::uint32_t>(slices);
      part.indices.insert(part.indices.end(), {a, b, c, b, d, c});
    }
  }
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
