// Layout as in ui/scene_labels_overlay; rasterising by hand: coverage-blended glyphs, boxes,
// lines and discs.
#include "app/label_painter.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <stb_truetype.h>

#include "core/io/file_access.h"
#include "ui/label_style.h"

namespace myo {
namespace {

constexpr const char* kFontFile = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

// Blends `colour` at coverage `cover` (0–1) over pixel (x, y); outside the image nothing.
void blend(Image& image, int x, int y, const LabelRgba& colour, float cover) {
  if (x < 0 || y < 0 || x >= image.width || y >= image.height || cover <= 0.0f) return;
  std::uint8_t* p = image.pixel(x, y);
  const float a = std::clamp(colour[3] * cover, 0.0f, 1.0f);
  for (int i = 0; i < 3; ++i)
    p[i] = static_cast<std::uint8_t>(std::lround(p[i] * (1.0f - a) + 255.0f * colour[i] * a));
}

void fillBox(Image& image, const LabelBox& box, const LabelRgba& colour) {
  for (int y = static_cast<int>(box.min.y); y < static_cast<int>(box.max().y); ++y)
    for (int x = static_cast<int>(box.min.x); x < static_cast<int>(box.max().x); ++x)
      blend(image, x, y, colour, 1.0f);
}

// A line `width` px wide from a to b, its edges smoothed over a pixel. O(length · width).
void drawLine(Image& image, glm::vec2 a, glm::vec2 b, float width, const LabelRgba& colour) {
  const glm::vec2 lo = glm::min(a, b) - glm::vec2(width + 1.0f);
  const glm::vec2 hi = glm::max(a, b) + glm::vec2(width + 1.0f);
  const glm::vec2 d = b - a;
  const float length2 = std::max(glm::dot(d, d), 1e-6f);
  for (int y = static_cast<int>(lo.y); y <= static_cast<int>(hi.y); ++y)
    for (int x = static_cast<int>(lo.x); x <= static_cast<int>(hi.x); ++x) {
      const glm::vec2 p(static_cast<float>(x) + 0.5f, static_cast<float>(y) + 0.5f);
      const float t = std::clamp(glm::dot(p - a, d) / length2, 0.0f, 1.0f);
      const float distance = glm::length(p - (a + t * d));
      blend(image, x, y, colour, std::clamp(0.5f * width + 0.5f - distance, 0.0f, 1.0f));
    }
}

void drawDisc(Image& image, glm::vec2 centre, float radius, const LabelRgba& colour) {
  for (int y = static_cast<int>(centre.y - radius - 1);
       y <= static_cast<int>(centre.y + radius + 1); ++y)
    for (int x = static_cast<int>(centre.x - radius - 1);
         x <= static_cast<int>(centre.x + radius + 1); ++x) {
      const glm::vec2 p(static_cast<float>(x) + 0.5f, static_cast<float>(y) + 0.5f);
      blend(image, x, y, colour, std::clamp(radius + 0.5f - glm::length(p - centre), 0.0f, 1.0f));
    }
}

// The next code point of UTF-8 `text` at `i` (advanced past it); '?' for a broken sequence.
int nextCodePoint(const std::string& text, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i++);
  if (lead < 0x80) return lead;
  const int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
  int code = lead & (0x3F >> extra);
  for (int k = 0; k < extra; ++k) {
    if (i >= text.size() || (byte(i) & 0xC0) != 0x80) return '?';
    code = (code << 6) | (byte(i++) & 0x3F);
  }
  return extra == 0 ? '?' : code;
}

class Font {
 public:
  bool load() {
    if (!readWholeFile(kFontFile, bytes_)) return false;
    return stbtt_InitFont(&info_, bytes_.data(), stbtt_GetFontOffsetForIndex(bytes_.data(), 0)) !=
           0;
  }
  // Width (px) of `text` at `pixels` high. O(length).
  float width(const std::string& text, float pixels) const {
    const float scale = stbtt_ScaleForPixelHeight(&info_, pixels);
    float x = 0.0f;
    for (std::size_t i = 0; i < text.size();) {
      int advance = 0, bearing = 0;
      stbtt_GetCodepointHMetrics(&info_, nextCodePoint(text, i), &advance, &bearing);
      x += static_cast<float>(advance) * scale;
    }
    return x;
  }
  // Draws `text` with its top-left corner at `at`. O(glyph pixels).
  void draw(Image& image, const std::string& text, glm::vec2 at, float pixels,
            const LabelRgba& colour) const {
    const float scale = stbtt_ScaleForPixelHeight(&info_, pixels);
    int ascent = 0, descent = 0, gap = 0;
    stbtt_GetFontVMetrics(&info_, &ascent, &descent, &gap);
    const float baseline = at.y + static_cast<float>(ascent) * scale;
    float x = at.x;
    for (std::size_t i = 0; i < text.size();) {
      const int code = nextCodePoint(text, i);
      int width = 0, height = 0, left = 0, top = 0;
      unsigned char* bitmap =
          stbtt_GetCodepointBitmap(&info_, scale, scale, code, &width, &height, &left, &top);
      for (int gy = 0; gy < height; ++gy)
        for (int gx = 0; gx < width; ++gx)
          blend(image, static_cast<int>(std::lround(x)) + left + gx,
                static_cast<int>(std::lround(baseline)) + top + gy, colour,
                static_cast<float>(bitmap[gy * width + gx]) / 255.0f);
      stbtt_FreeBitmap(bitmap, nullptr);
      int advance = 0, bearing = 0;
      stbtt_GetCodepointHMetrics(&info_, code, &advance, &bearing);
      x += static_cast<float>(advance) * scale;
    }
  }

