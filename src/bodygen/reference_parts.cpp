// Measured tables -> lofted parts.
#include "bodygen/reference_parts.h"

#include <algorithm>
#include <map>
#include <string>

#include "bodygen/measured_loft.h"
#include "bodygen/muscle_shapes.h"
#include "bodygen/reference_measurements.h"
#include "core/anatomy/muscle_catalog.h"
#include "core/anatomy/part_kind.h"

namespace myo {
namespace {

using ref::BodySide;

constexpr int kSegments = 24;     // points around each cross-section
constexpr int kSubdivisions = 2;  // extra rings between measured ones

std::string_view sideWord(BodySide side) {
  return side == BodySide::Left ? "left" : side == BodySide::Right ? "right" : "midline";
}

// Node name: tendons are "<muscle>_tendons", bilateral parts end in ".L" / ".R".
std::string nodeName(std::string_view name, BodySide side, PartKind kind) {
  const std::string base = std::string(name) + (kind == PartKind::Tendon ? "_tendons" : "");
  return side == BodySide::Left ? base + ".L" : side == BodySide::Right ? base + ".R" : base;
}

}  // namespace

std::string bodyPartExtras(std::string_view name, BodySide side, PartKind kind) {
  const bool muscular = kind == PartKind::Muscle || kind == PartKind::Tendon;
  const MuscleSpec* spec = muscular ? findMuscle(name) : nullptr;
  const std::string_view fma = spec == nullptr          ? std::string_view()
                               : side == BodySide::Left ? spec->fmaLeft
                                                        : spec->fmaRight;
  return R"({"kind":")" + std::string(partKindWord(kind)) + R"(",")" +
         (muscular ? "muscle" : "bone") + R"(":")" + std::string(name) + R"(","side":")" +
         std::string(sideWord(side)) + R"(","layer":)" +
         std::to_string(spec != nullptr ? spec->layer : (muscular ? 1 : 3)) +
         (fma.empty() ? "" : R"(,"fma":")" + std::string(fma) + "\"") + "}";
}

namespace {

// Appends `piece`'s triangles to `part`. O(piece).
void appendGeometry(Part& part, const Part& piece) {
  const auto offset = static_cast<std::uint32_t>(part.positions.size());
  part.positions.insert(part.positions.end(), piece.positions.begin(), piece.positions.end());
  part.normals.insert(part.normals.end(), piece.normals.begin(), piece.normals.end());
  if (part.fibres.size() == offset)  // kept only while every piece so far has them
    part.fibres.insert(part.fibres.end(), piece.fibres.begin(), piece.fibres.end());
  for (const std::uint32_t index : piece.indices) part.indices.push_back(offset + index);
}

// An ellipsoid filling an axis-aligned box, lofted along its longest side.
LoftSpec ellipsoidInBox(const glm::vec3& lo, const glm::vec3& hi) {
  const glm::vec3 half = 0.5f * (hi - lo);
  const int axis = half.x > half.y ? (half.x > half.z ? 0 : 2) : (half.y > half.z ? 1 : 2);
  glm::vec3 along(0.0f), a(0.0f), b(0.0f);
  along[axis] = half[axis];
  a[(axis + 1) % 3] = half[(axis + 1) % 3];
  b[(axis + 2) % 3] = half[(axis + 2) % 3];
  return ellipsoidLoft(0.5f * (lo + hi), along, a, b);
}

// The skull's measured boxes: the skull and mandible are built as surfaces (skull.h) instead.
bool isSkullBox(std::string_view name) {
  constexpr std::string_view kSkull[] = {
      "skull",         "frontal_bone",  "occipital_bone", "sphenoid_bone",  "ethmoid", "vomer",
      "parietal_bone", "temporal_bone", "maxilla",        "zygomatic_bone", "mandible"};
  return std::find(std::begin(kSkull), std::end(kSkull), name) != std::end(kSkull);
}

// A vertebra in its measured box (front = +z): the body in the front 40 %, the spinous process
// running back and down to the box's posterior edge, and the transverse processes across it
// behind the body. Three lofts that mesh as one part.
std::vector<LoftSpec> vertebraPieces(const ref::MeasuredBox& box) {
  const glm::vec3 size = box.boundsMax - box.boundsMin;
  const float y = box.centroid.y;
  const float bodyDepth = 0.4f * size.z;
  const glm::vec3 bodyCentre(0.0f, y, box.boundsMax.z - 0.5f * bodyDepth);
  const glm::vec3 archBack(0.0f, y, box.boundsMax.z - bodyDepth - 0.004f);
  const glm::vec3 spinous[] = {
      archBack, glm::vec3(0.0f, y - 0.12f * size.y, 0.5f * (archBack.z + box.boundsMin.z)),
      glm::vec3(0.0f, y - 0.25f * size.y, box.boundsMin.z + 0.004f)};
  const float transverseZ = box.boundsMax.z - bodyDepth - 0.012f;
  const glm::vec3 transverse[] = {{box.boundsMin.x + 0.006f, y, transverseZ - 0.004f},
                                  {0.0f, y, transverseZ},
                                  {box.boundsMax.x - 0.006f, y, transverseZ - 0.004f}};
  return {ellipsoidLoft(bodyCentre, {0.0f, 0.38f * size.y, 0.0f}, {0.27f * size.x, 0.0f, 0.0f},
                        {0.0f, 0.0f, 0.5f * bodyDepth}),
          tubeLoft(spinous, 0.2f * size.y, 0.004f), tubeLoft(transverse, 0.0045f, 0.005f)};
}

// Adds a structure; a right-side one also gets its mirror image on the left, so the body is
// exactly symmetric (the measured left twins differ from the mirrored right by up to 7 mm).
void addStructure(std::vector<BodyShape>& out, BodyShape shape) {
  if (shape.side == BodySide::Left) return;
  out.push_back(shape);
  if (shape.side != BodySide::Right) return;
  shape.side = BodySide::Left;
  shape.loft = mirroredLoft(shape.loft);
  out.push_back(std::move(shape));
}

void addShapes(std::vector<BodyShape>& out, std::span<const ref::MeasuredShape> shapes,
               PartKind kind) {
  for (const ref::MeasuredShape& shape : shapes) {
    // A measured whole that the body splits (the sternocleidomastoid) is built from its parts.
    if (kind == PartKind::Muscle && findMuscle(shape.name) == nullptr) continue;
    LoftSpec spec = loftFromMeasured(shape);
    if (kind == PartKind::Muscle) spec.ripple = kFibreRipple, spec.ripples = kSegments / 4;
    addStructure(out, {std::string(shape.name), shape.side, kind, spec, kSegments, kSubdivisions});
  }
}

}  // namespace

