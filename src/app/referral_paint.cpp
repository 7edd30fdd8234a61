// --tp: atlas -> anchoring -> skin field -> per render vertex.
#include "app/referral_paint.h"
#include "core/referral/referral_limits.h"

#include <algorithm>

#include "app/atlas_placement.h"
#include "core/referral/paint_surface.h"
#include "core/referral/referral_field.h"

namespace myo {

Result<ReferralPaint> referralPaint(const Model& model, const std::vector<std::string>& idsWithSide,
                                    float seconds, Colormap colormap,
                                    const std::vector<PartKind>& hidden) {
  if (idsWithSide.size() > kMaxReferralFields)
    return Error{"--tp", "",
                 "at most " + std::to_string(kMaxReferralFields) + " trigger points at once"};
  const Atlas* atlas = bundledAtlas();
  if (atlas == nullptr) return Error{"--tp", "", "the bundled atlas does not load"};
  for (const std::string& idWithSide : idsWithSide)
    if (atlas->findTriggerPoint(splitSideLabel(idWithSide).first) == nullptr)
      return Error{
          "--tp", "",
          "no trigger point '" + splitSideLabel(idWithSide).first + "' (see myoscope check)"};
  const PaintSurface surface = paintSurface(model, hidden);
  if (surface.parts.empty())
    return Error{"--tp", "", "the body has no visible skin or muscles to paint on"};
  Result<AtlasPlacement> placement = placeBundledAtlas(model);
  if (!placement) return Error{"--tp", "", placement.error().reason};
  const BodyLandmarks& landmarks = placement->landmarks;
  const std::vector<PlacedTriggerPoint>& placed = placement->placed;
  const std::unique_ptr<SurfaceDistance> distance = surfaceDistance(surface);
  ReferralPaint paint;
  paint.seconds = seconds;
  paint.colormap = colormap;
  std::vector<std::vector<std::vector<glm::vec3>>> perPoint;
  for (const std::string& idWithSide : idsWithSide) {
    const auto label = splitSideLabel(idWithSide);
    const auto point = std::find_if(placed.begin(), placed.end(), [&](const auto& p) {
      return p.point->id == label.first && p.side == label.second;
    });
    const ReferralField field =
        referralField(surface.mesh, *distance, *point, landmarks, surface.zonePainting());
    paint.knots.push_back(point->position);
    perPoint.push_back(renderFields(surface.mesh, field));
  }
  paint.parts = paintedParts(surface.parts, perPoint);
  return paint;
}

}  // namespace myo
