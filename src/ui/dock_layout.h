// The docked layout of the main window: a left sidebar and a right inspector, each shown or
// hidden, open or collapsed to a strip, and as wide as the user dragged it; the pain diary's
// drawer under the 3D view when open; the 3D view takes the rest. Plain data and arithmetic only:
// no ImGui, so tests can check that nothing covers the view at any window size and UI scale.
#pragma once

namespace myo {

// A rectangle in window pixels from the top-left corner.
struct ScreenRect {
  float x = 0.0f, y = 0.0f, width = 0.0f, height = 0.0f;
  [[nodiscard]] float right() const { return x + width; }
  [[nodiscard]] float bottom() const { return y + height; }
  [[nodiscard]] bool empty() const { return width <= 0.0f || height <= 0.0f; }
};

// True when `a` and `b` share an area (touching edges do not count). O(1).
[[nodiscard]] bool overlaps(const ScreenRect& a, const ScreenRect& b);

// The sidebar's tabs, in their order.
enum class SidebarTab { Parts, TriggerPoints, Lessons, Quiz };

// One docked side: shown at all (View menu, F2/F3), open or collapsed to a strip, and its width
// in pixels at 100 % UI scale (the layout scales it).
struct DockSide {
  bool shown = true;
  bool collapsed = false;
  float width = 300.0f;
  bool operator==(const DockSide&) const = default;
};

// What the user chose for the layout; kept between runs.
struct DockSettings {
  DockSide sidebar{true, false, 300.0f};
  DockSide inspector{true, false, 360.0f};
  SidebarTab tab = SidebarTab::Parts;
  bool diary = false;  // the pain diary's drawer under the 3D view
  bool operator==(const DockSettings&) const = default;
};

// Narrowest a side can be dragged, px at 100 % UI scale.
inline constexpr float kMinDockWidth = 220.0f;
// Widest a side can be dragged, as a share of the window's width.
inline constexpr float kMaxDockShare = 0.45f;
// Narrowest the 3D view is left while both sides are open, px at 100 % UI scale.
inline constexpr float kMinViewWidth = 240.0f;
// The diary drawer's height, px at 100 % UI scale, and the most of the work area's height it
// takes.
inline constexpr float kDiaryHeight = 270.0f;
inline constexpr float kMaxDiaryShare = 0.45f;

// Where everything goes inside `work` (the window without its menu and status bars).
struct DockRects {
  ScreenRect sidebar, inspector;                  // empty when hidden
  ScreenRect sidebarSplitter, inspectorSplitter;  // empty when hidden or collapsed
  ScreenRect diary;                               // under the view; empty when closed
  ScreenRect view;                                // what is left for the 3D view
};

// Lays out `settings` in `work` (whole pixels) at `uiScale`: widths, in whole pixels, are clamped
// so that each side keeps its minimum and the view keeps kMinViewWidth (the sides shrink in
// proportion when the window cannot hold both); collapsed sides are `stripWidth` wide (px). O(1).
[[nodiscard]] DockRects layoutDock(const ScreenRect& work, const DockSettings& settings,
                                   float uiScale, float stripWidth, float splitterWidth);

// A side's width (px at 100 %) after dragging its splitter by `dragPixels` (positive = wider),
// clamped as layoutDock clamps it for a window `windowWidth` px wide. O(1).
[[nodiscard]] float draggedDockWidth(float width, float dragPixels, float uiScale,
                                     float windowWidth);

}  // namespace myo