std::vector<BodyShape> referenceShapes() {
  std::vector<BodyShape> shapes;
  addShapes(shapes, ref::kMeasuredMuscles, PartKind::Muscle);
  addShapes(shapes, ref::kMeasuredBones, PartKind::Bone);
  for (const ref::MeasuredBox& box : ref::kMeasuredBoneBoxes)
    if (box.name.starts_with("vertebra_"))
      for (LoftSpec& piece : vertebraPieces(box))
        addStructure(shapes, {std::string(box.name), box.side, PartKind::Bone, std::move(piece),
                              kSegments / 2, 1});
    else if (!isSkullBox(box.name))
      addStructure(shapes, {std::string(box.name), box.side, PartKind::Bone,
                            ellipsoidInBox(box.boundsMin, box.boundsMax), kSegments, 0});
  for (const ref::MeasuredCurve& rib : ref::kMeasuredRibs)
    addStructure(shapes, {std::string(rib.name), rib.side, PartKind::Bone,
                          tubeLoft(rib.path, rib.halfWidth, rib.halfThickness), 12, 1});
  for (const ref::MeasuredExtremity& extremity : ref::kMeasuredExtremities) {
    for (const ref::MeasuredRay& ray : extremity.rays) {
      const glm::vec3 path[] = {ray.base, 0.5f * (ray.base + ray.knuckle), ray.knuckle,
                                0.5f * (ray.knuckle + ray.tip), ray.tip};
      const float radius = 0.004f + 0.006f * glm::distance(ray.base, ray.tip);
      addStructure(shapes,
                   {std::string(extremity.name) + "_" + std::string(ray.name), extremity.side,
                    PartKind::Bone, tubeLoft(path, radius, radius * 0.8f), 10, 1});
    }
  }
  return shapes;
}

Model meshShapes(const std::vector<BodyShape>& shapes) {
  Model model;
  std::map<std::string, std::size_t> partIndex;  // node name -> part
  for (const BodyShape& shape : shapes) {
    const Part piece = loftSurface(shape.loft, shape.segments, shape.subdivisions);
    const std::string name = nodeName(shape.name, shape.side, shape.kind);
    const auto [found, added] = partIndex.try_emplace(name, model.parts.size());
    if (!added) {
      appendGeometry(model.parts[found->second], piece);
      continue;
    }
    model.parts.push_back(piece);
    Part& part = model.parts.back();
    part.name = name;
    part.kind = shape.kind;
    if (shape.kind != PartKind::Muscle) part.fibres.clear();  // only muscles show fibres
    part.extras = bodyPartExtras(shape.name, shape.side, shape.kind);
  }
  return model;
}

}  // namespace myo
