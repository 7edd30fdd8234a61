// Origins and insertions follow standard descriptive anatomy; sizes are adult belly dimensions.
#include "bodygen/authored_leg.h"

#include "bodygen/muscle_shapes.h"

namespace myo {
namespace {

using ref::BodySide;
using namespace right_side;

std::vector<AuthoredMuscle> rightLegMuscles() {
  const glm::vec3 asis = referencePoint("asis", kR);
  const glm::vec3 ischium = referencePoint("ischial_tuberosity", kR);
  const glm::vec3 pubis = referencePoint("pubic_symphysis", BodySide::Mid);
  const glm::vec3 patella = referencePoint("anterior_knee", kR);
  const glm::vec3 tibialTuberosity = referencePoint("tibial_tuberosity", kR);
  const glm::vec3 medialKnee = referencePoint("medial_knee", kR);
  const glm::vec3 lateralKnee = referencePoint("lateral_knee", kR);
  const glm::vec3 fibularHead = referencePoint("fibular_head", kR);
  const glm::vec3 lateralMalleolus = referencePoint("lateral_malleolus", kR);
  const glm::vec3 heel = referencePoint("heel", kR);
  const glm::vec3 hallux = rayPoint("foot", kR, 0, 1);
  const glm::vec3 thirdToe = rayPoint("foot", kR, 2, 1);
  auto femur = [](float along, glm::vec3 direction, float beyond) {
    return boneSurfacePoint("femur", kR, along, glm::normalize(direction), beyond);
  };
  return {
      {"rectus_femoris",  // anterior inferior iliac spine -> base of the patella
       fusiform(asis + glm::vec3(0.012f, -0.035f, -0.012f), patella + glm::vec3(0, 0.035f, -0.008f),
                0.028f, 0.022f, kAnterior, 0.02f * kAnterior, 0.08f, 0.12f, 0.5f)},
      {"vastus_medialis",  // medial linea aspera -> medial border of the patella
       fusiform(femur(0.3f, kMedial + kPosterior, 0.005f),
                patella + glm::vec3(0.025f, 0.02f, -0.012f), 0.03f, 0.024f, kMedial + kAnterior,
                0.015f * kMedial, 0.05f, 0.08f, 0.75f)},
      {"vastus_intermedius",  // anterior femoral shaft -> deep quadriceps tendon
       fusiform(femur(0.22f, kAnterior, 0.004f), patella + glm::vec3(0, 0.05f, -0.025f), 0.03f,
                0.014f, kAnterior, 0.012f * kAnterior, 0.04f, 0.12f, 0.45f)},
      {"semitendinosus",  // ischial tuberosity -> pes anserinus on the medial tibia
       fusiform(ischium + glm::vec3(-0.005f, 0.005f, -0.006f),
                tibialTuberosity + glm::vec3(0.03f, -0.012f, -0.022f), 0.02f, 0.018f, kPosterior,
                0.02f * kPosterior + 0.01f * kMedial, 0.05f, 0.35f, 0.45f)},
      {"semimembranosus",  // ischial tuberosity -> posteromedial tibial condyle
       fusiform(ischium + glm::vec3(-0.012f, 0.012f, 0.0f),
                medialKnee + glm::vec3(-0.006f, -0.03f, -0.03f), 0.028f, 0.022f, kPosterior,
                0.012f * kPosterior + 0.01f * kMedial, 0.2f, 0.1f, 0.65f)},
      {"biceps_femoris_short",  // lateral lip of the linea aspera -> head of the fibula
       fusiform(femur(0.45f, kPosterior + 0.3f * kLateral, 0.003f),
                fibularHead + glm::vec3(0, 0.012f, -0.01f), 0.02f, 0.015f, kPosterior + kLateral,
                glm::vec3(0.0f), 0.05f, 0.15f, 0.5f)},
      {"adductor_longus",  // pubic body -> middle third of the linea aspera
       fusiform(pubis + glm::vec3(-0.025f, -0.012f, -0.006f),
                femur(0.55f, kPosterior + kMedial, 0.0f), 0.03f, 0.012f, kAnterior + kMedial,
                glm::vec3(0.0f), 0.06f, 0.08f, 0.4f)},
      {"adductor_brevis",  // inferior pubic ramus -> upper linea aspera
       fusiform(pubis + glm::vec3(-0.03f, -0.032f, -0.02f),
                femur(0.33f, kPosterior + kMedial, 0.0f), 0.022f, 0.012f, kAnterior,
                glm::vec3(0.0f), 0.05f, 0.08f, 0.45f)},
      {"adductor_magnus",  // ischiopubic ramus and tuberosity -> linea aspera and adductor tubercle
       fusiform(ischium + glm::vec3(0.015f, 0.0f, 0.01f), medialKnee + glm::vec3(0, 0.06f, -0.012f),
                0.045f, 0.026f, kMedial, 0.012f * kPosterior, 0.04f, 0.12f, 0.45f)},
      {"gastrocnemius_lateral",  // lateral femoral condyle -> calcaneus through the Achilles tendon
       fusiform(lateralKnee + glm::vec3(0.012f, 0.02f, -0.025f), heel + glm::vec3(0, 0.02f, 0),
                0.024f, 0.018f, kPosterior + 0.3f * kLateral, 0.025f * kPosterior, 0.04f, 0.5f,
                0.3f)},
      {"fibularis_longus",  // head of the fibula -> behind the lateral malleolus
       fusiform(fibularHead + glm::vec3(-0.004f, -0.012f, 0),
                lateralMalleolus + glm::vec3(0.005f, -0.015f, -0.015f), 0.014f, 0.012f, kLateral,
                0.008f * kLateral, 0.04f, 0.45f, 0.35f)},
      {"fibularis_brevis",  // lower lateral fibula -> base of the fifth metatarsal
       fusiform(glm::mix(fibularHead, lateralMalleolus, 0.45f) + 0.008f * kLateral,
                lateralMalleolus + glm::vec3(0, -0.03f, 0.05f), 0.012f, 0.01f, kLateral,
                glm::vec3(0.0f), 0.05f, 0.35f, 0.45f)},
      {"abductor_hallucis",  // medial calcaneus -> base of the big toe
       fusiform(heel + glm::vec3(0.02f, 0.015f, 0.01f), hallux + glm::vec3(0.005f, 0, -0.012f),
                0.012f, 0.01f, kMedial, glm::vec3(0.0f), 0.05f, 0.2f, 0.45f)},
      {"flexor_digitorum_brevis",  // calcaneal tuberosity -> middle phalanges of toes 2-5
       fusiform(heel + glm::vec3(0, 0.01f, 0.02f), thirdToe + glm::vec3(0, -0.006f, 0), 0.014f,
                0.008f, kDown, glm::vec3(0.0f), 0.05f, 0.25f, 0.4f)},
      {"quadratus_plantae",  // calcaneus -> tendon of flexor digitorum longus
       fusiform(heel + glm::vec3(0.008f, 0.02f, 0.015f),
                glm::mix(heel, thirdToe, 0.5f) + glm::vec3(0, 0.008f, 0), 0.014f, 0.008f, kDown,
                glm::vec3(0.0f), 0.03f, 0.1f, 0.45f)},
      {"flexor_hallucis_brevis",  // cuboid and cuneiforms -> base of the big toe
       fusiform(glm::mix(heel, hallux, 0.55f) + glm::vec3(0, 0.008f, 0),
                hallux + glm::vec3(0, -0.006f, 0.01f), 0.01f, 0.008f, kDown, glm::vec3(0.0f), 0.05f,
                0.15f, 0.45f)},
  };
}

}  // namespace

std::vector<BodyShape> authoredLegMuscles() {
  return onBothSides(rightLegMuscles());
}

}  // namespace myo
