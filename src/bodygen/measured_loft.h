// Turns the measured reference shapes into loft specifications, and mirrors a loft to the other
// side of the body (x -> -x). No I/O, no GL.
#pragma once

#include "bodygen/loft.h"
#include "bodygen/reference_measurements.h"

namespace myo {

// The loft through `shape`'s stations from its origin to its insertion. O(stations).
[[nodiscard]] LoftSpec loftFromMeasured(const ref::MeasuredShape& shape);

// `spec` reflected in the midsagittal plane (the subject's other side). O(rings).
[[nodiscard]] LoftSpec mirroredLoft(const LoftSpec& spec);

}  // namespace myo
