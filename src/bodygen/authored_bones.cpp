// Tarsal and carpal ellipsoids sized from the measured foot and hand, and the scapular spine on
// the measured crest: adult bone dimensions.
#include "bodygen/authored_bones.h"

#include "bodygen/measured_loft.h"
#include "bodygen/muscle_shapes.h"

namespace myo {
namespace {

using ref::BodySide;
using namespace right_side;

glm::vec3 meanRayBase(const char* extremity) {
  glm::vec3 sum(0.0f);
  for (std::size_t ray = 0; ray < 5; ++ray) sum += rayPoint(extremity, kR, ray, 0);
  return sum / 5.0f;
}

struct AuthoredBone {
  const char* name;
  LoftSpec loft;
};

std::vector<AuthoredBone> rightBones() {
  const glm::vec3 ankle = referencePoint("ankle", kR);
  const glm::vec3 heel = referencePoint("heel", kR);
  const glm::vec3 wrist = referencePoint("wrist", kR);
  const glm::vec3 footBases = meanRayBase("foot");
  const glm::vec3 handBases = meanRayBase("hand");
  // Calcaneus: from the heel forward to the cuboid, under the talus.
  const glm::vec3 heelBack = heel + glm::vec3(0.0f, 0.016f, 0.004f);
  const glm::vec3 calcaneusFront = glm::vec3(footBases.x, heelBack.y + 0.006f, footBases.z - 0.03f);
  const glm::vec3 calcaneusAlong = 0.5f * (calcaneusFront - heelBack);
  // Midfoot: navicular, cuneiforms and cuboid between the talus head and the metatarsal bases.
  const glm::vec3 midfoot = footBases - glm::vec3(0.0f, 0.0f, 0.022f);
  // Carpus: between the wrist's styloids and the metacarpal bases.
  const glm::vec3 carpusAlong = 0.55f * (handBases - wrist);
  const glm::vec3 handAcross =
      glm::normalize(rayPoint("hand", kR, 4, 0) - rayPoint("hand", kR, 1, 0));
  const glm::vec3 palmNormal = glm::normalize(glm::cross(handAcross, carpusAlong));
  // The spine of the scapula: from the medial border over the measured crest to the acromion.
  const glm::vec3 crest = referencePoint("spine_of_scapula", kR);
  const glm::vec3 acromion = referencePoint("acromion", kR);
  const glm::vec3 spine[] = {
      referencePoint("medial_scapular_border", kR) + glm::vec3(-0.008f, 0.035f, 0.012f), crest,
      glm::mix(crest, acromion, 0.55f) + 0.003f * kPosterior,
      acromion + glm::vec3(0.008f, -0.004f, -0.004f)};
  return {
      {"scapula", tubeLoft(spine, 0.006f, 0.009f)},
      {"calcaneus", ellipsoidLoft(heelBack + calcaneusAlong, calcaneusAlong, {0.017f, 0.0f, 0.0f},
                                  {0.0f, 0.021f, 0.0f})},
      {"talus", ellipsoidLoft(ankle + glm::vec3(0.0f, -0.02f, 0.012f), {0.0f, -0.004f, 0.027f},
                              {0.016f, 0.0f, 0.0f}, {0.0f, 0.013f, 0.0f})},
      {"midfoot_bones",
       ellipsoidLoft(midfoot, {0.0f, 0.0f, 0.024f}, {0.026f, 0.0f, 0.0f}, {0.0f, 0.015f, 0.0f})},
      {"carpal_bones",
       ellipsoidLoft(wrist + carpusAlong, carpusAlong, 0.021f * handAcross, 0.009f * palmNormal)},
  };
}

}  // namespace

std::vector<BodyShape> authoredBones() {
  std::vector<BodyShape> shapes;
  for (const AuthoredBone& bone : rightBones()) {
    shapes.push_back({bone.name, kR, PartKind::Bone, bone.loft, 20, 1});
    shapes.push_back({bone.name, BodySide::Left, PartKind::Bone, mirroredLoft(bone.loft), 20, 1});
  }
  return shapes;
}

}  // namespace myo
