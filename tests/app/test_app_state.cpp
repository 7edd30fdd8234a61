// AppState: a new body resets selection and visibility and gets its picking BVH in the background.
#include <catch2/catch.hpp>

#include <algorithm>
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

TEST_CASE("setBody resets the view state and the BVH arrives in the background",
          "[state][threads]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "state-recent.txt"),
                      myo::test::scratch() / "state-treatment-log.tsv");
  state.setBody(defaultBody());
  state.selectPart(3);
  state.setAllPartsVisible(false);
  (void)state.takeChanges();
  state.setBody(defaultBody());  // replacing a body while its BVH builds is safe
  CHECK(state.selectedPart() == -1);
  CHECK(state.partVisible().size() == state.body.model.parts.size());
  CHECK(std::all_of(state.partVisible().begin(), state.partVisible().end(),
                    [](std::uint8_t v) { return v == 1; }));
  const myo::StateChanges changes = state.takeChanges();
  CHECK(changes.model);
  CHECK(changes.visibility);
  const myo::StateChanges none = state.takeChanges();  // taken: nothing is left
  CHECK_FALSE(none.model);
  CHECK_FALSE(none.visibility);
  CHECK_FALSE(none.appearance);
  state.setPartVisible(0, false);
  const myo::StateChanges hidden = state.takeChanges();
  CHECK(hidden.visibility);
  CHECK_FALSE(hidden.model);
  CHECK_FALSE(hidden.appearance);
  state.selectPart(100000);  // out of range: none
  CHECK(state.selectedPart() == -1);
  for (int i = 0; i < 500 && state.bvh.triangleCount() == 0; ++i) {
    state.collectBvh();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  CHECK(state.bvh.triangleCount() == state.body.model.triangleCount());
  // A ray from the front at chest height hits the body.
  const auto hit = state.bvh.intersect({{0.0f, 1.3f, 3.0f}, {0.0f, 0.0f, -1.0f}});
  CHECK(hit.has_value());
}

TEST_CASE("a held preparation starts nothing until the window asks for it", "[state][threads]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "held-recent.txt"),
                      myo::test::scratch() / "held-treatment-log.tsv");
  state.setBody(defaultBody(), myo::AppState::Preparation::Held);
  CHECK(state.buildingBvh());  // held counts as on the way: picking and scripts wait for it
  CHECK(state.placedAtlas.busy());
  CHECK(state.placedAtlas.status() == "Preparing the body's surface for referral fields...");
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  state.collectBvh();
  CHECK(state.bvh.triangleCount() == 0);  // nothing was built while held
  CHECK_FALSE(state.placedAtlas.update());
  CHECK(state.placedAtlas.progress() == 0.0f);
  state.startPreparation();
  state.startPreparation();  // a second call starts nothing more
  for (int i = 0; i < 3000 && state.bvh.triangleCount() == 0; ++i) {
    state.collectBvh();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  CHECK(state.bvh.triangleCount() == state.body.model.triangleCount());
  CHECK_FALSE(state.buildingBvh());
  // The atlas's preparation runs now: its progress moves on from zero (or it is done).
  bool moving = false;
  for (int i = 0; i < 3000 && !moving; ++i) {
    moving = state.placedAtlas.update() || state.placedAtlas.progress().value_or(1.0f) > 0.0f;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  CHECK(moving);
}
