// Window and 3D view pictures.
#include "app/window_pictures.h"

#include <epoxy/gl.h>

#include <algorithm>
#include <ctime>
#include <iostream>
#include <string>

#include "app/label_painter.h"
#include "app/scene_labels.h"
#include "app/user_paths.h"
#include "core/io/image.h"
#include "render/framebuffer_readback.h"
#include "render/offscreen_target.h"
#include "ui/label_style.h"

namespace myo {
namespace {

// Reports where a picture went, or why it did not. Returns whether it was saved.
bool report(const Status& saved, const std::filesystem::path& file, AppState& state) {
  state.statusMessage = saved ? "Saved " + file.string() : saved.error().message();
  (saved ? std::cout : std::cerr) << state.statusMessage << "\n";
  return saved.ok();
}

}  // namespace

std::filesystem::path defaultPicturePath(std::string_view what) {
  const std::time_t now = std::time(nullptr);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", std::localtime(&now));
  return userDataDir() / "screenshots" /
         ("myoscope-" + std::string(what) + "-" + std::string(stamp) + ".png");
}

bool saveWindowPicture(int width, int height, const std::filesystem::path& file, AppState& state) {
  return report(writePngAtomic(readFramebuffer(width, height), file), file, state);
}

glm::ivec2 viewPictureSize(const ViewPicture& picture, const ScreenRect& area, float pixelScale) {
  if (picture.width > 0 && picture.height > 0)
    return {std::clamp(picture.width, 16, 16384), std::clamp(picture.height, 16, 16384)};
  const float scale = pixelScale * static_cast<float>(std::clamp(picture.times, 1, 4));
  return {std::max(1, static_cast<int>(area.width * scale)),
          std::max(1, static_cast<int>(area.height * scale))};
}

bool saveViewPicture(SceneRenderer& renderer, const ViewPicture& picture, const ScreenRect& area,
                     float pixelScale, AppState& state) {
  const std::filesystem::path file =
      picture.file.empty() ? defaultPicturePath("view") : picture.file;
  const glm::ivec2 size = viewPictureSize(picture, area, pixelScale);
  const int width = size.x, height = size.y;
  OffscreenTarget target;
  std::string error;
  if (!target.create(width, height, 4, error))
    return report(Error{file.string(), "", "cannot draw the 3D view off screen: " + error}, file,
                  state);
  target.bind();
  renderer.draw(state.camera, width, height);
  target.resolve();
  Image image = target.readPixels();
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  // Text as tall, against the picture, as the window's labels are against the view.
  const float textPixels =
      kLabelTextPixels * state.uiScale() * static_cast<float>(height) / std::max(1.0f, area.height);
  const bool legend = picture.legend && !state.referral.knots().empty();  // something painted
  if (picture.labels) {
    LabelSources sources = labelSources(state);
    if (sources.layers == LabelLayers{})  // none on in the view: the muscles and the points
      sources.layers = {true, true, false};
    MuscleAnchorCache cache;
    const std::vector<SceneLabel> labels =
        sceneLabels(sources, cache, static_cast<float>(width), static_cast<float>(height));
    const float clear = legend ? referralLegendHeight(textPixels) : 0.0f;
    if (const Status painted = paintSceneLabels(image, labels, textPixels, clear); !painted)
      return report(painted, file, state);
  }
  if (legend)
    if (const Status drawn = paintReferralLegend(image, state.referral.colormap, textPixels);
        !drawn)
      return report(drawn, file, state);
  return report(writePngAtomic(image, file), file, state);
}

}  // namespace myo
