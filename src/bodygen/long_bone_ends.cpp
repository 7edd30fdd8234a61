// Long-bone ends from the measured hip, knee, shoulder and elbow centres and the trochanter,
// epicondyle and tubercle landmarks; sizes are adult values.
#include "bodygen/long_bone_ends.h"

#include "bodygen/bone_surface.h"
#include "bodygen/measured_loft.h"
#include "bodygen/muscle_shapes.h"

namespace myo {
namespace {

using ref::BodySide;
using namespace right_side;
constexpr float kCell = 0.004f;   // m, polygoniser grid
constexpr float kMargin = 0.03f;  // m, field clamp

// The measured loft of `bone` between stations `first` and `last` (inclusive), closed by short
// cones. O(stations).
LoftSpec shaft(std::string_view bone, std::size_t first, std::size_t last) {
  const LoftSpec whole = loftFromMeasured(*ref::findMeasured(ref::kMeasuredBones, bone, kR));
  LoftSpec spec;
  spec.rings.assign(whole.rings.begin() + static_cast<std::ptrdiff_t>(first),
                    whole.rings.begin() + static_cast<std::ptrdiff_t>(last) + 1);
  spec.start = spec.rings.front().centre + 0.5f * (spec.rings[0].centre - spec.rings[1].centre);
  const std::size_t n = spec.rings.size();
  spec.end =
      spec.rings[n - 1].centre + 0.5f * (spec.rings[n - 1].centre - spec.rings[n - 2].centre);
  return spec;
}

glm::vec3 station(std::string_view bone, std::size_t i) {
  return ref::findMeasured(ref::kMeasuredBones, bone, kR)->stations[i].centre;
}

// Femur: head in the acetabulum, neck to the greater trochanter, lesser trochanter, shaft,
// flaring metaphysis and the two condyles at the epicondyles.
DistanceField femur() {
  const glm::vec3 hip = referencePoint("hip", kR);
  const glm::vec3 knee = referencePoint("knee", kR);
  const glm::vec3 trochanter = referencePoint("greater_trochanter", kR);
  const glm::vec3 lateralEpicondyle = referencePoint("lateral_knee", kR);
  const glm::vec3 medialEpicondyle = referencePoint("medial_knee", kR);
  DistanceField field(kMargin);
  field.add(LoftTube(shaft("femur", 2, 9), 1));
  field.add(Sphere{hip, 0.023f}, 0.004f);
  const glm::vec3 neckBase = station("femur", 1) + 0.006f * kLateral;
  field.add(RoundCone{hip, neckBase, 0.015f, 0.019f}, 0.012f);
  field.add(axisEllipsoid(trochanter + 0.013f * kMedial + 0.008f * kUp, {0.013f, 0.022f, 0.017f}),
            0.014f);
  field.add(Sphere{station("femur", 2) + 0.014f * kMedial + 0.012f * kPosterior, 0.008f}, 0.01f);
  field.add(RoundCone{station("femur", 9), knee + glm::vec3(0.0f, 0.022f, -0.004f), 0.016f, 0.03f},
            0.02f);
  for (const glm::vec3& epicondyle :
       {lateralEpicondyle + 0.019f * kMedial, medialEpicondyle + 0.019f * kLateral})
    field.add(
        axisEllipsoid(epicondyle + glm::vec3(0.0f, -0.004f, -0.004f), {0.019f, 0.022f, 0.03f}),
        0.012f);
  return field;
}

// Humerus: head at the shoulder centre, the greater tubercle, shaft, and the distal end with
// both epicondyles and the trochlea and capitulum.
DistanceField humerus() {
  const glm::vec3 shoulder = referencePoint("shoulder", kR);
  const glm::vec3 elbow = referencePoint("elbow", kR);
  const glm::vec3 tubercle = referencePoint("greater_tubercle", kR);
  const glm::vec3 lateralEpicondyle = referencePoint("lateral_epicondyle", kR);
  const glm::vec3 medialEpicondyle = referencePoint("medial_epicondyle", kR);
  DistanceField field(kMargin);
  field.add(LoftTube(shaft("humerus", 2, 9), 1));
  field.add(Sphere{shoulder, 0.022f}, 0.004f);
  field.add(RoundCone{shoulder, station("humerus", 2), 0.02f, 0.013f}, 0.015f);
  field.add(axisEllipsoid(tubercle + 0.01f * kMedial + 0.004f * kAnterior, {0.01f, 0.014f, 0.012f}),
            0.01f);
  field.add(
      RoundCone{station("humerus", 9), elbow + glm::vec3(0.0f, 0.02f, -0.004f), 0.012f, 0.02f},
      0.015f);
  field.add(RoundCone{lateralEpicondyle + 0.005f * kMedial, medialEpicondyle + 0.005f * kLateral,
                      0.009f, 0.01f},
            0.01f);
  field.add(axisEllipsoid(elbow + glm::vec3(0.0f, -0.006f, 0.004f), {0.021f, 0.011f, 0.013f}),
            0.008f);
  return field;
}

// Tibia: the plateau under the femoral condyles, the tuberosity, shaft, and the distal end with
// the medial malleolus.
DistanceField tibia() {
  const glm::vec3 tuberosity = referencePoint("tibial_tuberosity", kR);
  const glm::vec3 malleolus = referencePoint("medial_malleolus", kR);
  const glm::vec3 plateau = station("tibia", 0) + glm::vec3(0.0f, 0.006f, 0.0f);
  DistanceField field(kMargin);
  field.add(LoftTube(shaft("tibia", 2, 10), 1));
  field.add(axisEllipsoid(plateau, {0.037f, 0.013f, 0.027f}), 0.004f);
  field.add(RoundCone{station("tibia", 2), plateau, 0.017f, 0.028f}, 0.02f);
  field.add(Sphere{tuberosity + 0.006f * kPosterior, 0.008f}, 0.012f);
  field.add(RoundCone{station("tibia", 10), station("tibia", 11), 0.014f, 0.02f}, 0.012f);
  field.add(RoundCone{station("tibia", 11), malleolus + 0.005f * kLateral, 0.014f, 0.007f}, 0.01f);
  return field;
}

// Patella: a flattened ellipsoid filling the measured patella's box.
DistanceField patella() {
  const ref::MeasuredShape& box = *ref::findMeasured(ref::kMeasuredBones, "patella", kR);
  DistanceField field(kMargin);
  field.add(axisEllipsoid(0.5f * (box.boundsMin + box.boundsMax),
                          0.5f * (box.boundsMax - box.boundsMin) * glm::vec3(0.95f, 0.95f, 0.9f)));
  return field;
}

// The right bone and its mirror image.
void addBothSides(std::vector<Part>& parts, const DistanceField& field, std::string_view name) {
  Part right = meshedBone(field, {}, name, kR, kCell);
  parts.push_back(mirroredBone(right, name));
  parts.insert(parts.end() - 1, std::move(right));
}

}  // namespace

std::vector<Part> longBoneParts() {
  std::vector<Part> parts;
  addBothSides(parts, femur(), "femur");
  addBothSides(parts, humerus(), "humerus");
  addBothSides(parts, tibia(), "tibia");
  addBothSides(parts, patella(), "patella");
  return parts;
}

}  // namespace myo
