// Choosing and bridging the painted parts.
#include "core/referral/paint_surface.h"

#include <algorithm>
#include <initializer_list>

#include "core/referral/surface_bridges.h"

namespace myo {
namespace {

// Landmarks sit on the skin; the muscles under them lie up to this deep (m).
constexpr float kMuscleLandmarkReach = 0.05f;

}  // namespace

ZonePainting PaintSurface::zonePainting() const {
  ZonePainting painting;
  if (!onSkin) {
    painting.landmarkReach = kMuscleLandmarkReach;
    painting.straight = true;
  }
  return painting;
}

PaintSurface paintSurface(const Model& model, const std::vector<PartKind>& hidden,
                          float bridgeGap) {
  const auto partsOf = [&](std::initializer_list<PartKind> kinds) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < model.parts.size(); ++i) {
      const PartKind kind = model.parts[i].kind;
      if (std::find(kinds.begin(), kinds.end(), kind) != kinds.end() &&
          std::find(hidden.begin(), hidden.end(), kind) == hidden.end())
        out.push_back(i);
    }
    return out;
  };
  PaintSurface surface;
  surface.parts = partsOf({PartKind::Skin});
  surface.onSkin = !surface.parts.empty();
  if (!surface.onSkin) surface.parts = partsOf({PartKind::Muscle, PartKind::Tendon});
  std::vector<const Part*> parts;
  for (const std::size_t i : surface.parts) parts.push_back(&model.parts[i]);
  surface.mesh = weldSurface(parts);
  if (!surface.onSkin) bridgeParts(surface.mesh, bridgeGap);
  return surface;
}

std::unique_ptr<SurfaceDistance> surfaceDistance(const PaintSurface& surface) {
  if (surface.onSkin) return std::make_unique<HeatGeodesics>(surface.mesh);
  return std::make_unique<EdgeGraphDistance>(surface.mesh);
}

}  // namespace myo
