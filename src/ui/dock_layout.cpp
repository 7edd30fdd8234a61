// Docked layout arithmetic: clamping the sides and splitting the work area.
#include "ui/dock_layout.h"

#include <algorithm>
#include <cmath>

namespace myo {
namespace {

// A side's wanted width in pixels before the window's limits: 0 hidden, the strip collapsed.
float wantedWidth(const DockSide& side, float uiScale, float windowWidth, float stripWidth) {
  if (!side.shown) return 0.0f;
  if (side.collapsed) return stripWidth;
  const float widest = std::max(kMinDockWidth * uiScale, kMaxDockShare * windowWidth);
  return std::clamp(side.width * uiScale, kMinDockWidth * uiScale, widest);
}

bool open(const DockSide& side) {
  return side.shown && !side.collapsed;
}

}  // namespace

bool overlaps(const ScreenRect& a, const ScreenRect& b) {
  return !a.empty() && !b.empty() && a.x < b.right() && b.x < a.right() && a.y < b.bottom() &&
         b.y < a.bottom();
}

DockRects layoutDock(const ScreenRect& work, const DockSettings& settings, float uiScale,
                     float stripWidth, float splitterWidth) {
  float left = wantedWidth(settings.sidebar, uiScale, work.width, stripWidth);
  float right = wantedWidth(settings.inspector, uiScale, work.width, stripWidth);
  const float leftSplitter = open(settings.sidebar) ? std::round(splitterWidth) : 0.0f;
  const float rightSplitter = open(settings.inspector) ? std::round(splitterWidth) : 0.0f;
  // Open sides give way, in proportion, until the view keeps its minimum width.
  const float fixed = leftSplitter + rightSplitter + (open(settings.sidebar) ? 0.0f : left) +
                      (open(settings.inspector) ? 0.0f : right);
  const float roomForOpen = std::max(0.0f, work.width - fixed - kMinViewWidth * uiScale);
  const float openWidth =
      (open(settings.sidebar) ? left : 0.0f) + (open(settings.inspector) ? right : 0.0f);
  if (openWidth > roomForOpen && openWidth > 0.0f) {
    const float shrink = roomForOpen / openWidth;
    if (open(settings.sidebar)) left *= shrink;
    if (open(settings.inspector)) right *= shrink;
  }
  // Whole pixels, as windows are placed.
  left = std::floor(left);
  right = std::floor(right);
  DockRects rects;
  const float top = work.y, height = work.height;
  if (left > 0.0f) rects.sidebar = {work.x, top, left, height};
  if (leftSplitter > 0.0f) rects.sidebarSplitter = {work.x + left, top, leftSplitter, height};
  const float rightEdge = work.right();
  if (right > 0.0f) rects.inspector = {rightEdge - right, top, right, height};
  if (rightSplitter > 0.0f)
    rects.inspectorSplitter = {rightEdge - right - rightSplitter, top, rightSplitter, height};
  const float viewX = work.x + left + leftSplitter;
  const float viewRight = rightEdge - right - rightSplitter;
  const float viewWidth = std::max(0.0f, viewRight - viewX);
  const float drawer =
      settings.diary ? std::floor(std::min(kDiaryHeight * uiScale, kMaxDiaryShare * height)) : 0.0f;
  if (drawer > 0.0f) rects.diary = {viewX, top + height - drawer, viewWidth, drawer};
  rects.view = {viewX, top, viewWidth, height - drawer};
  return rects;
}

float draggedDockWidth(float width, float dragPixels, float uiScale, float windowWidth) {
  const float scale = std::max(uiScale, 0.01f);
  const float widest = std::max(kMinDockWidth, kMaxDockShare * windowWidth / scale);
  return std::clamp(width + dragPixels / scale, kMinDockWidth, widest);
}

}  // namespace myo
