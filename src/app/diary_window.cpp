// Thumbnail textures and the split 3D view.
#include "app/diary_window.h"

#include <epoxy/gl.h>

#include "app/pain_finder_bridge.h"
#include "core/diary/body_chart.h"

namespace myo {
namespace {

constexpr int kThumbnailPixels = 240;                           // the body chart's height
constexpr glm::vec3 kThumbnailBackground{0.16f, 0.17f, 0.19f};  // dark, as the drawer
constexpr float kFrameMargin = 0.08f;                           // m around what the entries painted
constexpr float kFrameHeight = 0.45f;  // m: the least a thumbnail shows, e.g. head and neck

unsigned int uploadTexture(const Image& image) {
  unsigned int texture = 0;
  glGenTextures(1, &texture);
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
               image.rgba.data());
  glBindTexture(GL_TEXTURE_2D, 0);
  return texture;
}

}  // namespace

DiaryThumbnails::~DiaryThumbnails() {
  clear();
}

void DiaryThumbnails::clear() {
  for (const auto& [key, texture] : textures_) glDeleteTextures(1, &texture.first);
  textures_.clear();
}

void DiaryThumbnails::update(const AppState& state, DiaryView& view, int budget) {
  const PlacedAtlas::Surface* surface = painSurface(state);
  if (surface == nullptr || !state.dock.diary) return;
  const auto& entries = state.diary.entries();
  std::vector<const PainDrawing*> drawings;
  for (const DiaryEntry& entry : entries) drawings.push_back(&entry.drawing);
  const ChartFrame frame =
      paintedFrame(drawings, wholeBody(surface->paint.mesh), kFrameMargin, kFrameHeight);
  if (surface != surface_ || frame.lo != frame_.lo || frame.hi != frame_.hi) {
    clear();
    surface_ = surface;
    frame_ = frame;
  }
  for (std::size_t i = 0; i < entries.size() && i < view.entries.size(); ++i) {
    const std::int64_t key = entries[i].id > 0 ? entries[i].id : -static_cast<std::int64_t>(i) - 1;
    auto found = textures_.find(key);
    if (found == textures_.end() && budget-- > 0) {
      const Image chart =
          bodyChart(surface->paint.mesh, surface->shape,
                    drawingWeights(surface->paint.mesh, surface->shape, entries[i].drawing),
                    kThumbnailPixels, frame_, kThumbnailBackground);
      found = textures_
                  .emplace(key, std::make_pair(uploadTexture(chart),
                                               static_cast<float>(chart.width) /
                                                   static_cast<float>(chart.height)))
                  .first;
    }
    if (found == textures_.end()) continue;
    view.entries[i].thumbnail = found->second.first;
    view.entries[i].thumbnailAspect = found->second.second;
  }
}

void drawDiaryScene(SceneRenderer& renderer, const OrbitCamera& camera, int width, int height,
                    bool split) {
  if (!split) {
    renderer.showPainChannel(0);
    renderer.draw(camera, width, height);
    return;
  }
  const int half = width / 2;
  renderer.showPainChannel(0);
  renderer.draw(camera, half, height);
  renderer.showPainChannel(1);
  renderer.draw(camera, width - half, height, half, 0);
  renderer.showPainChannel(0);
}

}  // namespace myo
