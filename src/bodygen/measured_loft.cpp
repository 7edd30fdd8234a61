// Measured shape -> loft, and mirroring.
#include "bodygen/measured_loft.h"

namespace myo {

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
  out.start = ref::mirroredPoint(spec.start);
  out.end = ref::mirroredPoint(spec.end);
  out.rings.clear();
  for (const LoftRing& ring : spec.rings)
    out.rings.push_back({ref::mirroredPoint(ring.centre), ref::mirroredPoint(ring.axisA),
                         ref::mirroredPoint(ring.axisB), ring.radiusA, ring.radiusB});
  return out;
}

}  // namespace myo
