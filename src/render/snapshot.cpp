// One-shot off-screen rendering.
#include "render/snapshot.h"

namespace myo {

bool SnapshotRenderer::prepare(int width, int height, int samples, std::string& error) {
  if (!target_.create(width, height, samples, error) || !renderer_.prepare(error)) return false;
  // One small draw makes the driver build its shader variants and buffers for this target now,
  // while the caller may still be loading, instead of during the real frame.
  Model warmUp;
  Part triangle;
  triangle.positions = {{-1.0f, -1.0f, 0.0f}, {1.0f, -1.0f, 0.0f}, {0.0f, 1.0f, 0.0f}};
  triangle.normals.assign(3, glm::vec3(0.0f, 0.0f, 1.0f));
  triangle.indices = {0, 1, 2};
  warmUp.parts.push_back(std::move(triangle));
  if (!renderer_.upload(warmUp, error)) return false;
  target_.bind();
  renderer_.draw(framedCamera(modelBounds(warmUp), ViewPreset::Front, 1.0f), width, height);
  target_.resolve();
  return true;
}

Result<Image> SnapshotRenderer::render(const Model& model, const OrbitCamera& camera,
                                       const std::vector<ReferralPaint>& paints) {
  std::string error;
  if (!renderer_.upload(model, error)) return Error{model.source, "render", error};
  for (const ReferralPaint& paint : paints) {
    for (const PaintedPart& painted : paint.parts)
      renderer_.setReferralFields(painted.part, painted.fields);
    renderer_.setKnotMarkers(paint.knots);
    renderer_.setReferralFrame(paint.seconds, paint.animation, paint.colormap);
    renderer_.setReferralIsolines(paint.isolines);
  }
  target_.bind();
  renderer_.draw(camera, target_.width(), target_.height());
  target_.resolve();
  return target_.readPixels();
}

Result<Image> renderSnapshot(const Model& model, ViewPreset preset, int width, int height,
                             int samples) {
  std::string error;
  SnapshotRenderer snapshot;
  if (!snapshot.prepare(width, height, samples, error)) return Error{model.source, "render", error};
  const float aspect = static_cast<float>(width) / static_cast<float>(height);
  return snapshot.render(model, framedCamera(modelBounds(model), preset, aspect));
}

}  // namespace myo
