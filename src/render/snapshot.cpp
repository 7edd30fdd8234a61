// One-shot off-screen render of a model from a preset view.
#include "render/snapshot.h"

#include <string>

#include "render/offscreen_target.h"
#include "render/scene_renderer.h"

namespace myo {

Result<Image> renderSnapshot(const Model& model, ViewPreset preset, int width, int height,
                             int samples) {
  std::string error;
  OffscreenTarget target;
  if (!target.create(width, height, samples, error)) return Error{model.source, "render", error};
  SceneRenderer renderer;
  if (!renderer.upload(model, error)) return Error{model.source, "render", error};
  OrbitCamera camera;
  camera.setPreset(preset);
  camera.frame(modelBounds(model), static_cast<float>(width) / static_cast<float>(height));
  camera.snap();
  target.bind();
  renderer.draw(camera, width, height);
  target.resolve();
  return target.readPixels();
}

}  // namespace myo
