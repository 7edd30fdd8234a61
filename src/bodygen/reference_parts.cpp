// Measured tables -> lofted parts.
#include "bodygen/reference_parts.h"

#include <string>

#include "bodygen/authored_arm.h"
#include "bodygen/authored_leg.h"
#include "bodygen/authored_trunk.h"
#include "bodygen/body_volumes.h"
#include "bodygen/measured_loft.h"
#include "bodygen/muscle_catalog.h"
#include "bodygen/reference_measurements.h"
#include "bodygen/skin.h"

namespace myo {
namespace {

using ref::BodySide;

constexpr int kSegments = 24;     // points around each cross-section
constexpr int kSubdivisions = 2;  // extra rings between measured ones

std::string_view sideWord(BodySide side) {
  return side == BodySide::Left ? "left" : side == BodySide::Right ? "right" : "midline";
}

std::string nodeName(std::string_view name, BodySide side) {
  const std::string base(name);
  return side == BodySide::Left ? base + ".L" : side == BodySide::Right ? base + ".R" : base;
}

Part namedPart(Part part, std::string_view name, BodySide side, PartKind kind) {
  const bool muscle = kind == PartKind::Muscle;
  const MuscleSpec* spec = muscle ? findMuscle(name) : nullptr;
  part.name = nodeName(name, side);
  part.kind = kind;
  part.extras = std::string(R"({"kind":")") + (muscle ? "muscle" : "bone") + R"(",")" +
                (muscle ? "muscle" : "bone") + R"(":")" + std::string(name) + R"(","side":")" +
                std::string(sideWord(side)) + R"(","layer":)" +
                std::to_string(spec != nullptr ? spec->layer : (muscle ? 1 : 3)) + "}";
  return part;
}

// An ellipsoid filling an axis-aligned box, lofted along its longest side.
LoftSpec ellipsoidInBox(const glm::vec3& lo, const glm::vec3& hi) {
  const glm::vec3 centre = 0.5f * (lo + hi);
  const glm::vec3 half = 0.5f * (hi - lo);
  const int axis = half.x > half.y ? (half.x > half.z ? 0 : 2) : (half.y > half.z ? 1 : 2);
  glm::vec3 along(0.0f), a(0.0f), b(0.0f);
  along[axis] = 1.0f;
  a[(axis + 1) % 3] = 1.0f;
  b[(axis + 2) % 3] = 1.0f;
  LoftSpec spec;
  spec.start = centre - along * half[axis];
  spec.end = centre + along * half[axis];
  constexpr int kRings = 7;
  for (int i = 1; i <= kRings; ++i) {
    const float t = -1.0f + 2.0f * static_cast<float>(i) / (kRings + 1);  // -1..1 exclusive
    const float scale = std::sqrt(1.0f - t * t);
    spec.rings.push_back({centre + along * (t * half[axis]), a, b, half[(axis + 1) % 3] * scale,
                          half[(axis + 2) % 3] * scale});
  }
  return spec;
}

// A tube of constant elliptical section through `path` points (rib, finger ray).
LoftSpec tubeAlong(std::span<const glm::vec3> path, float radiusA, float radiusB) {
  LoftSpec spec;
  spec.start = path.front();
  spec.end = path.back();
  glm::vec3 reference(0.0f, 1.0f, 0.0f);
  for (std::size_t i = 0; i < path.size(); ++i) {
    const glm::vec3 tangent =
        glm::normalize(path[std::min(i + 1, path.size() - 1)] - path[i == 0 ? 0 : i - 1]);
    if (std::abs(glm::dot(tangent, reference)) > 0.9f) reference = {1.0f, 0.0f, 0.0f};
    const glm::vec3 a = glm::normalize(glm::cross(tangent, reference));
    const glm::vec3 b = glm::cross(tangent, a);
    const float taper = (i == 0 || i + 1 == path.size()) ? 0.6f : 1.0f;
    spec.rings.push_back({path[i], b, a, radiusA * taper, radiusB * taper});
  }
  return spec;
}

void addShapes(std::vector<BodyShape>& out, std::span<const ref::MeasuredShape> shapes,
               PartKind kind) {
  for (const ref::MeasuredShape& shape : shapes) {
    // A measured whole that the body splits (the sternocleidomastoid) is built from its parts.
    if (kind == PartKind::Muscle && findMuscle(shape.name) == nullptr) continue;
    const std::string name(shape.name);
    const LoftSpec spec = loftFromMeasured(shape);
    out.push_back({name, shape.side, kind, spec, kSegments, kSubdivisions});
    const bool rightOnly = shape.side == BodySide::Right &&
                           ref::findMeasured(shapes, shape.name, BodySide::Left) == nullptr;
    if (rightOnly)
      out.push_back({name, BodySide::Left, kind, mirroredLoft(spec), kSegments, kSubdivisions});
  }
}

}  // namespace

std::vector<BodyShape> referenceShapes() {
  std::vector<BodyShape> shapes;
  addShapes(shapes, ref::kMeasuredMuscles, PartKind::Muscle);
  addShapes(shapes, ref::kMeasuredBones, PartKind::Bone);
  for (const ref::MeasuredBox& box : ref::kMeasuredBoneBoxes)
    shapes.push_back({std::string(box.name), box.side, PartKind::Bone,
                      ellipsoidInBox(box.boundsMin, box.boundsMax), kSegments, 0});
  for (const ref::MeasuredCurve& rib : ref::kMeasuredRibs)
    shapes.push_back({std::string(rib.name), rib.side, PartKind::Bone,
                      tubeAlong(rib.path, rib.halfWidth, rib.halfThickness), 12, 1});
  for (const ref::MeasuredExtremity& extremity : ref::kMeasuredExtremities) {
    for (const ref::MeasuredRay& ray : extremity.rays) {
      const glm::vec3 path[] = {ray.base, 0.5f * (ray.base + ray.knuckle), ray.knuckle,
                                0.5f * (ray.knuckle + ray.tip), ray.tip};
      const float radius = 0.004f + 0.006f * glm::distance(ray.base, ray.tip);
      shapes.push_back({std::string(extremity.name) + "_" + std::string(ray.name), extremity.side,
                        PartKind::Bone, tubeAlong(path, radius, radius * 0.8f), 10, 1});
    }
  }
  return shapes;
}

Model meshShapes(const std::vector<BodyShape>& shapes) {
  Model model;
  for (const BodyShape& shape : shapes)
    model.parts.push_back(namedPart(loftSurface(shape.loft, shape.segments, shape.subdivisions),
                                    shape.name, shape.side, shape.kind));
  return model;
}

Model buildPreviewBody() {
  std::vector<BodyShape> shapes = referenceShapes();
  for (BodyShape& muscle : authoredLegMuscles()) shapes.push_back(std::move(muscle));
  for (BodyShape& muscle : authoredArmMuscles()) shapes.push_back(std::move(muscle));
  for (BodyShape& muscle : authoredTrunkMuscles()) shapes.push_back(std::move(muscle));
  Model model = meshShapes(shapes);
  model.source = "generator preview";
  // Volumes for the thorax, abdomen, neck and head shape the skin only; they are not parts.
  std::vector<BodyShape> skinShapes = shapes;
  for (BodyShape& volume : bodyVolumes()) skinShapes.push_back(std::move(volume));
  model.parts.push_back(buildSkin(skinShapes));
  // The skin is meant to be seen through: a neutral tone at 30 % opacity.
  model.materials.push_back({"skin", {0.70f, 0.45f, 0.34f, 0.3f}, -1, true});
  model.parts.back().material = 0;
  return model;
}

}  // namespace myo
