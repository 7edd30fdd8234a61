// Parts rebuilt straight from the measured reference tables: the 40 measured muscles on both
// sides, the long bones and girdles, ribs and costal cartilages, vertebrae and skull bones as
// ellipsoids (the skull excepted), and finger/toe rays. The skeleton and measured muscles of the
// bundled body start here. No I/O, no GL.
#pragma once

#include <string>
#include <vector>

#include "bodygen/loft.h"
#include "bodygen/reference_measurements.h"
#include "core/geometry/model.h"

namespace myo {

// One lofted structure before meshing: what it is, where, and how finely to mesh it.
struct BodyShape {
  std::string name;  // snake_case without side
  ref::BodySide side;
  PartKind kind;
  LoftSpec loft;
  int segments;      // points around a cross-section
  int subdivisions;  // extra rings between given ones
};

// The measured structures as lofts, right-only muscles mirrored to the left. O(shapes).
[[nodiscard]] std::vector<BodyShape> referenceShapes();

// glTF extras of a generated part: {"kind", "muscle" or "bone", "side", "layer", and "fma" when
// the catalogue knows it}. O(catalogue).
[[nodiscard]] std::string bodyPartExtras(std::string_view name, ref::BodySide side, PartKind kind);

// Meshes `shapes` as named, closed, outward parts with glTF-style extras ({"kind", "muscle" or
// "bone", "side", "layer", "fma" when known}); shapes sharing a name, side and kind (a muscle's
// two tendons) become one part. O(shapes · rings · segments).
[[nodiscard]] Model meshShapes(const std::vector<BodyShape>& shapes);

}  // namespace myo
