// Lofts rebuilt from the measured tables land where the real BodyParts3D muscles and bones are:
// centroid within 4 cm and box extents within 30 % (the bundled body's fidelity bound).
#include <catch2/catch.hpp>

#include <algorithm>

#include "bodygen/measured_loft.h"
#include "core/geometry/mesh_measures.h"
#include "core/geometry/mesh_topology.h"

namespace {

struct Fit {
  double centroidError = 0.0;  // metres
  double extentError = 0.0;    // largest relative error over x, y, z
};

Fit fitOf(const myo::Part& part, const myo::ref::MeasuredShape& shape) {
  const myo::Bounds bounds = myo::partBounds(part);
  Fit fit;
  fit.centroidError = glm::distance(myo::surfaceCentroid(part), glm::dvec3(shape.centroid));
  const glm::vec3 real = shape.boundsMax - shape.boundsMin;
  for (int axis = 0; axis < 3; ++axis)
    fit.extentError = std::max(
        fit.extentError, std::abs(double(bounds.size()[axis]) - real[axis]) / double(real[axis]));
  return fit;
}

void checkShapes(std::span<const myo::ref::MeasuredShape> shapes) {
  double worstCentroid = 0.0, worstExtent = 0.0;
  for (const myo::ref::MeasuredShape& shape : shapes) {
    const myo::Part part = myo::loftSurface(myo::loftFromMeasured(shape), 24, 2);
    const Fit fit = fitOf(part, shape);
    INFO(shape.name << " centroid " << fit.centroidError * 1000.0 << " mm, extent "
                    << fit.extentError * 100.0 << " %");
    CHECK(myo::analyseTopology(part).closedAndOriented());
    CHECK(fit.centroidError < 0.04);
    CHECK(fit.extentError < 0.30);
    worstCentroid = std::max(worstCentroid, fit.centroidError);
    worstExtent = std::max(worstExtent, fit.extentError);
  }
  WARN("worst centroid " << worstCentroid * 1000.0 << " mm, worst extent " << worstExtent * 100.0
                         << " % over " << shapes.size() << " shapes");
}

}  // namespace

TEST_CASE("measured muscles rebuild within the fidelity bound", "[measured]") {
  REQUIRE(myo::ref::kMeasuredMuscles.size() == 40);
  checkShapes(myo::ref::kMeasuredMuscles);
}

TEST_CASE("measured long bones and girdles rebuild within the fidelity bound", "[measured]") {
  checkShapes(myo::ref::kMeasuredBones);
}

TEST_CASE("a mirrored right muscle lands on its measured left twin", "[measured]") {
  int pairs = 0;
  for (const myo::ref::MeasuredShape& right : myo::ref::kMeasuredMuscles) {
    if (right.side != myo::ref::BodySide::Right) continue;
    const auto* left =
        myo::ref::findMeasured(myo::ref::kMeasuredMuscles, right.name, myo::ref::BodySide::Left);
    if (left == nullptr) continue;
    ++pairs;
    const myo::Part mirrored =
        myo::loftSurface(myo::mirroredLoft(myo::loftFromMeasured(right)), 24, 2);
    INFO(right.name);
    CHECK(myo::analyseTopology(mirrored).closedAndOriented());
    CHECK(glm::distance(myo::surfaceCentroid(mirrored), glm::dvec3(left->centroid)) < 0.02);
  }
  CHECK(pairs == 5);  // trapezius (3 parts), infraspinatus, gluteus medius
}
