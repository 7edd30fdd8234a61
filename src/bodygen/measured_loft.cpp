// Measured shape -> loft, and mirroring.
#include "bodygen/measured_loft.h"

namespace myo {
namespace {

glm::vec3 mirror(const glm::vec3& v) {
  return {-v.x, v.y, v.z};
}

}  // namespace

LoftSpec loftFromMeasured(const ref::MeasuredShape& shape) {
  LoftSpec spec;
  spec.start = shape.origin;
  spec.end = shape.insertion;
  for (const ref::LoftStation& station : shape.stations)
    spec.rings.push_back(
        {station.centre, shape.axisA, shape.axisB, station.radiusA, station.radiusB});
  return spec;
}

LoftSpec mirroredLoft(const LoftSpec& spec) {
  LoftSpec out = spec;
  out.start = mirror(spec.start);
  out.end = mirror(spec.end);
  out.rings.clear();
  for (const LoftRing& ring : spec.rings)
    out.rings.push_back(
        {mirror(ring.centre), mirror(ring.axisA), mirror(ring.axisB), ring.radiusA, ring.radiusB});
  return out;
}

}  // namespace myo
