// Background preparation, field computation and the playback clock.
#include "app/referral_state.h"
#include "core/referral/referral_limits.h"

#include <algorithm>
#include <cmath>

#include "app/atlas_placement.h"

namespace myo {
namespace {

template <class T>
bool isReady(const std::future<T>& future) {
  return future.valid() && future.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

// Stage costs for the progress bar, measured on the bundled body (2 cores, docs/heatmap.md).
constexpr double kAnchorSeconds = 0.2;             // placing the atlas
constexpr double kSurfaceSeconds = 0.3;            // welding (and bridging muscles)
constexpr double kFactorSecondsPerVertex = 10e-6;  // heat method: 641 ms for 66.6k vertices
constexpr double kGraphSecondsPerVertex = 0.5e-6;  // edge graph adjacency
constexpr double kQuerySecondsPerVertex = 0.3e-6;  // one distance query: 18 ms for 66.6k

}  // namespace

ReferralState::ReferralState() : atlas_(bundledAtlas()) {}

ReferralState::~ReferralState() {
  wait();
}

void ReferralState::wait() {
  if (preparing_.valid()) preparing_.wait();
  if (computing_.valid()) computing_.wait();
}

void ReferralState::setBody(const Model& model) {
  wait();
  preparing_ = {};
  computing_ = {};
  prepared_.reset();
  ready_.reset();
  cache_.clear();
  computingIndex_ = -1;
  selection.clear();
  seconds = 0.0f;
  if (atlas_ == nullptr) {
    problem_ = "the bundled atlas does not load";
    return;
  }
  problem_.clear();
  ProgressEstimate* progress = &progress_;
  preparing_ = std::async(std::launch::async, [&model, progress] {
    auto prepared = std::make_unique<Prepared>();
    progress->begin(0.0f, 0.1f, kAnchorSeconds);
    Result<AtlasPlacement> placement = placeBundledAtlas(model);  // loads the reference once
    if (!placement) {
      prepared->problem = placement.error().reason;
      return prepared;
    }
    prepared->landmarks = std::move(placement->landmarks);
    prepared->placed = std::move(placement->placed);
    progress->begin(0.1f, 0.2f, kSurfaceSeconds);
    PaintSurface paint = paintSurface(model);
    const auto vertices = static_cast<double>(paint.mesh.positions.size());
    progress->begin(0.2f, 1.0f,
                    vertices * (paint.onSkin ? kFactorSecondsPerVertex : kGraphSecondsPerVertex));
    if (!paint.parts.empty()) {
      prepared->surface = std::make_unique<Surface>();
      prepared->surface->paint = std::move(paint);
      prepared->surface->distance = surfaceDistance(prepared->surface->paint);
    }
    return prepared;
  });
}

void ReferralState::select(int index) {
  selection.clear();
  if (index >= 0) selection.push_back(index);
  seconds = 0.0f;
  playing = true;
  startNextField();
  publishIfComplete();
}

void ReferralState::toggle(int index) {
  const auto found = std::find(selection.begin(), selection.end(), index);
  if (found != selection.end())
    selection.erase(found);
  else if (index >= 0 && selection.size() < kMaxReferralFields)
    selection.push_back(index);
  seconds = 0.0f;
  playing = true;
  startNextField();
  publishIfComplete();
}

void ReferralState::startNextField() {
  if (computing_.valid() || !prepared_ || !prepared_->surface) return;
  for (const int index : selection) {
    if (cache_.count(index) != 0 || index < 0 ||
        index >= static_cast<int>(prepared_->placed.size()))
      continue;
    const Prepared* prepared = prepared_.get();
    const PlacedTriggerPoint& point = prepared->placed[static_cast<std::size_t>(index)];
    const std::size_t queries = 1 + point.point->essential.size() + point.point->spillover.size();
    progress_.begin(0.0f, 1.0f,
                    static_cast<double>(queries * prepared->surface->paint.mesh.positions.size()) *
                        kQuerySecondsPerVertex);
    computingIndex_ = index;
    computing_ = std::async(std::launch::async, [prepared, index] {
      const Surface& s = *prepared->surface;
      const ReferralField field = referralField(s.paint.mesh, *s.distance,
                                                prepared->placed[static_cast<std::size_t>(index)],
                                                prepared->landmarks, s.paint.zonePainting());
      return renderFields(s.paint.mesh, field);
    });
    return;
  }
}

void ReferralState::publishIfComplete() {
  if (!prepared_ || !prepared_->surface) return;
  std::vector<RenderFields> fields;
  for (const int index : selection) {
    const auto found = cache_.find(index);
    if (found == cache_.end()) return;  // still computing
    fields.push_back(found->second);
  }
  ready_ = paintedParts(prepared_->surface->paint.parts, fields);
}

void ReferralState::update(float dt) {
  if (isReady(preparing_)) prepared_ = preparing_.get();
  if (prepared_ && !pendingIds_.empty()) {
    selection.clear();
    for (const std::string& id : pendingIds_) {
      const auto [pointId, side] = splitSideLabel(id);
      for (std::size_t i = 0; i < prepared_->placed.size(); ++i)
        if (prepared_->placed[i].point->id == pointId && prepared_->placed[i].side == side &&
            selection.size() < kMaxReferralFields)
          selection.push_back(static_cast<int>(i));
    }
    pendingIds_.clear();
    startNextField();
  }
  if (isReady(computing_)) {
    cache_[computingIndex_] = computing_.get();
    computingIndex_ = -1;
    startNextField();
    publishIfComplete();
    seconds = 0.0f;
  }
  if (!playing || selection.empty()) return;
  seconds += dt * speed;
  if (seconds >= animation.loopTime) {
    if (loop) {
      seconds = std::fmod(seconds, animation.loopTime);
    } else {
      seconds = animation.loopTime;
      playing = false;
    }
  }
}

std::optional<std::vector<PaintedPart>> ReferralState::takeFields() {
  auto out = std::move(ready_);
  ready_.reset();
  return out;
}

std::vector<glm::vec3> ReferralState::knots() const {
  std::vector<glm::vec3> out;
  if (!prepared_) return out;
  for (const int index : selection)
    if (index >= 0 && index < static_cast<int>(prepared_->placed.size()))
      out.push_back(prepared_->placed[static_cast<std::size_t>(index)].position);
  return out;
}

std::optional<float> ReferralState::progress() const {
  if (!busy()) return std::nullopt;
  return progress_.fraction();
}

const std::vector<PlacedTriggerPoint>& ReferralState::placed() const {
  static const std::vector<PlacedTriggerPoint> kNone;
  return prepared_ ? prepared_->placed : kNone;
}

const BodyLandmarks* ReferralState::landmarks() const {
  return prepared_ ? &prepared_->landmarks : nullptr;
}

bool ReferralState::busy() const {
  return preparing_.valid() || computing_.valid();
}

std::string ReferralState::status() const {
  if (!problem_.empty()) return problem_;
  if (prepared_ && !prepared_->problem.empty()) return prepared_->problem;
  if (preparing_.valid()) return "Preparing the body's surface for referral fields...";
  if (computing_.valid()) return "Computing the referral field...";
  if (prepared_ && !prepared_->surface)
    return "This body has no skin or muscles to paint referred pain on";
  return {};
}

}  // namespace myo
