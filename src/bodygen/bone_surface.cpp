// Mirrored primitives and field -> bone part.
#include "bodygen/bone_surface.h"

#include <string>

#include "bodygen/mesh_smoothing.h"
#include "bodygen/reference_parts.h"
#include "bodygen/surface_nets.h"

namespace myo {

Ellipsoid axisEllipsoid(glm::vec3 centre, glm::vec3 radii) {
  return {centre, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}, radii};
}

void addMirrored(DistanceField& field, const RoundCone& cone, float blend) {
  field.add(cone, blend);
  field.add(RoundCone{ref::mirroredPoint(cone.a), ref::mirroredPoint(cone.b), cone.ra, cone.rb},
            blend);
}

void addMirrored(DistanceField& field, const Ellipsoid& ellipsoid, float blend) {
  field.add(ellipsoid, blend);
  field.add(axisEllipsoid(ref::mirroredPoint(ellipsoid.centre), ellipsoid.radii), blend);
}

Part meshedBone(const DistanceField& field, const std::function<float(const glm::vec3&)>& cavities,
                std::string_view name, ref::BodySide side, float cell) {
  ScalarGrid grid = field.sample(field.bounds(2.0f * cell), cell);
  if (cavities) carve(grid, cavities, 0.004f);
  Part part = polygonise(grid);
  taubinSmooth(part);
  relaxTangentially(part, 3);
  const std::string base(name);
  part.name = side == ref::BodySide::Left    ? base + ".L"
              : side == ref::BodySide::Right ? base + ".R"
                                             : base;
  part.kind = PartKind::Bone;
  part.extras = bodyPartExtras(name, side, PartKind::Bone);
  return part;
}

Part mirroredBone(const Part& right, std::string_view name) {
  Part left = right;
  for (glm::vec3& p : left.positions) p = ref::mirroredPoint(p);
  for (glm::vec3& n : left.normals) n = ref::mirroredPoint(n);
  for (std::size_t t = 0; t + 2 < left.indices.size(); t += 3)
    std::swap(left.indices[t + 1], left.indices[t + 2]);
  left.name = std::string(name) + ".L";
  left.extras = bodyPartExtras(name, ref::BodySide::Left, PartKind::Bone);
  return left;
}

}  // namespace myo
