// Sheet muscles: fans of flat slips laid on a surface from an origin line to an insertion line or
// point — on the trunk (the smooth union of the thorax and abdomen volumes) the latissimus dorsi,
// external oblique and rectus abdominis; on the skull the temporalis. No I/O, no GL.
#pragma once

#include <utility>
#include <vector>

#include "bodygen/distance_field.h"
#include "bodygen/reference_parts.h"

namespace myo {

// A surface to lay sheets on: the zero set of a signed distance field (negative inside).
class SheetSurface {
 public:
  explicit SheetSurface(DistanceField field) : field_(std::move(field)) {}
  // `p` moved onto the surface along the field's gradient (six Newton steps), then `lift` m
  // along the outward normal. O(1) field evaluations.
  [[nodiscard]] glm::vec3 project(glm::vec3 p, float lift) const;
  // Unit outward normal of the field at `p` (central differences, 1 mm). O(1).
  [[nodiscard]] glm::vec3 normal(const glm::vec3& p) const;

 private:
  [[nodiscard]] glm::vec3 gradient(const glm::vec3& p) const;  // central differences, 1 mm
  DistanceField field_;
};

// How a fan's slips sit: thickness, width at a single insertion, lift off the surface, and how
// much of their length follows it.
struct SheetLayout {
  float halfThickness = 0.004f;      // m, at the middle of a slip
  float insertionHalfWidth = 0.01f;  // m, a slip's half-width at a single insertion point
  float liftOrigin = 0.0f;           // m, mid-plane above the surface at the origin …
  float liftInsertion = 0.0f;        // … and at the insertion (linear between)
  float hug = 1.0f;      // fraction of the length, from the origin, that follows the surface
  int slipsBetween = 2;  // slips added between each pair of given ones (more: a smoother edge)
};

// A fan of slips: slip i runs from origins[i] to insertions[i] (or to the one insertion point).
struct SheetSpec {
  std::vector<glm::vec3> origins;
  std::vector<glm::vec3> insertions;  // as many as origins, or one (a converging fan)
  SheetLayout layout;
};

// One closed loft per slip (two more slips are interpolated between each given pair);
// neighbouring slips overlap so the fan reads as one
// sheet whose slips show the fibre direction. O(slips).
[[nodiscard]] std::vector<LoftSpec> sheetLofts(const SheetSurface& surface, const SheetSpec& spec);

// The trunk's surface: the thorax and abdomen volumes of bodyVolumes(). O(volumes).
[[nodiscard]] SheetSurface trunkSurface();

// The sheet muscles on both sides (right built, left mirrored). O(slips).
[[nodiscard]] std::vector<BodyShape> sheetMuscles();

}  // namespace myo
