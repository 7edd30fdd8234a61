// Skull primitives: sizes from the measured bone boxes (cranium, frontal, occipital, temporal,
// maxilla, zygomatic, mandible) and landmarks (vertex, forehead, occiput, ear, chin, gonion).
#include "bodygen/skull.h"

#include "bodygen/bone_surface.h"
#include "bodygen/measured_loft.h"
#include "bodygen/muscle_shapes.h"

namespace myo {
namespace {

using ref::BodySide;
using right_side::kMid;
using right_side::kR;
constexpr float kCell = 0.003f;   // m, polygoniser grid
constexpr float kMargin = 0.03f;  // m, field clamp (above the largest blend plus two cells)

const ref::MeasuredBox& box(std::string_view name, BodySide side = kMid) {
  return *ref::findMeasured(ref::kMeasuredBoneBoxes, name, side);
}

Part meshed(const DistanceField& field, const std::function<float(const glm::vec3&)>& cavities,
            const char* name) {
  return meshedBone(field, cavities, name, kMid, kCell);
}

// A path across the midline: the right-side points, then their mirror images in reverse.
std::vector<glm::vec3> archThrough(std::initializer_list<glm::vec3> rightToMidline) {
  std::vector<glm::vec3> path(rightToMidline);
  for (auto it = std::next(rightToMidline.end(), -2);; --it) {
    path.push_back(ref::mirroredPoint(*it));
    if (it == rightToMidline.begin()) break;
  }
  return path;
}

}  // namespace

DistanceField skullField() {
  const glm::vec3 vertex = referencePoint("vertex", kMid);
  const glm::vec3 forehead = referencePoint("forehead", kMid);
  const glm::vec3 occiput = referencePoint("occiput", kMid);
  const glm::vec3 ear = referencePoint("ear", kR);
  const glm::vec3 mastoid = referencePoint("mastoid", kR);
  const ref::MeasuredBox& cranium = box("skull");
  const ref::MeasuredBox& frontal = box("frontal_bone");
  const ref::MeasuredBox& occipital = box("occipital_bone");
  const ref::MeasuredBox& temporal = box("temporal_bone", kR);
  const ref::MeasuredBox& maxilla = box("maxilla", kR);
  const ref::MeasuredBox& zygomatic = box("zygomatic_bone", kR);
  auto half = [](const ref::MeasuredBox& b) { return 0.5f * (b.boundsMax - b.boundsMin); };

  DistanceField field(kMargin);
  // Vault: touches the vertex, the occiput and the forehead, as wide as the skull.
  const glm::vec3 vault(0.0f, vertex.y - 0.078f, 0.5f * (occiput.z + forehead.z) + 0.002f);
  field.add(axisEllipsoid(
      vault, {cranium.boundsMax.x - 0.004f, 0.078f, 0.5f * (forehead.z - occiput.z) - 0.002f}));
  field.add(axisEllipsoid(frontal.centroid + glm::vec3(0.0f, 0.0f, -0.006f),
                          half(frontal) * glm::vec3(0.92f, 0.9f, 1.0f)),
            0.02f);
  field.add(axisEllipsoid(occipital.centroid + glm::vec3(0.0f, -0.004f, 0.012f),
                          half(occipital) * glm::vec3(0.85f, 0.8f, 0.75f)),
            0.02f);
  addMirrored(field,
              axisEllipsoid(temporal.centroid, half(temporal) * glm::vec3(0.75f, 0.8f, 0.8f)),
              0.015f);
  // Midface (maxillae) as wide as both maxillae, up to the orbit floors.
  const float faceFront = maxilla.boundsMax.z;
  field.add(axisEllipsoid({0.0f, maxilla.centroid.y + 0.012f, faceFront - 0.032f},
                          {-maxilla.boundsMin.x - 0.001f, 0.036f, 0.032f}),
            0.015f);
  addMirrored(field, axisEllipsoid(zygomatic.centroid, {0.012f, 0.014f, 0.016f}), 0.012f);
  const glm::vec3 arch[] = {zygomatic.centroid + glm::vec3(-0.008f, -0.004f, -0.015f),
                            ear + glm::vec3(-0.002f, 0.016f, 0.004f)};
  const LoftSpec zygomaticArch = tubeLoft(arch, 0.005f, 0.0025f);
  field.add(LoftTube(zygomaticArch, 1), 0.006f);
  field.add(LoftTube(mirroredLoft(zygomaticArch), 1), 0.006f);
  addMirrored(field,
              RoundCone{mastoid + glm::vec3(0.008f, 0.02f, -0.008f), mastoid, 0.011f, 0.006f},
              0.01f);
  // Upper teeth: an arch under the maxillae from molar to molar.
  const float teethY = maxilla.boundsMin.y + 0.002f;
  const std::vector<glm::vec3> upperTeeth = archThrough({{-0.027f, teethY, faceFront - 0.055f},
                                                         {-0.018f, teethY, faceFront - 0.021f},
                                                         {0.0f, teethY, faceFront - 0.009f}});
  field.add(LoftTube(tubeLoft(upperTeeth, 0.008f, 0.006f), 2), 0.008f);

  return field;
}

namespace {

// The skull field with the orbits below the brow and the nasal aperture carved out.
Part skull() {
  const glm::vec3 forehead = referencePoint("forehead", kMid);
  const ref::MeasuredBox& maxilla = box("maxilla", kR);
  const ref::MeasuredBox& zygomatic = box("zygomatic_bone", kR);
  const float faceFront = maxilla.boundsMax.z;
  const DistanceField field = skullField();
  // Orbits below the brow, the nasal aperture between the maxillae.
  const glm::vec3 orbit(-0.033f, zygomatic.boundsMax.y - 0.007f, forehead.z - 0.012f);
  const Ellipsoid rightOrbit = axisEllipsoid(orbit, {0.018f, 0.017f, 0.028f});
  const Ellipsoid leftOrbit = axisEllipsoid(ref::mirroredPoint(orbit), rightOrbit.radii);
  const Ellipsoid nose =
      axisEllipsoid({0.0f, orbit.y - 0.03f, faceFront - 0.002f}, {0.011f, 0.018f, 0.02f});
  return meshed(
      field,
      [=](const glm::vec3& p) {
        return std::min(
            {sdEllipsoid(p, rightOrbit), sdEllipsoid(p, leftOrbit), sdEllipsoid(p, nose)});
      },
      "skull");
}

// Mandible: the U of its body through the chin, each ramus up to its condyle with the coronoid
// process in front, and the lower dental arch.
Part mandible() {
  const glm::vec3 condyle = referencePoint("ear", kR) + glm::vec3(0.004f, -0.004f, -0.001f);
  const glm::vec3 chin = referencePoint("chin", kMid);
  const glm::vec3 gonion = referencePoint("angle_of_jaw", kR);
  const glm::vec3 angle(std::min(gonion.x, condyle.x + 0.006f), gonion.y + 0.004f,
                        gonion.z + 0.002f);
  const float bodyY = chin.y + 0.004f;
  const std::vector<glm::vec3> body =
      archThrough({angle,
                   glm::mix(angle, glm::vec3(angle.x * 0.5f, bodyY, chin.z - 0.012f), 0.7f),
                   {angle.x * 0.4f, bodyY, chin.z - 0.01f},
                   {0.0f, bodyY, chin.z - 0.004f}});
  const std::vector<glm::vec3> teeth =
      archThrough({{angle.x * 0.62f, bodyY + 0.024f, angle.z + 0.03f},
                   {angle.x * 0.38f, bodyY + 0.024f, chin.z - 0.012f},
                   {0.0f, bodyY + 0.024f, chin.z - 0.008f}});
  const glm::vec3 ramus[] = {angle, glm::mix(angle, condyle, 0.5f), condyle};
  DistanceField field(kMargin);
  field.add(LoftTube(tubeLoft(body, 0.013f, 0.0055f), 2));
  field.add(LoftTube(tubeLoft(teeth, 0.007f, 0.0055f), 2), 0.008f);
  const LoftSpec rightRamus = tubeLoft(ramus, 0.0045f, 0.012f);
  field.add(LoftTube(rightRamus, 1), 0.01f);
  field.add(LoftTube(mirroredLoft(rightRamus), 1), 0.01f);
  addMirrored(field, axisEllipsoid(condyle, {0.009f, 0.005f, 0.006f}), 0.004f);
  addMirrored(field,
              RoundCone{angle + glm::vec3(0.003f, 0.022f, 0.022f),
                        condyle + glm::vec3(0.004f, -0.004f, 0.022f), 0.005f, 0.003f},
              0.008f);  // coronoid process
  return meshed(field, {}, "mandible");
}

}  // namespace

std::vector<Part> skullParts() {
  return {skull(), mandible()};
}

}  // namespace myo
