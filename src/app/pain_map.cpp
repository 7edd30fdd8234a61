// The drawing, its strokes and its cached levels and ranking.
#include "app/pain_map.h"

#include <algorithm>

namespace myo {

void PainMap::beginStroke() {
  if (strokes_.empty() || strokes_.back() != drawing_.dabs.size())
    strokes_.push_back(drawing_.dabs.size());
}

void PainMap::paint(const glm::vec3& at) {
  if (strokes_.empty()) strokes_.push_back(0);
  const float radius = std::clamp(brush.radius, PainBrush::kMinRadius, PainBrush::kMaxRadius);
  drawing_.dabs.push_back({at, radius, brush.eraser ? PainLevel::None : brush.level});
  ++revision_;
}

bool PainMap::undo() {
  while (!strokes_.empty() && strokes_.back() >= drawing_.dabs.size()) strokes_.pop_back();
  if (strokes_.empty()) return false;
  drawing_.dabs.resize(strokes_.back());
  strokes_.pop_back();
  grewOnly_ = false;
  ++revision_;
  return true;
}

void PainMap::clear() {
  replace({});
}

void PainMap::replace(PainDrawing drawing) {
  drawing_ = std::move(drawing);
  strokes_.clear();
  if (!drawing_.empty()) strokes_.push_back(0);
  grewOnly_ = false;
  ++revision_;
}

const std::vector<PainLevel>& PainMap::levelsOn(const PlacedAtlas::Surface& surface) const {
  if (levelsSurface_ == &surface && levelsRevision_ == revision_) return levels_;
  const SurfaceMesh& mesh = surface.paint.mesh;
  if (levelsSurface_ != &surface || !grewOnly_ || levelsDabs_ > drawing_.dabs.size()) {
    levels_.assign(mesh.positions.size(), PainLevel::None);
    levelsDabs_ = 0;
  }
  for (std::size_t d = levelsDabs_; d < drawing_.dabs.size(); ++d)
    applyPainDab(levels_, mesh, surface.shape, drawing_.dabs[d]);
  levelsDabs_ = drawing_.dabs.size();
  area_ = paintedArea(levels_, surface.shape);
  levelsSurface_ = &surface;
  levelsRevision_ = revision_;
  grewOnly_ = true;
  return levels_;
}

PaintedArea PainMap::areaOn(const PlacedAtlas::Surface& surface) const {
  (void)levelsOn(surface);
  return area_;
}

const std::vector<PainFinding>& PainMap::findingsOn(const PlacedAtlas::Surface& surface,
                                                    std::size_t top) const {
  if (findingsSurface_ == &surface && findingsRevision_ == revision_ && findingsTop_ == top)
    return findings_;
  findings_ = surface.matcher ? surface.matcher->rank(levelsOn(surface), kDrawingOverlap, top)
                              : std::vector<PainFinding>{};
  findingsSurface_ = &surface;
  findingsRevision_ = revision_;
  findingsTop_ = top;
  return findings_;
}

}  // namespace myo
