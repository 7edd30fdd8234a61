// Room-sized text and the two bands.
#include "ui/presenter_layout.h"

#include <algorithm>
#include <cmath>

namespace myo {
namespace {

constexpr float kLinesPerScreen = 24.0f;
constexpr float kMinimumMillimetres = 7.0f;
constexpr float kStepFactor = 1.15f;
constexpr float kCaptionShare = 0.8f;
constexpr float kLineSpacing = 1.25f;  // line height / text height
constexpr int kMostNarrationLines = 4;

}  // namespace

float presenterTextPixels(float screenPixels, float screenMillimetres, int steps) {
  float pixels = screenPixels / kLinesPerScreen;
  if (screenMillimetres > 0.0f)
    pixels = std::max(pixels, kMinimumMillimetres * screenPixels / screenMillimetres);
  return std::round(pixels * std::pow(kStepFactor, static_cast<float>(std::clamp(steps, -4, 8))));
}

PresenterRects presenterLayout(const ScreenRect& window, float textPixels, int narrationLines) {
  const float padding = std::round(0.5f * textPixels);
  const float captionHeight = std::round(kCaptionShare * textPixels * kLineSpacing + 2 * padding);
  const int lines = std::clamp(narrationLines, 0, kMostNarrationLines);
  const float narrationHeight =
      lines == 0 ? 0.0f
                 : std::round(static_cast<float>(lines) * textPixels * kLineSpacing + 2 * padding);
  PresenterRects rects;
  rects.caption = {window.x, window.y, window.width, std::min(captionHeight, window.height)};
  rects.narration = {window.x, window.y + window.height - narrationHeight, window.width,
                     narrationHeight};
  return rects;
}

}  // namespace myo
