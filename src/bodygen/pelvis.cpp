// Pelvis primitives from the measured hip joint, ASIS, iliac crest, PSIS, ischial tuberosity,
// pubic symphysis and the sacrum's box; bone thicknesses are adult values.
#include "bodygen/pelvis.h"

#include "bodygen/bone_surface.h"
#include "bodygen/muscle_shapes.h"

namespace myo {
namespace {

using ref::BodySide;
using right_side::kMid;
using right_side::kR;
constexpr float kPelvisCell = 0.0035f;  // m, polygoniser grid
constexpr float kPelvisMargin = 0.03f;  // m, field clamp

// The right hip bone's field and its cavities (acetabular cup, obturator foramen).
Part hipBone(BodySide side) {
  const glm::vec3 hip = referencePoint("hip", kR);
  const glm::vec3 asis = referencePoint("asis", kR);
  const glm::vec3 crestTop = referencePoint("iliac_crest", kR);
  const glm::vec3 psis = referencePoint("sacroiliac", kR);
  const glm::vec3 ischium = referencePoint("ischial_tuberosity", kR);
  const glm::vec3 symphysis = referencePoint("pubic_symphysis", kMid);
  // The iliac crest from the ASIS over its tubercle and highest point to the PSIS.
  const glm::vec3 tubercle = glm::mix(asis, crestTop, 0.4f) + glm::vec3(-0.016f, 0.01f, 0.0f);
  const glm::vec3 crest[] = {asis, tubercle, crestTop,
                             glm::mix(crestTop, psis, 0.5f) + glm::vec3(-0.006f, 0.006f, 0.0f),
                             psis};
  const glm::vec3 iliacBody = hip + glm::vec3(0.008f, 0.04f, -0.01f);
  const glm::vec3 pubicBody = symphysis + glm::vec3(-0.016f, -0.004f, -0.006f);
  const glm::vec3 ischialBody = ischium + glm::vec3(0.0f, 0.012f, 0.006f);

  DistanceField field(kPelvisMargin);
  field.add(LoftTube(tubeLoft(crest, 0.007f, 0.005f), 2));  // the crest's rim
  for (std::size_t i = 0; i + 1 < std::size(crest); ++i)    // the iliac wing: a dense fan
    for (const float t : {0.0f, 0.33f, 0.67f})
      field.add(RoundCone{iliacBody, glm::mix(crest[i], crest[i + 1], t), 0.011f, 0.0045f}, 0.02f);
  field.add(RoundCone{psis, psis + glm::vec3(0.006f, -0.05f, 0.02f), 0.01f, 0.01f}, 0.012f);
  field.add(Sphere{hip, 0.029f}, 0.012f);  // acetabulum
  field.add(RoundCone{hip + glm::vec3(0.02f, -0.004f, 0.016f), pubicBody, 0.01f, 0.009f},
            0.01f);                                                       // superior ramus
  field.add(axisEllipsoid(pubicBody, {0.012f, 0.019f, 0.009f}), 0.008f);  // pubic body
  field.add(RoundCone{pubicBody + glm::vec3(0.0f, -0.018f, -0.004f), ischialBody, 0.0065f, 0.009f},
            0.008f);  // ischiopubic ramus
  field.add(RoundCone{hip + glm::vec3(0.01f, -0.018f, -0.022f), ischialBody, 0.013f, 0.012f},
            0.01f);  // ischial body
  // Cup open to the side, front and below; the obturator foramen between rami and ischium.
  const Sphere cup{hip + glm::vec3(-0.012f, -0.004f, 0.004f), 0.024f};
  const glm::vec3 foramenCentre =
      0.25f * (hip + pubicBody + ischialBody + glm::vec3(pubicBody.x, ischialBody.y, pubicBody.z)) +
      glm::vec3(-0.004f, -0.012f, 0.004f);
  const Ellipsoid foramen = axisEllipsoid(foramenCentre, {0.02f, 0.017f, 0.013f});
  auto cavities = [cup, foramen](const glm::vec3& p) {
    return std::min(sdSphere(p, cup.centre, cup.radius), sdEllipsoid(p, foramen));
  };
  Part right = meshedBone(field, cavities, "hip_bone", kR, kPelvisCell);
  return side == kR ? right : mirroredBone(right, "hip_bone");
}

// The sacrum: the S1 body and wide alae at the base, narrowing to the apex, concave in front.
Part sacrum() {
  const ref::MeasuredShape& box = *ref::findMeasured(ref::kMeasuredBones, "sacrum", kMid);
  const glm::vec3 back = referencePoint("sacrum", kMid);  // posterior midline at mid-height
  const float baseY = box.boundsMax.y - 0.012f;
  const glm::vec3 promontory(0.0f, baseY, box.boundsMax.z - 0.02f);
  const glm::vec3 apex(0.0f, box.boundsMin.y + 0.008f, back.z + 0.012f);
  const glm::vec3 ala(box.boundsMin.x + 0.012f, baseY - 0.006f, promontory.z - 0.02f);
  DistanceField field(kPelvisMargin);
  field.add(
      axisEllipsoid(promontory + glm::vec3(0.0f, -0.006f, -0.012f), {0.024f, 0.012f, 0.018f}));
  addMirrored(field, RoundCone{ala, promontory + glm::vec3(-0.012f, 0.0f, -0.01f), 0.012f, 0.014f},
              0.012f);
  addMirrored(field, RoundCone{ala, apex + glm::vec3(-0.006f, 0.0f, 0.0f), 0.012f, 0.006f}, 0.014f);
  field.add(RoundCone{promontory + glm::vec3(0.0f, 0.0f, -0.025f), apex, 0.014f, 0.006f}, 0.014f);
  return meshedBone(field, {}, "sacrum", kMid, kPelvisCell);
}

}  // namespace

std::vector<Part> pelvisParts() {
  return {hipBone(kR), hipBone(BodySide::Left), sacrum()};
}

}  // namespace myo
