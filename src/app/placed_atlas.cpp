// Placing the atlas and preparing the painted surface in the background.
#include "app/placed_atlas.h"

#include <utility>

#include "app/atlas_placement.h"

namespace myo {
namespace {

// Stage costs for the progress bar, measured on the bundled body (2 cores, docs/heatmap.md).
constexpr double kAnchorSeconds = 0.2;             // placing the atlas
constexpr double kSurfaceSeconds = 0.3;            // welding (and bridging muscles)
constexpr double kFactorSecondsPerVertex = 10e-6;  // heat method: 641 ms for 66.6k vertices
constexpr double kGraphSecondsPerVertex = 0.5e-6;  // edge graph adjacency

// `paint` with its distance solver, shape and the points of `placed` laid on it; null when it
// has no parts or `stop` is set between stages. O(factorization or edges) + the matcher's fields.
std::unique_ptr<PlacedAtlas::Surface> prepareSurface(PaintSurface paint,
                                                     const std::vector<PlacedTriggerPoint>& placed,
                                                     const BodyLandmarks& landmarks,
                                                     const std::atomic<bool>& stop) {
  if (paint.parts.empty() || stop) return nullptr;
  auto surface = std::make_unique<PlacedAtlas::Surface>();
  surface->paint = std::move(paint);
  surface->distance = surfaceDistance(surface->paint);
  if (stop) return nullptr;
  surface->shape = surfaceShape(surface->paint.mesh);
  surface->matcher =
      std::make_unique<DrawingMatcher>(surface->paint.mesh, surface->shape, placed, landmarks);
  return surface;
}

}  // namespace

PlacedAtlas::PlacedAtlas() : atlas_(bundledAtlas()) {}

PlacedAtlas::~PlacedAtlas() {
  wait();
}

void PlacedAtlas::wait() {
  if (!preparing_.valid()) return;
  stop_ = true;
  preparing_.wait();
  preparing_ = {};
  stop_ = false;
}

void PlacedAtlas::setBody(const Model& model, bool startNow) {
  wait();
  preparing_ = {};
  prepared_.reset();
  held_ = nullptr;
  ++generation_;
  if (atlas_ == nullptr) {
    problem_ = "the bundled atlas does not load";
    return;
  }
  problem_.clear();
  held_ = &model;
  if (startNow) start();
}

void PlacedAtlas::start() {
  if (held_ == nullptr) return;
  const Model& model = *std::exchange(held_, nullptr);
  ProgressEstimate* progress = &progress_;
  const std::atomic<bool>* stop = &stop_;
  preparing_ = std::async(std::launch::async, [&model, progress, stop] {
    auto prepared = std::make_unique<Prepared>();
    progress->begin(0.0f, 0.1f, kAnchorSeconds);
    Result<AtlasPlacement> placement = placeBundledAtlas(model);  // loads the reference once
    if (!placement) {
      prepared->problem = placement.error().reason;
      return prepared;
    }
    prepared->landmarks = std::move(placement->landmarks);
    prepared->placed = std::move(placement->placed);
    if (*stop) return prepared;
    progress->begin(0.1f, 0.2f, kSurfaceSeconds);
    PaintSurface paint = paintSurface(model);
    const auto vertices = static_cast<double>(paint.mesh.positions.size());
    progress->begin(0.2f, 1.0f,
                    vertices * (paint.onSkin ? kFactorSecondsPerVertex : kGraphSecondsPerVertex));
    const bool onSkin = paint.onSkin;
    prepared->surface =
        prepareSurface(std::move(paint), prepared->placed, prepared->landmarks, *stop);
    if (onSkin && !*stop)  // for when the skin is hidden or clear: paint the muscles under it
      prepared->muscles = prepareSurface(paintSurface(model, {PartKind::Skin}), prepared->placed,
                                         prepared->landmarks, *stop);
    return prepared;
  });
}

bool PlacedAtlas::update() {
  if (!preparing_.valid() ||
      preparing_.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
    return false;
  prepared_ = preparing_.get();
  ++generation_;
  return true;
}

const std::vector<PlacedTriggerPoint>& PlacedAtlas::placed() const {
  static const std::vector<PlacedTriggerPoint> kNone;
  return prepared_ ? prepared_->placed : kNone;
}

const BodyLandmarks* PlacedAtlas::landmarks() const {
  return prepared_ ? &prepared_->landmarks : nullptr;
}

const PlacedAtlas::Surface* PlacedAtlas::surface(bool muscles) const {
  if (!prepared_) return nullptr;
  return muscles && prepared_->muscles ? prepared_->muscles.get() : prepared_->surface.get();
}

std::string PlacedAtlas::status() const {
  if (!problem_.empty()) return problem_;
  if (prepared_ && !prepared_->problem.empty()) return prepared_->problem;
  if (busy()) return "Preparing the body's surface for referral fields...";
  if (prepared_ && !prepared_->surface)
    return "This body has no skin or muscles to paint referred pain on";
  return {};
}

std::optional<float> PlacedAtlas::progress() const {
  if (!busy()) return std::nullopt;
  return held_ != nullptr ? 0.0f : progress_.fraction();
}

}  // namespace myo
