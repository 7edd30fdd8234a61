// AppState: a new body resets selection and visibility and gets its picking BVH in the background.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "app/app_state.h"
#include "app/body_source.h"
#include "support/test_paths.h"

namespace {

myo::LoadedBody defaultBody() {
  auto body = myo::loadBodyOrDefault({}, {});
  REQUIRE(body.ok());
  return std::move(body.value());
}

}  // namespace

TEST_CASE("setBody resets the view state and the BVH arrives in the background", "[state]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "state-recent.txt"),
                      myo::test::scratch() / "state-treatment-log.tsv");
  state.selectedPart = 3;
  state.setBody(defaultBody());
  state.setBody(defaultBody());  // replacing a body while its BVH builds is safe
  CHECK(state.selectedPart == -1);
  CHECK(state.partVisible.size() == state.body.model.parts.size());
  CHECK(state.modelChanged);
  for (int i = 0; i < 500 && state.bvh.triangleCount() == 0; ++i) {
    state.collectBvh();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  CHECK(state.bvh.triangleCount() == state.body.model.triangleCount());
  // A ray from the front at chest height hits the body.
  const auto hit = state.bvh.intersect({{0.0f, 1.3f, 3.0f}, {0.0f, 0.0f, -1.0f}});
  CHECK(hit.has_value());
}
