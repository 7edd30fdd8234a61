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
  waitForField();
  for (auto& fields : precomputed_) fields.reset();
}

void ReferralPlayback::waitForField() {
  if (computing_.valid()) computing_.wait();
}

PrecomputedFields* ReferralPlayback::startPrecomputing() {
  if (!atlas_.ready() || atlas_.landmarks() == nullptr) return nullptr;
  if (precomputedGeneration_ != atlas_.generation()) {
    for (auto& fields : precomputed_) fields.reset();
    precomputedGeneration_ = atlas_.generation();
  }
  std::unique_ptr<PrecomputedFields>& fields = precomputed_[onMuscles_ ? 1 : 0];
  const PlacedAtlas::Surface* surface = atlas_.surface(onMuscles_);
  if (!fields && surface != nullptr)
    fields = std::make_unique<PrecomputedFields>(*surface, atlas_.placed(), *atlas_.landmarks());
  return fields.get();
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
  waitForField();  // a field in progress belongs to the other surface
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
  const PrecomputedFields* precomputed = startPrecomputing();
  const std::vector<PlacedTriggerPoint>& placed = atlas_.placed();
  for (const int index : selection) {
    if (cache_.count(index) != 0 || index < 0 || index >= static_cast<int>(placed.size())) continue;
    if (const CompactField* kept = precomputed ? precomputed->find(index) : nullptr) {
      cache_[index] = renderFields(surface->paint.mesh, expandedField(*kept));
      continue;
    }
    const PlacedTriggerPoint& point = placed[static_cast<std::size_t>(index)];
    const std::size_t queries = 1 + point.point->essential.size() + point.point->spillover.size();
    progress_.begin(0.0f, 1.0f,
                    static_cast<double>(queries * surface->paint.mesh.positions.size()) *
                        kQuerySecondsPerVertex);
    computingIndex_ = index;
    const BodyLandmarks* landmarks = atlas_.landmarks();
    computing_ = std::async(std::launch::async, [surface, &point, landmarks] {
      return referralField(surface->paint.mesh, *surface->distance, point, *landmarks,
                           surface->paint.zonePainting());
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
  // Fields no longer chosen are dropped once the background keeps them compactly.
  const PrecomputedFields* precomputed = this->precomputed();
  for (auto it = cache_.begin(); it != cache_.end();) {
    const bool chosen = std::find(selection.begin(), selection.end(), it->first) != selection.end();
    it = !chosen && precomputed != nullptr && precomputed->find(it->first) != nullptr
             ? cache_.erase(it)
             : std::next(it);
  }
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
  PrecomputedFields* precomputed = startPrecomputing();
  if (computing_.valid() &&
      computing_.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
    const ReferralField field = computing_.get();
    if (const PlacedAtlas::Surface* surface = atlas_.surface(onMuscles_))
      cache_[computingIndex_] = renderFields(surface->paint.mesh, field);
    if (precomputed != nullptr) precomputed->keep(computingIndex_, compactField(field));
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
  if (surface == nullptr) return std::nullopt;
  const auto found = cache_.find(index);
  const PrecomputedFields* precomputed = this->precomputed();
  const CompactField* kept = precomputed ? precomputed->find(index) : nullptr;
  if (found == cache_.end() && kept == nullptr) return std::nullopt;
  RenderFields expanded;  // only when the field is not among the selection's
  if (found == cache_.end()) expanded = renderFields(surface->paint.mesh, expandedField(*kept));
  const RenderFields& fields = found != cache_.end() ? found->second : expanded;
  float nearest = reach * reach;
  std::optional<float> distance;
  for (std::size_t k = 0; k < surface->paint.parts.size() && k < fields.size(); ++k) {
    const std::vector<glm::vec3>& positions = model.parts[surface->paint.parts[k]].positions;
    const std::vector<glm::vec3>& field = fields[k];
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
