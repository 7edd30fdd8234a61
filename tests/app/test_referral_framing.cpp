// Choosing a trigger point frames its knot and the zones it refers to, turned to face them, as
// `render --fit-referral` does; a camera move of the user's own cancels the framing.
#include <catch2/catch.hpp>

#include "app/apply_intents.h"
#include "app/handout_views.h"
#include "app/referral_bridge.h"
#include "app/referral_framing.h"
#include "app/referral_paint.h"
#include "support/bundled_body_state.h"
#include "support/test_paths.h"

TEST_CASE("choosing a point frames its knot and its zones, facing them", "[referral]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "framing-recent.txt"),
                      myo::test::scratch() / "framing-log.tsv");
  myo::test::openBundledBody(state);
  state.viewAspect = 0.8f;  // a docked view, taller than wide
  myo::UiIntents choose;
  choose.selectTriggerPoint = myo::test::placedIndex(state, "upper_trapezius_1.R");
  (void)myo::applyIntents(choose, state);
  CHECK(state.frameReferralWhenReady);
  myo::test::waitForReferralFields(state);
  myo::frameChosenReferral(state);
  CHECK_FALSE(state.frameReferralWhenReady);
  state.camera.snap();

  const std::vector<myo::PaintedPart>& fields = *state.referral.readyFields();
  const myo::Bounds region = myo::referralRegion(state.body.model, fields, state.referral.knots());
  constexpr int kWidth = 800, kHeight = 1000;
  for (const glm::vec3& knot : state.referral.knots()) {
    const glm::vec2 at = state.camera.pixelOf(knot, kWidth, kHeight);
    CHECK(at.x > 0.0f);
    CHECK(at.x < kWidth);
    CHECK(at.y > 0.0f);
    CHECK(at.y < kHeight);
  }
  // The region's corners fill the view along one axis at least (it is fitted, not in a corner).
  glm::vec2 low(1e9f), high(-1e9f);
  for (int corner = 0; corner < 8; ++corner) {
    const glm::vec3 at((corner & 1) ? region.max.x : region.min.x,
                       (corner & 2) ? region.max.y : region.min.y,
                       (corner & 4) ? region.max.z : region.min.z);
    const glm::vec2 pixel = state.camera.pixelOf(at, kWidth, kHeight);
    low = glm::min(low, pixel);
    high = glm::max(high, pixel);
  }
  INFO("corners span " << low.x << "," << low.y << " to " << high.x << "," << high.y);
  CHECK(low.x >= -1.0f);
  CHECK(low.y >= -1.0f);
  CHECK(high.x <= kWidth + 1.0f);
  CHECK(high.y <= kHeight + 1.0f);
  CHECK(std::max((high.x - low.x) / kWidth, (high.y - low.y) / kHeight) > 0.8f);
  // The eye is on the side the zones face (the right side of the head and neck).
  const glm::vec3 towardsEye = glm::normalize(state.camera.eye() - region.center());
  CHECK(glm::dot(towardsEye, glm::normalize(myo::referralFacing(state.body.model, fields))) > 0.5f);
}

TEST_CASE("a camera move of the user's own cancels the framing a point waits for", "[referral]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "framing2-recent.txt"),
                      myo::test::scratch() / "framing2-log.tsv");
  myo::test::openBundledBody(state);
  myo::UiIntents choose;
  choose.selectTriggerPoint = myo::test::placedIndex(state, "soleus_1.R");
  (void)myo::applyIntents(choose, state);
  myo::UiIntents drag;
  myo::CameraMove rotate;
  rotate.amount = glm::vec2(40.0f, 0.0f);
  drag.cameraMoves.push_back(rotate);
  (void)myo::applyIntents(drag, state);
  CHECK_FALSE(state.frameReferralWhenReady);
  myo::test::waitForReferralFields(state);
  const myo::OrbitCamera::Pose before = state.camera.goal();
  myo::frameChosenReferral(state);
  CHECK(state.camera.goal() == before);
}

TEST_CASE("a handout pictures the knot's side first, then the side with most of the pain",
          "[referral][handout]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "views-recent.txt"),
                      myo::test::scratch() / "views-log.tsv");
  myo::test::openBundledBody(state);
  const myo::Model& model = state.body.model;
  // Infraspinatus: the knot on the shoulder blade, the pain deep in the front of the shoulder.
  myo::Result<myo::ReferralPaint> paint =
      myo::referralPaint(model, {"infraspinatus_1.R"}, 4.0f, myo::Colormap::Warm);
  REQUIRE(paint.ok());
  const std::vector<myo::HandoutView> views = myo::referralViews(model, *paint, 0.9f);
  REQUIRE(views.size() == 2);
  CHECK(views[0].caption == "From the back, where the knot is");
  CHECK(views[1].caption.find("back") == std::string::npos);
  const glm::vec3 back = -views[0].camera.forward();
  const glm::vec3 other = -views[1].camera.forward();
  CHECK(myo::referralVisibility(model, paint->parts, other) >
        myo::referralVisibility(model, paint->parts, -other));
  CHECK(glm::dot(myo::knotFacing(model, paint->parts, 0.04f), back) > 0.0f);
  constexpr int kWidth = 900, kHeight = 1000;
  const glm::vec2 knot = views[0].camera.pixelOf(paint->knots.front(), kWidth, kHeight);
  CHECK(knot.x > 0.0f);
  CHECK(knot.x < kWidth);
  CHECK(knot.y > 0.0f);
  CHECK(knot.y < kHeight);
  // Nothing painted faces nowhere and is seen from nowhere.
  CHECK(myo::referralVisibility(model, {}, back) == 0.0f);
  CHECK(glm::length(myo::knotFacing(model, {}, 0.04f)) == 0.0f);
}
