// Anatomical position: palms forward, so palmar is +Z and the thumb (radial) side is lateral.
#include "bodygen/authored_arm.h"

#include "bodygen/muscle_shapes.h"

namespace myo {
namespace {

using ref::BodySide;
using namespace right_side;

std::vector<AuthoredMuscle> rightArmMuscles() {
  const glm::vec3 shoulder = referencePoint("shoulder", kR);
  const glm::vec3 coracoid = referencePoint("coracoid_process", kR);
  const glm::vec3 lateralEpicondyle = referencePoint("lateral_epicondyle", kR);
  const glm::vec3 medialEpicondyle = referencePoint("medial_epicondyle", kR);
  const glm::vec3 olecranon = referencePoint("olecranon", kR);
  const glm::vec3 radialStyloid = referencePoint("radial_styloid", kR);
  const glm::vec3 ulnarStyloid = referencePoint("ulnar_styloid", kR);
  auto hand = [](std::size_t ray, int which) { return rayPoint("hand", kR, ray, which); };
  auto bone = [](const char* name, float along, glm::vec3 direction, float beyond) {
    return boneSurfacePoint(name, kR, along, glm::normalize(direction), beyond);
  };
  return {
      {"biceps_brachii_short",  // coracoid process -> radial tuberosity
       fusiform(coracoid + glm::vec3(0, -0.01f, 0), bone("radius", 0.1f, kAnterior + kMedial, 0.0f),
                0.018f, 0.016f, kAnterior, 0.012f * kAnterior, 0.15f, 0.15f, 0.6f)},
      {"triceps_brachii",  // infraglenoid tubercle and posterior humerus -> olecranon
       fusiform(shoulder + glm::vec3(0.0f, -0.035f, -0.03f), olecranon + 0.01f * kUp, 0.032f,
                0.026f, kPosterior, 0.022f * kPosterior, 0.05f, 0.12f, 0.5f)},
      {"brachioradialis",  // lateral supracondylar ridge -> radial styloid
       fusiform(bone("humerus", 0.72f, kLateral, 0.003f), radialStyloid + 0.012f * kUp, 0.018f,
                0.014f, kLateral + kAnterior, 0.012f * kLateral + 0.008f * kAnterior, 0.04f, 0.4f,
                0.3f)},
      {"extensor_carpi_radialis_longus",  // lower supracondylar ridge -> base of metacarpal 2
       fusiform(bone("humerus", 0.84f, kLateral, 0.003f), hand(1, 0) + 0.006f * kPosterior, 0.013f,
                0.011f, kLateral + kPosterior, 0.006f * kLateral, 0.03f, 0.5f, 0.25f)},
      {"extensor_carpi_radialis_brevis",  // lateral epicondyle -> base of metacarpal 3
       fusiform(lateralEpicondyle, hand(2, 0) + 0.006f * kPosterior, 0.012f, 0.01f,
                kPosterior + kLateral, 0.008f * kPosterior, 0.05f, 0.45f, 0.35f)},
      {"extensor_digitorum",  // lateral epicondyle -> dorsal hood of the middle finger
       fusiform(lateralEpicondyle + glm::vec3(0.004f, -0.008f, -0.006f),
                hand(2, 1) + 0.006f * kPosterior, 0.015f, 0.01f, kPosterior, 0.01f * kPosterior,
                0.05f, 0.45f, 0.35f)},
      {"extensor_carpi_ulnaris",  // lateral epicondyle -> base of metacarpal 5
       fusiform(lateralEpicondyle + glm::vec3(0.008f, -0.012f, -0.012f),
                hand(4, 0) + 0.006f * kPosterior, 0.012f, 0.01f, kPosterior + kMedial,
                0.008f * kPosterior, 0.05f, 0.3f, 0.4f)},
      {"flexor_carpi_radialis",  // medial epicondyle -> base of metacarpal 2, palmar
       fusiform(medialEpicondyle, hand(1, 0) + 0.006f * kAnterior, 0.012f, 0.01f, kAnterior,
                0.008f * kAnterior, 0.05f, 0.45f, 0.35f)},
      {"flexor_carpi_ulnaris",  // medial epicondyle and olecranon -> pisiform
       fusiform(medialEpicondyle + glm::vec3(0, -0.004f, -0.01f),
                ulnarStyloid + glm::vec3(0, -0.018f, 0.012f), 0.013f, 0.011f, kAnterior + kMedial,
                0.006f * kMedial, 0.04f, 0.2f, 0.4f)},
      {"flexor_digitorum_superficialis",  // medial epicondyle -> middle phalanges (middle finger)
       fusiform(medialEpicondyle + glm::vec3(-0.004f, -0.01f, 0.006f),
                hand(2, 1) + 0.008f * kAnterior, 0.016f, 0.011f, kAnterior, 0.008f * kAnterior,
                0.05f, 0.4f, 0.4f)},
      {"flexor_digitorum_profundus",  // anterior ulna -> distal phalanges (deep to the
                                      // superficialis)
       fusiform(bone("ulna", 0.25f, kAnterior, 0.002f), hand(2, 1) + 0.004f * kAnterior, 0.016f,
                0.012f, kAnterior, glm::vec3(0.0f), 0.05f, 0.4f, 0.4f)},
  };
}

}  // namespace

std::vector<BodyShape> authoredArmMuscles() {
  return onBothSides(rightArmMuscles());
}

}  // namespace myo
