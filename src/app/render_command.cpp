// Headless rendering to PNG. The body loads (and is simplified to pixel size) on a worker thread
// while this thread brings up EGL, the target and the shaders; then one frame is drawn.
#include "app/render_command.h"
#include "core/referral/referral_limits.h"

#include <malloc.h>

#include <algorithm>
#include <future>
#include <iostream>
#include <optional>

#include "app/atlas_source.h"
#include "app/body_source.h"
#include "app/label_painter.h"
#include "app/referral_framing.h"
#include "app/referral_paint.h"
#include "app/referral_playback.h"
#include "app/scene_labels.h"
#include "app/startup_stages.h"
#include "core/anatomy/part_names.h"
#include "core/geometry/mesh_lod.h"
#include "core/geometry/model_edits.h"
#include "core/io/image.h"
#include "render/egl_context.h"
#include "render/snapshot.h"
#include "ui/label_style.h"

namespace myo {
namespace {

// Grid cell of the level of detail, in pixels at the body's depth: the picture differs from a
// full-detail one by a mean 0.1 % per channel on the BodyParts3D body (docs/benchmarks.md).
constexpr float kLodCellPixels = 1.5f;

struct PreparedBody {
  StartupStages stages;  // the worker thread's, printed with --startup-times
  Result<LoadedBody> body;
  OrbitCamera camera;
  std::size_t drawnTriangles = 0;
  std::vector<ReferralPaint> paints;
  std::optional<Error> paintError;
  std::vector<SceneLabel> labels;  // with --labels
};

// Labels of the picture: the largest muscles in view and the chosen trigger points, hidden
// where an opaque part (anything but the skin) is in front. Builds a BVH: O(n log n).
std::vector<SceneLabel> pictureLabels(const Model& model, const OrbitCamera& camera,
                                      const CliOptions& options,
                                      const std::vector<glm::vec3>& knots) {
  const TriangleBvh bvh = TriangleBvh::build(model);
  const AtlasLoad atlas = loadAtlasOrBundled({});
  std::vector<std::string> names;
  for (const Part& part : model.parts) names.push_back(readablePartLabel(part.name));
  LabelSources sources;
  sources.model = &model;
  sources.camera = &camera;
  sources.bvh = &bvh;
  sources.shown.assign(model.parts.size(), 1);
  for (const Part& part : model.parts)
    sources.occluding.push_back(part.kind == PartKind::Skin ? 0 : 1);
  sources.partLabels = &names;
  sources.layers = {true, true, false};
  for (std::size_t i = 0; i < options.triggerPoints.size() && i < knots.size(); ++i) {
    const auto [id, side] = splitSideLabel(options.triggerPoints[i]);
    if (const TriggerPoint* point = atlas.atlas.findTriggerPoint(id)) {
      PlacedTriggerPoint placed;
      placed.point = point;
      placed.side = side;
      placed.position = knots[i];
      sources.points.push_back(placed);
    }
  }
  MuscleAnchorCache cache;
  return sceneLabels(sources, cache, static_cast<float>(options.width),
                     static_cast<float>(options.height));
}

// Removes the parts of `hidden` kinds from `model` and renumbers the painted parts (never
// hidden ones). O(parts).
void hideKinds(Model& model, const std::vector<PartKind>& hidden,
               std::vector<ReferralPaint>& paints) {
  const std::vector<std::size_t> newIndex = removePartsOfKinds(model, hidden);
  for (ReferralPaint& paint : paints)
    for (PaintedPart& p : paint.parts) p.part = newIndex[p.part];
}

// Loads the body, frames it and, unless full detail is asked for, clusters its vertices to
// kLodCellPixels at the body's depth. Runs on a worker thread.
PreparedBody prepareBody(const CliOptions& options) {
  StartupStages stages;
  Result<LoadedBody> body = loadBodyOrDefault(options.inputs, {options.up, options.units});
  stages.stamp("worker: read and parse the body");
  PreparedBody prepared{std::move(stages), std::move(body), {}, 0, {}, std::nullopt, {}};
  if (!prepared.body) return prepared;
  Model& model = prepared.body->model;
  const float aspect = static_cast<float>(options.width) / static_cast<float>(options.height);
  prepared.camera = framedCamera(modelBounds(model), options.view, aspect);
  if (!options.triggerPoints.empty()) {  // painted vertices must stay as they are: full detail
    Result<ReferralPaint> paint = referralPaint(model, options.triggerPoints, options.seconds,
                                                options.colormap, options.hiddenKinds);
    if (!paint) {
      prepared.paintError = paint.error();
    } else {
      paint->isolines = options.isolines ? kIsolineSpacing : 0.0f;
      if (options.fitReferral)
        prepared.camera =
            referralPresetCamera(model, paint->parts, paint->knots, options.view, aspect);
      prepared.paints.push_back(std::move(paint.value()));
    }
  }
  hideKinds(model, options.hiddenKinds, prepared.paints);
  prepared.stages.stamp("worker: frame it, paint the referral");
  if (!options.fullDetail && prepared.paints.empty()) {
    model =
        simplifiedModel(model, kLodCellPixels * pixelSizeAtTarget(prepared.camera, options.height));
    malloc_trim(0);  // hand the full-detail model's pages back before the GL driver grows
    prepared.stages.stamp("worker: cluster to pixel size");
  }
  prepared.drawnTriangles = model.triangleCount();
  if (options.labels)
    prepared.labels = pictureLabels(
        model, prepared.camera, options,
        prepared.paints.empty() ? std::vector<glm::vec3>{} : prepared.paints.front().knots);
  return prepared;
}

}  // namespace

int runRenderCommand(const CliOptions& options) {
  StartupStages stages;  // the main thread's, printed with --startup-times
  std::future<PreparedBody> loading = std::async(std::launch::async, prepareBody, options);
  std::string error;
  std::unique_ptr<EglContext> context = EglContext::create(error);
  stages.stamp("EGL display and context");
  SnapshotRenderer snapshot;
  const bool ready =
      context && snapshot.prepare(options.width, options.height, options.samples, error);
  stages.stamp("target, shaders, warm-up draw");
  PreparedBody prepared = loading.get();
  stages.stamp("waiting for the worker");
  if (!prepared.body) {
    std::cerr << "myoscope: " << prepared.body.error().message() << "\n";
    return 1;
  }
  if (prepared.paintError) {
    std::cerr << "myoscope: " << prepared.paintError->message() << "\n";
    return 1;
  }
  const Model& model = prepared.body->model;
  for (const std::string& warning : model.warnings) std::cerr << "warning: " << warning << "\n";
  if (!ready) {
    std::cerr << "myoscope: render: " << error << "\n";
    return 1;
  }
  Result<Image> image = snapshot.render(model, prepared.camera, prepared.paints);
  stages.stamp("upload, draw, resolve, read back");
  if (!image) {
    std::cerr << "myoscope: render: " << image.error().message() << "\n";
    return 1;
  }
  if (const Status painted =
          paintSceneLabels(image.value(), prepared.labels,
                           kLabelTextPixels * static_cast<float>(options.height) / 800.0f);
      !painted) {
    std::cerr << "myoscope: " << painted.error().message() << "\n";
    return 1;
  }
  if (const Status written = writePngAtomic(image.value(), options.output); !written) {
    std::cerr << "myoscope: " << written.error().message() << "\n";
    return 1;
  }
  stages.stamp("labels, PNG encoded and written");
  if (options.startupTimes) {
    prepared.stages.print(std::cerr);
    stages.print(std::cerr);
  }
  std::cout << "wrote " << options.output.string() << " (" << options.width << "x" << options.height
            << ", " << model.parts.size() << " parts, " << prepared.drawnTriangles
            << " triangles drawn, " << context->description() << ")\n";
  return 0;
}

}  // namespace myo
