// Field computation and the playback clock.
#include "app/referral_playback.h"

#include <algorithm>
#include <cmath>

#include "core/referral/referral_limits.h"

namespace myo {
namespace {

// One distance query's cost for the progress bar, measured on the bundled body: 18 ms for 66.6k
// vertices (2 cores, docs/heatmap.md).
constexpr double kQuerySecondsPerVertex = 0.3e-6;

}  // namespace

ReferralPlayback::~ReferralPlayback() {
  wait();
}

void ReferralPlayback::wait() {
  if (computing_.valid()) computing_.wait();
}

void ReferralPlayback::reset() {
  wait();
  computing_ = {};
  ready_.reset();
  cache_.clear();
  computingIndex_ = -1;
  selection.clear();
  seconds = 0.0f;
}

void ReferralPlayback::select(int index) {
  selection.clear();
  if (index >= 0) selection.push_back(index);
  seconds = 0.0f;
  playing = true;
  startNextField();
  publishIfComplete();
}

void ReferralPlayback::toggle(int index) {
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

void ReferralPlayback::paintOnMuscles(bool muscles) {
  if (muscles == onMuscles_) return;
  wait();  // a field in progress belongs to the other surface
  computing_ = {};
  computingIndex_ = -1;
  cache_.clear();
  ready_.reset();  // the old surface's fields are no longer the ones to show
  onMuscles_ = muscles;
  startNextField();
  publishIfComplete();
}

void ReferralPlayback::startNextField() {
  const PlacedAtlas::Surface* surface = atlas_.surface(onMuscles_);
  if (computing_.valid() || surface == nullptr) return;
  const std::vector<PlacedTriggerPoint>& placed = atlas_.placed();
  for (const int index : selection) {
    if (cache_.count(index) != 0 || index < 0 || index >= static_cast<int>(placed.size())) continue;
    const PlacedTriggerPoint& point = placed[static_cast<std::size_t>(index)];
    const std::size_t queries = 1 + point.point->essential.size() + point.point->spillover.size();
    progress_.begin(0.0f, 1.0f,
                    static_cast<double>(queries * surface->paint.mesh.positions.size()) *
                        kQuerySecondsPerVertex);
    computingIndex_ = index;
    const BodyLandmarks* landmarks = atlas_.landmarks();
    computing_ = std::async(std::launch::async, [surface, &point, landmarks] {
      const ReferralField field = referralField(surface->paint.mesh, *surface->distance, point,
                                                *landmarks, surface->paint.zonePainting());
      return renderFields(surface->paint.mesh, field);
    });
    return;
  }
}

void ReferralPlayback::publishIfComplete() {
  const PlacedAtlas::Surface* surface = atlas_.surface(onMuscles_);
  if (surface == nullptr) return;
  std::vector<RenderFields> fields;
  for (const int index : selection) {
    const auto found = cache_.find(index);
    if (found == cache_.end()) return;  // still computing
    fields.push_back(found->second);
  }
  ready_ = paintedParts(surface->paint.parts, fields);
}

void ReferralPlayback::update(float dt) {
  if (atlas_.ready() && !pendingIds_.empty()) {
    const std::vector<PlacedTriggerPoint>& placed = atlas_.placed();
    selection.clear();
    for (const std::string& id : pendingIds_) {
      const auto [pointId, side] = splitSideLabel(id);
      for (std::size_t i = 0; i < placed.size(); ++i)
        if (placed[i].point->id == pointId && placed[i].side == side &&
            selection.size() < kMaxReferralFields)
          selection.push_back(static_cast<int>(i));
    }
    pendingIds_.clear();
    startNextField();
  }
  if (computing_.valid() &&
      computing_.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
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

std::optional<float> ReferralPlayback::distanceAlongSurface(int index, const glm::vec3& at,
                                                            const Model& model, float reach) const {
  const PlacedAtlas::Surface* surface = atlas_.surface(onMuscles_);
  const auto found = cache_.find(index);
  if (surface == nullptr || found == cache_.end()) return std::nullopt;
  float nearest = reach * reach;
  std::optional<float> distance;
  for (std::size_t k = 0; k < surface->paint.parts.size() && k < found->second.size(); ++k) {
    const std::vector<glm::vec3>& positions = model.parts[surface->paint.parts[k]].positions;
    const std::vector<glm::vec3>& field = found->second[k];
    for (std::size_t v = 0; v < field.size() && v < positions.size(); ++v)
      if (const glm::vec3 d = positions[v] - at; glm::dot(d, d) < nearest) {
        nearest = glm::dot(d, d);
        distance = field[v].x;  // the field's first channel: distance from the knot
      }
  }
  return distance;
}

std::optional<std::vector<PaintedPart>> ReferralPlayback::takeFields() {
  auto out = std::move(ready_);
  ready_.reset();
  return out;
}

std::vector<glm::vec3> ReferralPlayback::knots() const {
  std::vector<glm::vec3> out;
  const std::vector<PlacedTriggerPoint>& placed = atlas_.placed();
  for (const int index : selection)
    if (index >= 0 && index < static_cast<int>(placed.size()))
      out.push_back(placed[static_cast<std::size_t>(index)].position);
  return out;
}

std::string ReferralPlayback::status() const {
  return computing_.valid() ? "Computing the referral field..." : "";
}

std::optional<float> ReferralPlayback::progress() const {
  if (!busy()) return std::nullopt;
  return progress_.fraction();
}

}  // namespace myo
