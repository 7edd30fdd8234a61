// The pain diary's share of the window: its entries' thumbnails as GL textures (body charts of
// where any entry is painted, made a few a frame, kept until that or the surface changes), and the
// 3D view split in two halves when two entries are compared. Needs the GL context current.
#pragma once

#include <cstdint>
#include <map>
#include <utility>

#include "app/app_state.h"
#include "core/diary/body_chart.h"
#include "core/geometry/orbit_camera.h"
#include "render/scene_renderer.h"
#include "ui/ui_state_view.h"

namespace myo {

class DiaryThumbnails {
 public:
  DiaryThumbnails() = default;
  ~DiaryThumbnails();
  DiaryThumbnails(const DiaryThumbnails&) = delete;
  DiaryThumbnails& operator=(const DiaryThumbnails&) = delete;

  // Makes the thumbnails still missing while the drawer is open, at most `budget` this frame,
  // and gives every made one to `view`. O(budget · (dabs · vertices + faces)).
  void update(const AppState& state, DiaryView& view, int budget = 2);

 private:
  void clear();
  const void* surface_ = nullptr;  // what the thumbnails were made on
  ChartFrame frame_;               // and what they show of it: where any entry is painted
  // Per entry (its id, or its index when not kept): the texture and its width / height.
  std::map<std::int64_t, std::pair<unsigned int, float>> textures_;
};

// Draws the scene into the bound framebuffer's `width` x `height` px from its corner: whole, or
// as two halves showing pain channels 0 and 1 when `split`. O(visible triangles), twice when
// split.
void drawDiaryScene(SceneRenderer& renderer, const OrbitCamera& camera, int width, int height,
                    bool split);

}  // namespace myo
