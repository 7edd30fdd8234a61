// --tp: atlas -> anchoring -> skin field -> per render vertex.
#include "app/referral_paint.h"

#include <algorithm>

#include "app/atlas_source.h"
#include "app/body_source.h"
#include "core/referral_field.h"

namespace myo {

Result<ReferralPaint> referralPaint(const Model& model, const std::string& idWithSide,
                                    float seconds, Colormap colormap) {
  std::string id = idWithSide;
  char side = 'R';
  if (id.size() > 2 && id[id.size() - 2] == '.' && (id.back() == 'L' || id.back() == 'R')) {
    side = id.back();
    id.resize(id.size() - 2);
  }
  const AtlasLoad atlas = loadAtlasOrBundled({});
  Result<LoadedBody> reference = loadBodyOrDefault({}, {});
  if (!atlas.ok() || !reference)
    return Error{"--tp", "", "the bundled atlas or body does not load"};
  if (atlas.atlas.findTriggerPoint(id) == nullptr)
    return Error{"--tp", "", "no trigger point '" + id + "' (see myoscope check)"};
  const auto skin = std::find_if(model.parts.begin(), model.parts.end(),
                                 [](const Part& p) { return p.kind == PartKind::Skin; });
  if (skin == model.parts.end()) return Error{"--tp", "", "the body has no skin to paint on"};
  const BodyLandmarks landmarks = bodyLandmarks(model, reference->model);
  const std::vector<PlacedTriggerPoint> placed = anchorAtlas(atlas.atlas, model, landmarks);
  const auto point = std::find_if(placed.begin(), placed.end(), [&](const PlacedTriggerPoint& p) {
    return p.point->id == id && p.side == side;
  });
  const SurfaceMesh mesh = weldSurface({&(*skin)});
  const HeatGeodesics heat(mesh);
  const ReferralField field = referralField(mesh, heat, *point, landmarks);
  ReferralPaint paint;
  paint.part = static_cast<std::size_t>(skin - model.parts.begin());
  paint.seconds = seconds;
  paint.colormap = colormap;
  for (const std::uint32_t v : mesh.renderToSurface.front())
    paint.field.push_back({field.distance[v], field.essential[v], field.spillover[v]});
  return paint;
}

}  // namespace myo