 private:
  std::vector<unsigned char> bytes_;
  stbtt_fontinfo info_{};
};

// The legend's measures (px), all from the text height.
struct LegendMetrics {
  float line, pad, small, smallLine, barHeight;
  explicit LegendMetrics(float text)
      : line(std::ceil(1.17f * text)),
        pad(0.6f * text),
        small(0.85f * text),
        smallLine(std::ceil(1.17f * 0.85f * text)),
        barHeight(0.7f * text) {}
  [[nodiscard]] float boxHeight() const {
    return 2.0f * pad + line + barHeight + 0.3f * line + 2.0f * smallLine;
  }
};

}  // namespace

float referralLegendHeight(float textPixels) {
  const LegendMetrics m(textPixels);
  return m.boxHeight() + m.pad;
}

Status paintReferralLegend(Image& image, Colormap colormap, float textPixels) {
  Font font;
  if (!font.load()) return Error{kFontFile, "", "cannot be read (install fonts-dejavu-core)"};
  const LegendMetrics m(textPixels);
  const float line = m.line, pad = m.pad, small = m.small, smallLine = m.smallLine;
  const std::string title = "Referred pain", meaning = "Shade: how often patients report it there";
  const float barWidth = std::max({12.0f * textPixels, font.width(meaning, small)});
  const float barHeight = m.barHeight;
  const LabelBox box{
      glm::vec2(pad, static_cast<float>(image.height) - referralLegendHeight(textPixels)),
      glm::vec2(barWidth + 2.0f * pad, m.boxHeight())};
  fillBox(image, box, labelBoxColour(false));
  const LabelRgba text{0.92f, 0.93f, 0.95f, 1.0f}, quiet{0.75f, 0.77f, 0.80f, 1.0f};
  glm::vec2 at = box.min + glm::vec2(pad);
  font.draw(image, title, at, textPixels, text);
  at.y += line;
  for (int x = 0; x < static_cast<int>(barWidth); ++x) {
    const glm::vec3 c = colormapColor(colormap, static_cast<float>(x) / (barWidth - 1.0f));
    for (int y = 0; y < static_cast<int>(barHeight); ++y)
      blend(image, static_cast<int>(at.x) + x, static_cast<int>(at.y) + y, {c.x, c.y, c.z, 1.0f},
            1.0f);
  }
  at.y += barHeight + 0.3f * line;
  font.draw(image, "few patients", at, small, quiet);
  const std::string most = "most patients";
  font.draw(image, most, at + glm::vec2(barWidth - font.width(most, small), 0.0f), small, quiet);
  font.draw(image, meaning, at + glm::vec2(0.0f, smallLine), small, quiet);
  return {};
}

Status paintSceneLabels(Image& image, const std::vector<SceneLabel>& labels, float textPixels,
                        float clearBottom) {
  if (labels.empty()) return {};
  Font font;
  if (!font.load()) return Error{kFontFile, "", "cannot be read (install fonts-dejavu-core)"};
  const float lineHeight = std::ceil(1.17f * textPixels);  // DejaVu's ascent + descent
  const LabelPlacement placement = placeSceneLabels(
      labels, static_cast<float>(image.width),
      std::max(textPixels, static_cast<float>(image.height) - clearBottom), textPixels, lineHeight,
      [&](const std::string& text) { return font.width(text, textPixels); });
  const float line = std::max(1.0f, kLabelLine * textPixels);
  for (const PlacedLabel& p : placement.placed) {
    const SceneLabel& label = labels[p.request];
    const LabelRgba colour = labelColour(label.kind, p.dimmed);
    const glm::vec2 anchor(label.x, label.y);
    drawLine(image, p.leaderStart, anchor, line + 1.5f,
             {0.0f, 0.0f, 0.0f, p.dimmed ? 0.25f : 0.55f});
    drawLine(image, p.leaderStart, anchor, line, colour);
    drawDisc(image, anchor, 2.0f * line + 1.0f, colour);
    fillBox(image, p.box,
            {12.0f / 255.0f, 14.0f / 255.0f, 18.0f / 255.0f, p.dimmed ? 0.43f : 0.75f});
    font.draw(image, placement.texts[p.request], p.box.min + glm::vec2(placement.padding),
              textPixels, colour);
  }
  return {};
}

}  // namespace myo
