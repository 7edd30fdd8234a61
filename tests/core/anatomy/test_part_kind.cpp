// Classification of anatomy part names and extras into muscle, tendon, bone, skin and other.
#include <catch2/catch.hpp>

#include "core/anatomy/part_kind.h"

using myo::PartKind;

namespace {

struct Case {
  const char* name;
  PartKind kind;
};

}  // namespace

TEST_CASE("classifyPart: real anatomy names", "[gltf]") {
  const Case cases[] = {
      // BodyParts3D (ids, English FMA names, truncated names)
      {"FJ441_BP62721_FMA32547_Right infraspinatus", PartKind::Muscle},
      {"FJ647_BP62254_FMA79979_Sternocostal part of right pectoralis ma", PartKind::Muscle},
      {"Long head of right biceps femoris", PartKind::Muscle},
      {"Right levator scapulae", PartKind::Muscle},
      {"Right tibialis anterior", PartKind::Muscle},
      {"Medial head of right gastrocnemius", PartKind::Muscle},
      {"Right tensor fasciae latae", PartKind::Muscle},
      {"Right semitendinosus", PartKind::Muscle},
      {"Left femur", PartKind::Bone},
      {"FJ66_BP62532_FMA16202_Sacrum", PartKind::Bone},
      {"Mandible", PartKind::Bone},
      {"Vomer", PartKind::Bone},
      {"FJ640_BP62720_FMA52740_Ethmoid", PartKind::Bone},
      {"Third lumbar vertebra", PartKind::Bone},
      {"Right first rib", PartKind::Bone},
      {"Right trapezium", PartKind::Bone},
      {"Left trapezoid", PartKind::Bone},
      {"Left scapula", PartKind::Bone},
      {"Left tibia", PartKind::Bone},
      {"Right seventh costal cartilage", PartKind::Bone},
      {"Intervertebral disk of seventh thoracic v", PartKind::Bone},
      {"Middle phalanx of left little toe", PartKind::Bone},
      // Z-Anatomy and the project's own naming
      {"Trapezius muscle.r", PartKind::Muscle},
      {"Gluteus_maximus_muscle.l", PartKind::Muscle},
      {"trapezius.L", PartKind::Muscle},
      {"RightInfraspinatus", PartKind::Muscle},
      {"Femur.r", PartKind::Bone},
      // Tendons, skin and other tissue
      {"Achilles tendon", PartKind::Tendon},
      {"Bicipital aponeurosis", PartKind::Tendon},
      {"Anterior cruciate ligament of right knee", PartKind::Tendon},
      {"skin", PartKind::Skin},
      {"Body", PartKind::Skin},
      {"body_surface", PartKind::Skin},
      {"Thoracolumbar fascia", PartKind::Other},
      {"Right intercostal nerve", PartKind::Other},
      {"Heart", PartKind::Other},
      {"Cube", PartKind::Unknown},
      {"", PartKind::Unknown},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(myo::classifyPart(c.name, "") == c.kind);
  }
}

TEST_CASE("classifyPart: extras state the kind", "[gltf]") {
  CHECK(myo::classifyPart("Cube", R"({"kind":"muscle"})") == PartKind::Muscle);
  CHECK(myo::classifyPart("Left femur", R"({"kind":"Skin"})") == PartKind::Skin);
  CHECK(myo::classifyPart("Cube", R"({"kind":"tendon"})") == PartKind::Tendon);
  CHECK(myo::classifyPart("Cube", R"({"kind":"other"})") == PartKind::Other);
  CHECK(myo::classifyPart("part_12", R"({"muscle":"trapezius","side":"L"})") == PartKind::Muscle);
  // Unusable extras fall back to the name.
  CHECK(myo::classifyPart("Left femur", R"({"kind":"weird"})") == PartKind::Bone);
  CHECK(myo::classifyPart("Left femur", "{not json") == PartKind::Bone);
  CHECK(myo::classifyPart("Left femur", "[1,2]") == PartKind::Bone);
}
