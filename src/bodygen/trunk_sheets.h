// Sheet muscles of the trunk: fans of flat slips laid on the trunk's surface (the smooth union of
// the thorax and abdomen volumes) from an origin line to an insertion line or point — the
// latissimus dorsi, the external oblique and the rectus abdominis. No I/O, no GL.
#pragma once

#include <vector>

#include "bodygen/distance_field.h"
#include "bodygen/reference_parts.h"

namespace myo {

// The trunk's surface as a signed distance field, for laying sheets on.
class TrunkSurface {
 public:
  // From the thorax and abdomen volumes of bodyVolumes(). O(volumes).
  TrunkSurface();
  // `p` moved onto the surface along the field's gradient (six Newton steps), then `lift` m
  // along the outward normal. O(1) field evaluations.
  [[nodiscard]] glm::vec3 project(glm::vec3 p, float lift) const;
  // Unit outward normal of the field at `p` (central differences, 1 mm). O(1).
  [[nodiscard]] glm::vec3 normal(const glm::vec3& p) const;

 private:
  [[nodiscard]] glm::vec3 gradient(const glm::vec3& p) const;  // central differences, 1 mm
  DistanceField field_;
};

// A fan of slips: slip i runs from origins[i] to insertions[i] (or to the one insertion point).
struct SheetSpec {
  std::vector<glm::vec3> origins;
  std::vector<glm::vec3> insertions;  // as many as origins, or one (a converging fan)
  float halfThickness = 0.004f;       // m, at the middle of a slip
  float insertionHalfWidth = 0.01f;   // m, a slip's half-width at a single insertion point
  float liftOrigin = 0.0f;            // m, mid-plane above the surface at the origin …
  float liftInsertion = 0.0f;         // … and at the insertion (linear between)
  float hug = 1.0f;  // fraction of the length, from the origin, that follows the surface
};

// One closed loft per slip (two more slips are interpolated between each given pair);
// neighbouring slips overlap so the fan reads as one
// sheet whose slips show the fibre direction. O(slips).
[[nodiscard]] std::vector<LoftSpec> sheetLofts(const TrunkSurface& surface, const SheetSpec& spec);

// The trunk's sheet muscles on both sides (right built, left mirrored). O(slips).
[[nodiscard]] std::vector<BodyShape> trunkSheetMuscles();

}  // namespace myo
