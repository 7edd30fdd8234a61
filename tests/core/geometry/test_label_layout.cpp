// Label placement: columns at the sides, no overlaps, leaders that do not cross, hidden anchors
// dropped or dimmed, and what does not fit left out, on fixed and seeded random sets of views.
#include <catch2/catch.hpp>

#include <random>

#include "core/geometry/label_layout.h"

namespace {

myo::LabelRequest request(float x, float y, float width = 120.0f, bool hidden = false,
                          bool keep = false) {
  return {{x, y}, {width, 18.0f}, hidden, keep};
}

void checkNoOverlapsInside(const std::vector<myo::PlacedLabel>& placed, const myo::LabelBox& view) {
  for (std::size_t i = 0; i < placed.size(); ++i) {
    const myo::LabelBox& box = placed[i].box;
    CHECK(box.min.x >= view.min.x);
    CHECK(box.min.y >= view.min.y - 0.01f);
    CHECK(box.max().x <= view.max().x);
    CHECK(box.max().y <= view.max().y + 0.01f);
    for (std::size_t j = i + 1; j < placed.size(); ++j) {
      INFO(i << " and " << j);
      CHECK_FALSE(myo::boxesOverlap(box, placed[j].box));
    }
  }
}

std::size_t crossings(const std::vector<myo::PlacedLabel>& placed,
                      const std::vector<myo::LabelRequest>& requests) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < placed.size(); ++i)
    for (std::size_t j = i + 1; j < placed.size(); ++j)
      count += myo::segmentsCross(placed[i].leaderStart, requests[placed[i].request].anchor,
                                  placed[j].leaderStart, requests[placed[j].request].anchor)
                   ? 1
                   : 0;
  return count;
}

}  // namespace

TEST_CASE("segments cross only when they pass through each other", "[labels]") {
  CHECK(myo::segmentsCross({0, 0}, {10, 10}, {0, 10}, {10, 0}));
  CHECK_FALSE(myo::segmentsCross({0, 0}, {10, 0}, {0, 5}, {10, 5}));  // parallel
  CHECK_FALSE(myo::segmentsCross({0, 0}, {5, 5}, {5, 5}, {10, 0}));   // a shared end
  CHECK_FALSE(myo::segmentsCross({0, 0}, {4, 4}, {6, 0}, {10, -4}));  // apart
}

TEST_CASE("labels go to the side of their anchor, level with it when there is room", "[labels]") {
  const myo::LabelBox view{{0, 0}, {1000, 600}};
  const std::vector<myo::LabelRequest> requests = {request(300, 100), request(700, 300),
                                                   request(450, 500)};
  const auto placed = myo::layoutLabels(requests, view);
  REQUIRE(placed.size() == 3);
  for (const myo::PlacedLabel& label : placed) {
    const myo::LabelRequest& r = requests[label.request];
    CHECK(label.left == (r.anchor.x < 500));
    CHECK(label.box.min.y + 9.0f == Approx(r.anchor.y));  // level
    if (label.left) CHECK(label.box.max().x == 128.0f);   // one label: the column is its width
    if (!label.left) CHECK(label.box.max().x == 992.0f);
    CHECK(label.leaderStart.x == (label.left ? label.box.max().x : label.box.min.x));
  }
}

TEST_CASE("crowded anchors stack without overlapping, and what does not fit is left out",
          "[labels]") {
  const myo::LabelBox view{{0, 0}, {800, 200}};
  std::vector<myo::LabelRequest> requests;
  for (int i = 0; i < 20; ++i) requests.push_back(request(300, 100.0f + static_cast<float>(i)));
  requests.push_back(request(310, 100, 90.0f, false, true));  // kept: always in
  const auto placed = myo::layoutLabels(requests, view);
  CHECK(placed.size() == 9);  // 9 × 18 + 8 × 4 = 194 ≤ 200; a tenth would not fit
  checkNoOverlapsInside(placed, view);
  CHECK(std::any_of(placed.begin(), placed.end(),
                    [](const myo::PlacedLabel& p) { return p.request == 20; }));
}

TEST_CASE("a label wider than its column's share of the view is left out", "[labels]") {
  const myo::LabelBox view{{0, 0}, {600, 400}};
  const auto placed =
      myo::layoutLabels({request(100, 100, 190.0f), request(100, 200, 170.0f)}, view);
  REQUIRE(placed.size() == 1);  // 190 px is more than 30 % of 600
  CHECK(placed[0].request == 1);
}

TEST_CASE("hidden anchors are dropped, or dimmed when the label is kept", "[labels]") {
  const myo::LabelBox view{{0, 0}, {800, 600}};
  const std::vector<myo::LabelRequest> requests = {
      request(200, 100, 100, true), request(200, 300, 100, true, true), request(600, 300)};
  const auto placed = myo::layoutLabels(requests, view);
  REQUIRE(placed.size() == 2);
  for (const myo::PlacedLabel& label : placed) {
    CHECK(label.request != 0);
    CHECK(label.dimmed == (label.request == 1));
  }
}

TEST_CASE(
    "on random sets of anchors, views and sizes labels never overlap and leaders do not "
    "cross",
    "[labels]") {
  std::mt19937 random(20261202);
  std::uniform_real_distribution<float> unit(0.0f, 1.0f);
  const glm::vec2 sizes[] = {{640, 400}, {1280, 800}, {1920, 1080}, {800, 1200}};
  std::size_t total = 0;
  for (int trial = 0; trial < 200; ++trial) {
    const glm::vec2 size = sizes[trial % 4];
    const myo::LabelBox view{{30, 20}, size};
    std::vector<myo::LabelRequest> requests;
    const int count = 1 + trial % 30;
    for (int i = 0; i < count; ++i) {
      // Anchors on a body in the middle third, as a framed figure is.
      const float x = view.min.x + size.x * (0.33f + 0.34f * unit(random));
      const float y = view.min.y + size.y * (0.05f + 0.9f * unit(random));
      requests.push_back(
          request(x, y, 60.0f + 140.0f * unit(random), unit(random) < 0.2f, unit(random) < 0.1f));
    }
    const auto placed = myo::layoutLabels(requests, view);
    INFO("trial " << trial);
    checkNoOverlapsInside(placed, view);
    CHECK(crossings(placed, requests) == 0);
    total += placed.size();
  }
  CHECK(total > 1500);  // most labels are placed, not dropped
}
