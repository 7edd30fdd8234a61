// Handout rendering: the body loads on a worker thread while EGL comes up, then each page's
// referral is painted and pictured, and the pages go to the PDF writer.
#include "app/handout_command.h"

#include <malloc.h>

#include <cmath>
#include <future>
#include <iostream>

#include "app/atlas_source.h"
#include "app/body_source.h"
#include "app/handout_plan.h"
#include "app/handout_views.h"
#include "app/referral_paint.h"
#include "app/user_paths.h"
#include "core/geometry/model_edits.h"
#include "print/handout_pdf.h"
#include "render/egl_context.h"
#include "render/snapshot.h"

namespace myo {
namespace {

constexpr double kDotsPerInch = 300.0;
constexpr double kPointsPerInch = 72.0;
// A layer a lesson step shows below this opacity is left out of its picture.
constexpr float kHiddenOpacity = 0.05f;
// Paper-friendly background: light grey, a little darker at the bottom (sRGB).
constexpr glm::vec3 kPaperTop{0.97f, 0.97f, 0.98f}, kPaperBottom{0.85f, 0.86f, 0.88f};

struct PicturePixels {
  int width = 0, height = 0;
};

PicturePixels picturePixels(Paper paper) {
  const PictureSlot slot = pictureSlot(paper);
  return {static_cast<int>(std::lround(slot.width * kDotsPerInch / kPointsPerInch)),
          static_cast<int>(std::lround(slot.height * kDotsPerInch / kPointsPerInch))};
}

// The kinds a lesson step's layers leave out of its picture.
std::vector<PartKind> hiddenKindsOf(const LessonStep& step) {
  std::vector<PartKind> hidden;
  if (step.layers.skin < kHiddenOpacity) hidden.push_back(PartKind::Skin);
  if (step.layers.bones < kHiddenOpacity) hidden.push_back(PartKind::Bone);
  return hidden;
}

// Renders what one page pictures: the referral's two views, or the lesson step's view.
Result<std::vector<HandoutPicture>> pagePictures(const Model& body, const HandoutPlan& plan,
                                                 const HandoutPlan::Page& page,
                                                 const CliOptions& options,
                                                 SnapshotRenderer& snapshot, float aspect) {
  const LessonStep* step = page.step ? &plan.lesson->steps[*page.step] : nullptr;
  const std::vector<PartKind> hidden = step ? hiddenKindsOf(*step) : std::vector<PartKind>{};
  Model shown;
  if (!hidden.empty()) {
    shown = body;
    static_cast<void>(removePartsOfKinds(shown, hidden));
  }
  const Model& model = hidden.empty() ? body : shown;
  std::vector<ReferralPaint> paints;
  if (!page.content.paintedPoints.empty()) {
    Result<ReferralPaint> paint = referralPaint(model, page.content.paintedPoints,
                                                ReferralAnimation{}.travelTime, options.colormap);
    if (!paint) return paint.error();
    paints.push_back(std::move(paint.value()));
  }
  const std::vector<HandoutView> views =
      step ? std::vector<HandoutView>{lessonStepView(
                 model, *step, paints.empty() ? nullptr : &paints.front(), aspect)}
           : referralViews(model, paints.front(), aspect);
  std::vector<HandoutPicture> pictures;
  for (const HandoutView& view : views) {
    Result<Image> image = snapshot.render(model, view.camera, paints);
    if (!image) return image.error();
    pictures.push_back({std::move(image.value()), view.caption});
  }
  return pictures;
}

}  // namespace

int runHandoutCommand(const CliOptions& options) {
  const AtlasLoad atlas = loadAtlasOrBundled({});
  if (!atlas.ok()) {
    std::cerr << atlas.errors.front().message() << "\n";
    return 1;
  }
  Result<HandoutPlan> plan = planHandout(options, atlas.atlas, userDataDir() / "lessons");
  if (!plan) {
    std::cerr << plan.error().message() << "\n";
    return 1;
  }
  std::future<Result<LoadedBody>> loading = std::async(std::launch::async, [&options] {
    return loadBodyOrDefault(options.inputs, {options.up, options.units});
  });
  const PicturePixels pixels = picturePixels(options.paper);
  std::string error;
  std::unique_ptr<EglContext> context = EglContext::create(error);
  SnapshotRenderer snapshot;
  const bool ready =
      context && snapshot.prepare(pixels.width, pixels.height, options.samples, error);
  Result<LoadedBody> body = loading.get();
  if (!body) {
    std::cerr << "myoscope: " << body.error().message() << "\n";
    return 1;
  }
  if (!ready) {
    std::cerr << "myoscope handout: render: " << error << "\n";
    return 1;
  }
  snapshot.setBackground(kPaperTop, kPaperBottom);
  const float aspect = static_cast<float>(pixels.width) / static_cast<float>(pixels.height);
  std::vector<PrintedPage> printed;
  std::size_t pictureCount = 0;
  for (const HandoutPlan::Page& page : plan->pages) {
    Result<std::vector<HandoutPicture>> pictures =
        pagePictures(body->model, *plan, page, options, snapshot, aspect);
    if (!pictures) {
      std::cerr << "myoscope handout: " << page.content.title << ": " << pictures.error().message()
                << "\n";
      return 1;
    }
    pictureCount += pictures->size();
    printed.push_back({page.content, std::move(pictures.value())});
    malloc_trim(0);  // the page's surface factorization is gone: hand its pages back
  }
  const Result<int> sheets =
      writeHandoutPdf(printed, options.paper, options.colormap, plan->title, options.output);
  if (!sheets) {
    std::cerr << "myoscope: " << sheets.error().message() << "\n";
    return 1;
  }
  std::cout << "wrote " << options.output.string() << " (" << sheets.value() << " pages, "
            << pictureCount << " pictures at " << pixels.width << "x" << pixels.height << ", "
            << context->description() << ")\n";
  return 0;
}

}  // namespace myo
