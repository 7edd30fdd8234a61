// The body regions a pain diary counts areas in — head, neck, shoulder, upper back, chest,
// arm, forearm and hand, low back, hip, thigh and knee, leg and foot; each side apart where the
// region has sides — each a group of the landmark vocabulary's names, and the surface vertices
// of a body assigned to the region of their nearest landmark. No GL, no UI.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/atlas/atlas_anchoring.h"
#include "core/geometry/surface_mesh.h"
#include "core/referral/pain_drawing.h"

namespace myo {

// A region and side: id "shoulder.R", "neck"; label "Shoulder (right)", "Neck".
struct DiaryRegion {
  std::string id, label;
};

// Every region of the diary, in head-to-foot order, right before left. O(1) after the first.
[[nodiscard]] const std::vector<DiaryRegion>& diaryRegions();

// The region (index into bodyRegions) of landmark `name` ("temple", no side) on `side`; -1 for
// a name no region holds. O(vocabulary).
[[nodiscard]] int landmarkDiaryRegion(std::string_view name, char side);

// Each surface vertex's region: that of the nearest of the body's landmarks (-1 when the body
// has none). O(vertices · landmarks).
[[nodiscard]] std::vector<std::int16_t> vertexRegions(const SurfaceMesh& mesh,
                                                      const BodyLandmarks& landmarks);

// The painted area (cm²) and mean weight of `levels` in each region (bodyRegions' order).
// O(vertices).
struct RegionArea {
  float squareCm = 0.0f;
  float meanWeight = 0.0f;
};
[[nodiscard]] std::vector<RegionArea> regionAreas(const std::vector<PainLevel>& levels,
                                                  const SurfaceShape& shape,
                                                  const std::vector<std::int16_t>& regions);

}  // namespace myo
