// Front and back views of the surface by a small z-buffered triangle rasteriser.
#include "core/diary/body_chart.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace myo {
namespace {

constexpr glm::vec3 kBodyColor{0.80f, 0.80f, 0.82f};

std::uint8_t byte(float c) {
  return static_cast<std::uint8_t>(std::lround(std::clamp(c, 0.0f, 1.0f) * 255.0f));
}

// One orthographic view: `flip` −1 looks from behind (the subject's left on the left).
struct View {
  float flip = 1.0f;
  int left = 0;  // px where the view starts
};

}  // namespace

glm::vec3 painChartColor(float w) {
  const glm::vec3 mild{0.42f, 0.84f, 0.88f}, moderate{0.25f, 0.55f, 0.90f},
      severe{0.50f, 0.30f, 0.86f};
  const auto smooth = [](float a, float b, float x) {
    const float t = std::clamp((x - a) / (b - a), 0.0f, 1.0f);
    return t * t * (3.0f - 2.0f * t);
  };
  return w < 0.5f ? glm::mix(mild, moderate, smooth(0.33f, 0.67f, w))
                  : glm::mix(moderate, severe, smooth(0.67f, 1.0f, w));
}

ChartFrame wholeBody(const SurfaceMesh& mesh) {
  if (mesh.positions.empty()) return {};
  glm::vec3 lo(std::numeric_limits<float>::infinity()), hi(-lo);
  for (const glm::vec3& p : mesh.positions) {
    lo = glm::min(lo, p);
    hi = glm::max(hi, p);
  }
  return {{lo.x, lo.y}, {hi.x, hi.y}};
}

ChartFrame paintedFrame(const std::vector<const PainDrawing*>& drawings, const ChartFrame& body,
                        float margin, float minHeight) {
  glm::vec2 lo(std::numeric_limits<float>::infinity()), hi(-lo);
  for (const PainDrawing* drawing : drawings)
    for (const PainDab& dab : drawing->dabs) {
      if (dab.level == PainLevel::None) continue;
      lo = glm::min(lo, glm::vec2(dab.at) - glm::vec2(dab.radius));
      hi = glm::max(hi, glm::vec2(dab.at) + glm::vec2(dab.radius));
    }
  if (!(lo.x <= hi.x)) return body;
  lo -= glm::vec2(margin);
  hi += glm::vec2(margin);
  const float grow = std::max(0.0f, minHeight - (hi.y - lo.y));
  lo.y -= 0.5f * grow;
  hi.y += 0.5f * grow;
  return {glm::max(lo, body.lo), glm::min(hi, body.hi)};
}

Image bodyChart(const SurfaceMesh& mesh, const SurfaceShape& shape,
                const std::vector<float>& weights, int height, const ChartFrame& frame,
                const glm::vec3& background) {
  height = std::max(height, 16);
  if (mesh.positions.empty() || frame.hi.y <= frame.lo.y)
    return Image::filled(height / 2, height, 255, 255, 255);
  const glm::vec3 lo(frame.lo, 0.0f), hi(frame.hi, 0.0f);
  const float margin = 0.04f * static_cast<float>(height);
  const float scale = (static_cast<float>(height) - 2.0f * margin) / std::max(hi.y - lo.y, 1e-6f);
  const int viewWidth = static_cast<int>(std::ceil((hi.x - lo.x) * scale + 2.0f * margin));
  Image image = Image::filled(2 * viewWidth, height, byte(background.x), byte(background.y),
                              byte(background.z));
  std::vector<float> depth(static_cast<std::size_t>(image.width) * image.height,
                           -std::numeric_limits<float>::infinity());
  // Per-vertex colour, lit from the viewer (front or back).
  for (const View view : {View{1.0f, 0}, View{-1.0f, viewWidth}}) {
    const auto project = [&](const glm::vec3& p) {
      const float x = view.flip > 0.0f ? p.x - lo.x : hi.x - p.x;
      return glm::vec3(static_cast<float>(view.left) + margin + x * scale,
                       margin + (hi.y - p.y) * scale, view.flip * p.z);
    };
    const auto colorOf = [&](std::uint32_t v) {
      const float facing = std::max(view.flip * shape.normals[v].z, 0.0f);
      glm::vec3 c = kBodyColor * (0.55f + 0.45f * facing);
      const float w = v < weights.size() ? weights[v] : 0.0f;
      if (w > 0.02f) c = glm::mix(c, painChartColor(w) * (0.8f + 0.2f * facing), 0.92f);
      return c;
    };
    for (const auto& f : mesh.faces) {
      const glm::vec3 a = project(mesh.positions[f[0]]), b = project(mesh.positions[f[1]]),
                      c = project(mesh.positions[f[2]]);
      const float area = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
      if (std::abs(area) < 1e-12f) continue;
      const glm::vec3 ca = colorOf(f[0]), cb = colorOf(f[1]), cc = colorOf(f[2]);
      const int x0 = std::max(view.left, static_cast<int>(std::floor(std::min({a.x, b.x, c.x}))));
      const int x1 = std::min(view.left + viewWidth - 1,
                              static_cast<int>(std::ceil(std::max({a.x, b.x, c.x}))));
      const int y0 = std::max(0, static_cast<int>(std::floor(std::min({a.y, b.y, c.y}))));
      const int y1 =
          std::min(image.height - 1, static_cast<int>(std::ceil(std::max({a.y, b.y, c.y}))));
      for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) {
          const float px = static_cast<float>(x) + 0.5f, py = static_cast<float>(y) + 0.5f;
          const float wa = ((b.x - px) * (c.y - py) - (b.y - py) * (c.x - px)) / area;
          const float wb = ((c.x - px) * (a.y - py) - (c.y - py) * (a.x - px)) / area;
          const float wc = 1.0f - wa - wb;
          if (wa < 0.0f || wb < 0.0f || wc < 0.0f) continue;
          const float z = wa * a.z + wb * b.z + wc * c.z;
          float& nearest = depth[static_cast<std::size_t>(y) * image.width + x];
          if (z <= nearest) continue;
          nearest = z;
          const glm::vec3 color = wa * ca + wb * cb + wc * cc;
          std::uint8_t* out = image.pixel(x, y);
          out[0] = byte(color.x);
          out[1] = byte(color.y);
          out[2] = byte(color.z);
        }
    }
  }
  return image;
}

}  // namespace myo
