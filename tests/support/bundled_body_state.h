// An AppState with the bundled body open and the atlas placed on it, for app tests that drive
// the bridges. Tests only; opening takes a few seconds (the body's preparation runs in the
// background and is waited for).
#pragma once

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "app/app_state.h"
#include "app/body_source.h"

namespace myo::test {

// Opens the bundled body in `state` and waits (up to 60 s) until the atlas is placed on it.
inline void openBundledBody(AppState& state) {
  auto body = loadBodyOrDefault({}, {});
  REQUIRE(body.ok());
  state.setBody(std::move(body.value()));
  for (int i = 0; i < 6000 && !state.placedAtlas.ready(); ++i) {
    state.placedAtlas.update();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  REQUIRE(state.placedAtlas.ready());
}

// Updates the referral playback until the chosen points' fields are painted (up to 60 s); fails
// the test when they never are.
inline void waitForReferralFields(AppState& state) {
  for (int i = 0; i < 6000 && state.referral.readyFields() == nullptr; ++i) {
    state.referral.update(0.0f);
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  REQUIRE(state.referral.readyFields() != nullptr);
}

// The index of the placed point labelled `label` ("upper_trapezius_1.R"); fails when absent.
inline int placedIndex(const AppState& state, const std::string& label) {
  const auto& placed = state.placedAtlas.placed();
  for (std::size_t i = 0; i < placed.size(); ++i)
    if (placed[i].label() == label) return static_cast<int>(i);
  FAIL("no placed trigger point " << label);
  return -1;
}

}  // namespace myo::test
