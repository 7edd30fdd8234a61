// Referrals are painted where they can be seen: on the skin while it shows, on the muscles once
// it is clear or hidden, and back.
#include <catch2/catch.hpp>

#include <set>

#include "app/apply_intents.h"
#include "app/referral_bridge.h"
#include "support/bundled_body_state.h"
#include "support/test_paths.h"

namespace {

// Lets the playback compute until the fields are ready; the kinds they paint.
std::set<myo::PartKind> paintedKinds(myo::AppState& state) {
  myo::test::waitForReferralFields(state);
  std::set<myo::PartKind> kinds;
  for (const myo::PaintedPart& painted : *state.referral.readyFields())
    kinds.insert(state.body.model.parts[painted.part].kind);
  return kinds;
}

}  // namespace

TEST_CASE("a clear skin hands the referral to the muscles under it", "[referral]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "seen-recent.txt"),
                      myo::test::scratch() / "seen-log.tsv");
  myo::test::openBundledBody(state);
  myo::UiIntents choose;
  choose.selectTriggerPoint = myo::test::placedIndex(state, "soleus_1.R");
  (void)myo::applyIntents(choose, state);
  CHECK(paintedKinds(state) == std::set<myo::PartKind>{myo::PartKind::Skin});

  myo::UiIntents clear;
  clear.setSkinOpacity = 0.0f;
  (void)myo::applyIntents(clear, state);
  myo::paintWhereSeen(state);
  CHECK(state.referral.onMuscles());
  const std::set<myo::PartKind> under = paintedKinds(state);
  CHECK(under.count(myo::PartKind::Skin) == 0);
  CHECK(under.count(myo::PartKind::Muscle) == 1);

  myo::UiIntents back;
  back.setSkinOpacity = 0.3f;
  (void)myo::applyIntents(back, state);
  myo::paintWhereSeen(state);
  CHECK(paintedKinds(state) == std::set<myo::PartKind>{myo::PartKind::Skin});
}
