// The placed atlas and the referral playback: the body is prepared in the background, a
// selection computes its field for the skin's render vertices (or takes it from the fields
// computed in the background), and the clock plays, loops or stops.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <thread>

#include "app/body_source.h"
#include "app/referral_playback.h"

namespace {

// Runs both updates until `done` holds or 60 s pass.
template <class Done>
void pump(myo::PlacedAtlas& atlas, myo::ReferralPlayback& state, Done done) {
  for (int i = 0; i < 6000 && !done(); ++i) {
    atlas.update();
    state.update(0.0f);
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

}  // namespace

TEST_CASE("a selected trigger point's field arrives for every skin vertex", "[referral][threads]") {
  const myo::Result<myo::LoadedBody> body = myo::loadBodyOrDefault({}, {});
  REQUIRE(body.ok());
  myo::PlacedAtlas atlas;
  myo::ReferralPlayback state(atlas);
  atlas.setBody(body->model);
  CHECK(atlas.placed().empty());
  // The progress bar fills while the body is prepared, and goes once it is ready.
  std::vector<float> seen;
  pump(atlas, state, [&] {
    if (const auto p = atlas.progress()) seen.push_back(*p);
    return atlas.ready();
  });
  REQUIRE(!seen.empty());
  CHECK(std::is_sorted(seen.begin(), seen.end()));
  CHECK(seen.front() >= 0.0f);
  CHECK(seen.back() <= 1.0f);
  CHECK(seen.back() > seen.front());
  REQUIRE(atlas.ready());
  std::vector<std::string> labels;
  for (const myo::PlacedTriggerPoint& point : atlas.placed()) labels.push_back(point.label());
  CHECK(labels.size() >= 120);
  CHECK(labels.front() == "upper_trapezius_1.L");
  state.selectWhenReady({"soleus_1", "upper_trapezius_1.L"});
  state.update(0.0f);
  REQUIRE(state.selection.size() == 2);
  CHECK(labels[static_cast<std::size_t>(state.selection[0])] == "soleus_1.R");
  CHECK(labels[static_cast<std::size_t>(state.selection[1])] == "upper_trapezius_1.L");
  std::optional<std::vector<myo::PaintedPart>> fields;
  pump(atlas, state, [&] { return (fields = state.takeFields()).has_value(); });
  REQUIRE(fields);
  REQUIRE(fields->size() == 1);  // the skin alone
  const myo::Part& skin = body->model.parts[fields->front().part];
  CHECK(skin.kind == myo::PartKind::Skin);
  REQUIRE(fields->front().fields.size() == 2);  // both, in the order chosen
  for (const std::vector<glm::vec3>& field : fields->front().fields) {
    CHECK(field.size() == skin.positions.size());
    std::size_t essential = 0;
    for (const glm::vec3& v : field) essential += v.y > 0.5f ? 1 : 0;
    CHECK(essential > 10);
  }
  CHECK(state.status().empty());
  CHECK(atlas.status().empty());
  // Toggling one off publishes the other alone at once (its field is cached).
  state.toggle(state.selection[1]);
  REQUIRE(state.selection.size() == 1);
  const auto single = state.takeFields();
  REQUIRE(single);
  REQUIRE(single->size() == 1);
  CHECK(single->front().fields.size() == 1);
}

TEST_CASE("the clock plays at its speed, loops, or stops at the end", "[referral]") {
  const myo::PlacedAtlas atlas;  // nothing placed: the clock still runs
  myo::ReferralPlayback state(atlas);
  state.selection = {0};  // the clock runs for any selection
  state.speed = 2.0f;
  state.update(1.5f);
  CHECK(state.seconds == Approx(3.0f));
  state.update(4.0f);  // 11 s: loops to 1 s
  CHECK(state.seconds == Approx(1.0f));
  state.loop = false;
  state.update(10.0f);
  CHECK(state.seconds == Approx(state.animation.loopTime));
  CHECK_FALSE(state.playing);
  state.update(1.0f);
  CHECK(state.seconds == Approx(state.animation.loopTime));
}

TEST_CASE("the background fields match the direct computation and make a choice instant",
          "[referral][threads]") {
  const myo::Result<myo::LoadedBody> body = myo::loadBodyOrDefault({}, {});
  REQUIRE(body.ok());
  myo::PlacedAtlas atlas;
  myo::ReferralPlayback state(atlas);
  atlas.setBody(body->model);
  CHECK(state.precomputed() == nullptr);  // nothing until the atlas is placed
  constexpr std::size_t kCompared = 3;
  pump(atlas, state,
       [&] { return state.precomputed() != nullptr && state.precomputed()->count() >= kCompared; });
  const myo::PrecomputedFields* precomputed = state.precomputed();
  REQUIRE(precomputed != nullptr);
  REQUIRE(precomputed->count() >= kCompared);
  CHECK(precomputed->bytes() > 0);
  const myo::PlacedAtlas::Surface* surface = atlas.surface();
  REQUIRE(surface != nullptr);
  for (int index = 0; index < static_cast<int>(kCompared); ++index) {
    const myo::CompactField* kept = precomputed->find(index);
    REQUIRE(kept != nullptr);
    const myo::ReferralField direct = myo::referralField(
        surface->paint.mesh, *surface->distance, atlas.placed()[static_cast<std::size_t>(index)],
        *atlas.landmarks(), surface->paint.zonePainting());
    const myo::ReferralField back = myo::expandedField(*kept);
    REQUIRE(back.distance.size() == direct.distance.size());
    float distanceError = 0.0f, weightError = 0.0f;
    std::size_t painted = 0;
    for (std::size_t v = 0; v < direct.distance.size(); ++v) {
      REQUIRE(std::isinf(back.distance[v]) == std::isinf(direct.distance[v]));
      if (!std::isinf(direct.distance[v]))
        distanceError = std::max(distanceError, std::abs(back.distance[v] - direct.distance[v]));
      weightError = std::max({weightError, std::abs(back.essential[v] - direct.essential[v]),
                              std::abs(back.spillover[v] - direct.spillover[v])});
      painted += direct.essential[v] > 0.5f ? 1 : 0;
    }
    INFO(atlas.placed()[static_cast<std::size_t>(index)].label());
    CHECK(painted > 10);
    CHECK(distanceError < 0.05e-3f);  // 0.05 mm
    CHECK(weightError < 1e-4f);
  }
  // A point the background has computed is shown on the same call that chooses it.
  state.select(1);
  CHECK_FALSE(state.busy());
  const auto fields = state.takeFields();
  REQUIRE(fields);
  REQUIRE(fields->size() == 1);
  CHECK(fields->front().fields.size() == 1);
}
