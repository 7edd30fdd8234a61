// --tp: atlas -> anchoring -> skin field -> per render vertex.
#include "app/referral_paint.h"

#include <algorithm>

#include "app/atlas_source.h"
#include "app/body_source.h"
#include "core/referral_field.h"

namespace myo {

Result<ReferralPaint> referralPaint(const Model& model, const std::vector<std::string>& idsWithSide,
                                    float seconds, Colormap colormap) {
  if (idsWithSide.size() > SceneRenderer::kMaxReferralFields)
    return Error{"--tp", "", "at most 4 trigger points at once"};
  const AtlasLoad atlas = loadAtlasOrBundled({});
  Result<LoadedBody> reference = loadBodyOrDefault({}, {});
  if (!atlas.ok() || !reference)
    return Error{"--tp", "", "the bundled atlas or body does not load"};
  for (const std::string& idWithSide : idsWithSide)
    if (atlas.atlas.findTriggerPoint(splitSideLabel(idWithSide).first) == nullptr)
      return Error{
          "--tp", "",
          "no trigger point '" + splitSideLabel(idWithSide).first + "' (see myoscope check)"};
  const auto skin = std::find_if(model.parts.begin(), model.parts.end(),
                                 [](const Part& p) { return p.kind == PartKind::Skin; });
  if (skin == model.parts.end()) return Error{"--tp", "", "the body has no skin to paint on"};
  const BodyLandmarks landmarks = bodyLandmarks(model, reference->model);
  const std::vector<PlacedTriggerPoint> placed = anchorAtlas(atlas.atlas, model, landmarks);
  const SurfaceMesh mesh = weldSurface({&(*skin)});
  const HeatGeodesics heat(mesh);
  ReferralPaint paint;
  paint.part = static_cast<std::size_t>(skin - model.parts.begin());
  paint.seconds = seconds;
  paint.colormap = colormap;
  for (const std::string& idWithSide : idsWithSide) {
    const auto [id, side] = splitSideLabel(idWithSide);
    const auto point = std::find_if(placed.begin(), placed.end(), [&](const auto& p) {
      return p.point->id == id && p.side == side;
    });
    const ReferralField field = referralField(mesh, heat, *point, landmarks);
    paint.knots.push_back(point->position);
    paint.fields.push_back(firstPartRenderField(mesh, field));
  }
  return paint;
}

}  // namespace myo
