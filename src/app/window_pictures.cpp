// Window and 3D view pictures.
#include "app/window_pictures.h"

#include <epoxy/gl.h>

#include <algorithm>
#include <ctime>
#include <iostream>
#include <string>

#include "app/user_paths.h"
#include "core/io/image.h"
#include "render/framebuffer_readback.h"
#include "render/offscreen_target.h"

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

bool saveViewPicture(SceneRenderer& renderer, const ScreenRect& area, float pixelScale, int times,
                     const std::filesystem::path& file, AppState& state) {
  const float scale = pixelScale * static_cast<float>(std::clamp(times, 1, 4));
  const int width = std::max(1, static_cast<int>(area.width * scale));
  const int height = std::max(1, static_cast<int>(area.height * scale));
  OffscreenTarget target;
  std::string error;
  if (!target.create(width, height, 4, error))
    return report(Error{file.string(), "", "cannot draw the 3D view off screen: " + error}, file,
                  state);
  target.bind();
  renderer.draw(state.camera, width, height);
  target.resolve();
  const Image image = target.readPixels();
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  return report(writePngAtomic(image, file), file, state);
}

}  // namespace myo
