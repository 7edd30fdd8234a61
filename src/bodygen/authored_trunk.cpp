// Attachments follow standard descriptive anatomy; spinous processes lie on the midline behind
// the vertebral bodies, transverse processes about 3 cm to the side.
#include "bodygen/authored_trunk.h"

#include <cassert>

#include "bodygen/measured_loft.h"
#include "bodygen/muscle_shapes.h"

namespace myo {
namespace {

using ref::BodySide;
using namespace right_side;

std::vector<AuthoredMuscle> rightTrunkMuscles() {
  const glm::vec3 mastoid = referencePoint("mastoid", kR);
  const ref::MeasuredShape* scm =
      ref::findMeasured(ref::kMeasuredMuscles, "sternocleidomastoid", kR);
  assert(scm != nullptr && "the sternocleidomastoid is measured");
  const glm::vec3 occiput = referencePoint("occiput", kMid);
  const glm::vec3 c7 = referencePoint("c7", kMid);
  const glm::vec3 t4 = referencePoint("t4_spinous", kMid);
  const glm::vec3 c3 = referencePoint("vertebra_c3", kMid);
  const glm::vec3 c5 = referencePoint("vertebra_c5", kMid);
  const glm::vec3 t12 = referencePoint("vertebra_t12", kMid);
  const glm::vec3 jawAngle = referencePoint("angle_of_jaw", kR);
  const glm::vec3 zygoma = referencePoint("zygomatic_bone", kR);
  const glm::vec3 iliacCrest = referencePoint("iliac_crest", kR);
  const glm::vec3 asis = referencePoint("asis", kR);
  const glm::vec3 scapulaTop = referencePoint("superior_angle_scapula", kR);
  const glm::vec3 scapulaBorder = referencePoint("medial_scapular_border", kR);
  const glm::vec3 c1Transverse = mastoid + glm::vec3(0.012f, -0.03f, 0.0f);
  const glm::vec3 c2Spinous = c3 + glm::vec3(0.0f, 0.028f, -0.035f);
  auto bone = [](const char* name, float along, glm::vec3 direction, float beyond) {
    return boneSurfacePoint(name, kR, along, glm::normalize(direction), beyond);
  };
  return {
      {"sternocleidomastoid_sternal",  // manubrium -> mastoid process (measured ends)
       fusiform(scm->origin, scm->insertion + glm::vec3(0.004f, -0.004f, 0.006f), 0.011f, 0.008f,
                kLateral + kAnterior, 0.01f * kAnterior, 0.12f, 0.08f, 0.5f)},
      {"sternocleidomastoid_clavicular",  // medial third of the clavicle -> mastoid process
       fusiform(bone("clavicle", 0.18f, kUp + kAnterior, 0.0f),
                scm->insertion + glm::vec3(-0.002f, -0.012f, 0.0f), 0.014f, 0.007f,
                kLateral + kAnterior, 0.006f * kLateral, 0.08f, 0.08f, 0.45f)},
      {"scalenus_medius",  // transverse processes C2-C7 -> first rib behind the subclavian groove
       fusiform(c3 + glm::vec3(-0.028f, 0.0f, 0.0f), ribPoint(1, kR, 3), 0.01f, 0.008f, kLateral,
                0.006f * kLateral, 0.05f, 0.08f, 0.5f)},
      {"scalenus_posterior",  // transverse processes C4-C6 -> second rib
       fusiform(c5 + glm::vec3(-0.026f, 0.0f, -0.008f), ribPoint(2, kR, 2), 0.008f, 0.007f,
                kLateral + kPosterior, glm::vec3(0.0f), 0.05f, 0.08f, 0.5f)},
      {"splenius_cervicis",  // spinous processes T3-T6 -> transverse processes C1-C3
       fusiform(t4 + glm::vec3(-0.008f, -0.01f, 0.002f), c3 + glm::vec3(-0.03f, 0.02f, -0.005f),
                0.012f, 0.005f, kPosterior, 0.008f * kPosterior, 0.06f, 0.12f, 0.5f)},
      {"rectus_capitis_posterior_major",  // spinous process of C2 -> inferior nuchal line
       fusiform(c2Spinous + 0.004f * kLateral, occiput + glm::vec3(-0.024f, -0.022f, 0.012f),
                0.008f, 0.005f, kPosterior, glm::vec3(0.0f), 0.05f, 0.05f, 0.5f)},
      {"rectus_capitis_posterior_minor",  // posterior tubercle of C1 -> medial inferior nuchal line
       fusiform(c2Spinous + glm::vec3(-0.003f, 0.015f, 0.01f),
                occiput + glm::vec3(-0.01f, -0.016f, 0.008f), 0.006f, 0.004f, kPosterior,
                glm::vec3(0.0f), 0.05f, 0.05f, 0.5f)},
      {"obliquus_capitis_inferior",  // spinous process of C2 -> transverse process of C1
       fusiform(c2Spinous + 0.004f * kLateral, c1Transverse, 0.008f, 0.005f, kPosterior,
                glm::vec3(0.0f), 0.05f, 0.05f, 0.5f)},
      {"obliquus_capitis_superior",  // transverse process of C1 -> occipital bone
       fusiform(c1Transverse, occiput + glm::vec3(-0.036f, -0.014f, 0.012f), 0.007f, 0.004f,
                kPosterior, glm::vec3(0.0f), 0.05f, 0.05f, 0.5f)},
      {"masseter",  // zygomatic arch -> angle and ramus of the mandible
       fusiform(zygoma + glm::vec3(-0.01f, -0.012f, -0.012f),
                jawAngle + glm::vec3(0.0f, 0.006f, 0.006f), 0.016f, 0.008f, kLateral,
                0.004f * kLateral, 0.06f, 0.08f, 0.5f)},
      {"rhomboid_minor",  // spinous processes C7-T1 -> medial border at the root of the spine
       fusiform(c7 + glm::vec3(-0.005f, -0.012f, -0.006f),
                glm::mix(scapulaTop, scapulaBorder, 0.35f), 0.01f, 0.005f, kPosterior,
                0.004f * kPosterior, 0.06f, 0.06f, 0.5f)},
      {"pectoralis_major_clavicular",  // medial half of the clavicle -> lateral lip of the groove
       fusiform(bone("clavicle", 0.32f, kAnterior, 0.003f),
                bone("humerus", 0.17f, kAnterior + 0.3f * kLateral, 0.002f), 0.03f, 0.01f,
                kAnterior, 0.012f * kAnterior, 0.05f, 0.12f, 0.4f)},
      {"quadratus_lumborum",  // posterior iliac crest -> 12th rib and L1-L4 transverse processes
       fusiform(iliacCrest + glm::vec3(0.03f, 0.0f, -0.05f),
                t12 + glm::vec3(-0.045f, -0.01f, -0.005f), 0.024f, 0.012f, kPosterior,
                glm::vec3(0.0f), 0.04f, 0.06f, 0.45f)},
      {"iliacus",  // iliac fossa -> lesser trochanter
       fusiform(glm::mix(iliacCrest, asis, 0.5f) + glm::vec3(0.03f, -0.02f, -0.01f),
                bone("femur", 0.12f, kMedial + kPosterior, 0.0f), 0.032f, 0.012f,
                kAnterior + kMedial, glm::vec3(0.0f), 0.02f, 0.15f, 0.35f)},
      {"iliocostalis_thoracis",  // angles of ribs 7-12 -> angles of ribs 1-6
       fusiform(ribPoint(10, kR, 1) + 0.012f * kPosterior, ribPoint(3, kR, 1) + 0.012f * kPosterior,
                0.012f, 0.008f, kPosterior, 0.01f * kPosterior, 0.08f, 0.08f, 0.5f)},
  };
}

// Multifidus fills the groove beside the spinous processes from the sacrum to C3: a loft with a
// ring beside every vertebra, about 2 cm in front of the spinous tips.
LoftSpec rightMultifidus() {
  constexpr const char* kLevels[] = {"vertebra_l5", "vertebra_l4",  "vertebra_l3",  "vertebra_l2",
                                     "vertebra_l1", "vertebra_t12", "vertebra_t10", "vertebra_t8",
                                     "vertebra_t6", "vertebra_t4",  "vertebra_t2",  "vertebra_c7",
                                     "vertebra_c5"};
  LoftSpec loft;
  loft.ripple = kFibreRipple;
  loft.ripples = kFibreRipples;
  loft.start = referencePoint("sacrum", kMid) + glm::vec3(-0.015f, -0.02f, 0.0f);
  for (const char* level : kLevels) {
    const ref::MeasuredBox* box = ref::findMeasured(ref::kMeasuredBoneBoxes, level, kMid);
    if (box == nullptr) continue;
    const bool lumbar = level[9] == 'l';
    loft.rings.push_back({{-0.016f, box->centroid.y, box->boundsMin.z + 0.02f},
                          kLateral,
                          kPosterior,
                          lumbar ? 0.014f : 0.009f,
                          lumbar ? 0.013f : 0.008f});
  }
  loft.end = referencePoint("vertebra_c3", kMid) + glm::vec3(-0.012f, 0.0f, -0.02f);
  return loft;
}

}  // namespace

std::vector<BodyShape> authoredTrunkMuscles() {
  std::vector<BodyShape> shapes = onBothSides(rightTrunkMuscles());
  const LoftSpec multifidus = rightMultifidus();
  shapes.push_back({"multifidus", kR, PartKind::Muscle, multifidus, 16, 1});
  shapes.push_back(
      {"multifidus", BodySide::Left, PartKind::Muscle, mirroredLoft(multifidus), 16, 1});
  return shapes;
}

}  // namespace myo
