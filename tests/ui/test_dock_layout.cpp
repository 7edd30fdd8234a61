// The docked layout: the sides never cover the 3D view, follow the window, keep their minimum
// and give way to the view on small windows and large UI scales; dragging is clamped.
#include <catch2/catch.hpp>

#include <cmath>

#include "ui/dock_layout.h"

using myo::DockSettings;
using myo::layoutDock;
using myo::ScreenRect;

namespace {

constexpr float kStrip = 26.0f, kSplitter = 6.0f;

// Nothing overlaps and together they span the work area's width exactly.
void checkTiles(const myo::DockRects& r, const ScreenRect& work) {
  for (const ScreenRect* side :
       {&r.sidebar, &r.sidebarSplitter, &r.inspectorSplitter, &r.inspector})
    CHECK_FALSE(overlaps(*side, r.view));
  CHECK_FALSE(overlaps(r.sidebar, r.inspector));
  const float total = r.sidebar.width + r.sidebarSplitter.width + r.view.width +
                      r.inspectorSplitter.width + r.inspector.width;
  CHECK(total == Approx(work.width));
  CHECK(r.view.y == work.y);
  CHECK(r.view.height == work.height);
}

}  // namespace

TEST_CASE("the sides take their widths and the view the rest", "[ui]") {
  const ScreenRect work{0.0f, 23.0f, 1280.0f, 754.0f};
  const myo::DockRects r = layoutDock(work, DockSettings{}, 1.0f, kStrip, kSplitter);
  checkTiles(r, work);
  CHECK(r.sidebar.width == 300.0f);
  CHECK(r.inspector.width == 360.0f);
  CHECK(r.view.x == 306.0f);
  CHECK(r.view.width == 1280.0f - 300.0f - 360.0f - 12.0f);
  CHECK(r.inspector.right() == 1280.0f);
}

TEST_CASE("resizing the window moves the inspector with the right edge", "[ui]") {
  const DockSettings settings;
  const myo::DockRects small = layoutDock({0, 23, 1280, 754}, settings, 1.0f, kStrip, kSplitter);
  const myo::DockRects large = layoutDock({0, 23, 1920, 1034}, settings, 1.0f, kStrip, kSplitter);
  CHECK(large.inspector.x == small.inspector.x + 640.0f);
  CHECK(large.view.width == small.view.width + 640.0f);
  checkTiles(large, {0, 23, 1920, 1034});
}

TEST_CASE("hidden and collapsed sides leave the view more room", "[ui]") {
  const ScreenRect work{0.0f, 0.0f, 1280.0f, 800.0f};
  DockSettings settings;
  settings.sidebar.shown = false;
  settings.inspector.collapsed = true;
  const myo::DockRects r = layoutDock(work, settings, 1.0f, kStrip, kSplitter);
  checkTiles(r, work);
  CHECK(r.sidebar.empty());
  CHECK(r.sidebarSplitter.empty());
  CHECK(r.inspectorSplitter.empty());  // a strip is not dragged
  CHECK(r.inspector.width == kStrip);
  CHECK(r.view.x == 0.0f);
  CHECK(r.view.width == 1280.0f - kStrip);
}

TEST_CASE("widths grow with the UI scale until the view would get too narrow", "[ui]") {
  const DockSettings settings;
  const ScreenRect wide{0.0f, 0.0f, 1920.0f, 1080.0f};
  const myo::DockRects r150 = layoutDock(wide, settings, 1.5f, kStrip, kSplitter);
  checkTiles(r150, wide);
  CHECK(r150.sidebar.width == 450.0f);
  CHECK(r150.inspector.width == 540.0f);
  // At 150 % on a 1280 px window both sides cannot keep their width: they shrink in proportion
  // and the view keeps its minimum (give or take the rounding to whole pixels).
  const ScreenRect narrow{0.0f, 0.0f, 1280.0f, 800.0f};
  const myo::DockRects r150narrow = layoutDock(narrow, settings, 1.5f, kStrip, kSplitter);
  checkTiles(r150narrow, narrow);
  CHECK(r150narrow.view.width == Approx(myo::kMinViewWidth * 1.5f).margin(2.0f));
  CHECK(r150narrow.sidebar.width / r150narrow.inspector.width ==
        Approx(300.0f / 360.0f).epsilon(0.01));
  // At 200 % both reach the widest share of the window.
  const myo::DockRects r200 = layoutDock(narrow, settings, 2.0f, kStrip, kSplitter);
  checkTiles(r200, narrow);
  CHECK(r200.view.width >= myo::kMinViewWidth * 2.0f - 2.0f);
}

TEST_CASE("a width from the settings file is clamped to what the window can hold", "[ui]") {
  DockSettings settings;
  settings.sidebar.width = 5000.0f;
  settings.inspector.width = 10.0f;
  const ScreenRect work{0.0f, 0.0f, 1920.0f, 1080.0f};
  const myo::DockRects r = layoutDock(work, settings, 1.0f, kStrip, kSplitter);
  checkTiles(r, work);
  CHECK(r.sidebar.width == Approx(myo::kMaxDockShare * 1920.0f));
  CHECK(r.inspector.width == myo::kMinDockWidth);
}

TEST_CASE("dragging a splitter widens or narrows its side within the limits", "[ui]") {
  CHECK(myo::draggedDockWidth(300.0f, 50.0f, 1.0f, 1280.0f) == 350.0f);
  CHECK(myo::draggedDockWidth(300.0f, 50.0f, 2.0f, 1920.0f) == 325.0f);  // screen px at 200 %
  CHECK(myo::draggedDockWidth(300.0f, -500.0f, 1.0f, 1280.0f) == myo::kMinDockWidth);
  CHECK(myo::draggedDockWidth(300.0f, 900.0f, 1.0f, 1280.0f) == Approx(0.45f * 1280.0f));
}

TEST_CASE("the diary's drawer takes the bottom of the view, never more than 45 %", "[ui]") {
  const ScreenRect work{0.0f, 23.0f, 1280.0f, 754.0f};
  DockSettings settings;
  settings.diary = true;
  const myo::DockRects r = layoutDock(work, settings, 1.0f, kStrip, kSplitter);
  CHECK_FALSE(overlaps(r.diary, r.view));
  CHECK_FALSE(overlaps(r.diary, r.sidebar));
  CHECK_FALSE(overlaps(r.diary, r.inspector));
  CHECK(r.diary.x == r.view.x);
  CHECK(r.diary.width == r.view.width);
  CHECK(r.diary.height == myo::kDiaryHeight);
  CHECK(r.view.bottom() == r.diary.y);
  CHECK(r.diary.bottom() == work.bottom());
  // At twice the UI scale on a short window the drawer stops at 45 % of the height.
  const myo::DockRects big =
      layoutDock({0.0f, 23.0f, 1280.0f, 500.0f}, settings, 2.0f, kStrip, kSplitter);
  CHECK(big.diary.height == std::floor(0.45f * 500.0f));
  CHECK(big.view.height == 500.0f - big.diary.height);
  settings.diary = false;
  CHECK(layoutDock(work, settings, 1.0f, kStrip, kSplitter).diary.empty());
}
