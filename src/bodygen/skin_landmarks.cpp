// Landmark probes (anchor + direction) from the measured skeleton, cast onto the skin.
#include "bodygen/skin_landmarks.h"

#include <algorithm>
#include <functional>
#include <stdexcept>

#include "bodygen/muscle_shapes.h"
#include "core/anatomy/landmark_vocabulary.h"
#include "core/geometry/mesh_measures.h"
#include "core/geometry/triangle_bvh.h"

namespace myo {
namespace {

using ref::BodySide;
using namespace right_side;

// A point inside the body and the direction in which its landmark lies on the skin.
struct Probe {
  glm::vec3 anchor;
  glm::vec3 direction;
};

// A landmark's probe, given for the right side (mirrored for the left) or the midline.
struct LandmarkRule {
  std::string_view name;
  std::function<Probe()> probe;
};

glm::vec3 at(std::string_view name, BodySide side = kR) {
  return referencePoint(name, side);
}

// A measured bony landmark pushed back `depth` m against its measured outward direction.
Probe measured(std::string_view name, BodySide side = kR, float depth = 0.01f) {
  const ref::MeasuredPoint* point = ref::findMeasured(ref::kMeasuredLandmarks, name, side);
  const glm::vec3 outward = point != nullptr ? point->outward : glm::vec3(0.0f);
  return {at(name, side) - depth * outward, outward};
}

glm::vec3 handPoint(std::size_t ray, int which) {
  return rayPoint("hand", kR, ray, which);
}

glm::vec3 footPoint(std::size_t ray, int which) {
  return rayPoint("foot", kR, ray, which);
}

glm::vec3 midlineAt(std::string_view vertebra, float forward) {
  const glm::vec3 centre = at(vertebra, kMid);
  return {0.0f, centre.y, centre.z + forward};
}

std::vector<LandmarkRule> rules() {
  const glm::vec3 up = kUp, down = kDown, front = kAnterior, back = kPosterior;
  const glm::vec3 out = kLateral, in = kMedial;
  auto thigh = [] { return glm::mix(at("hip"), at("knee"), 0.5f); };
  auto arm = [] { return glm::mix(at("shoulder"), at("elbow"), 0.5f); };
  auto forearm = [] { return glm::mix(at("elbow"), at("wrist"), 0.3f); };
  return {
      // Midline
      {"vertex",
       [=] {
         return Probe{at("vertex", kMid) - 0.05f * up, up};
       }},
      {"forehead",
       [=] {
         return Probe{at("forehead", kMid) - 0.03f * front, front};
       }},
      {"occiput",
       [=] {
         return Probe{at("occiput", kMid) - 0.03f * back, back};
       }},
      {"chin", [=] { return measured("chin", kMid, 0.02f); }},
      {"anterior_neck",
       [=] {
         return Probe{midlineAt("vertebra_c5", 0.03f) - 0.005f * up, front};
       }},
      {"sternal_notch", [=] { return measured("sternal_notch", kMid, 0.02f); }},
      {"sternum", [=] { return measured("sternum", kMid, 0.03f); }},
      {"umbilicus",
       [=] {
         return Probe{
             glm::mix(midlineAt("vertebra_l3", 0.06f), midlineAt("vertebra_l4", 0.06f), 0.5f),
             front};
       }},
      {"c7",
       [=] {
         return Probe{at("c7", kMid) + 0.02f * front, back};
       }},
      {"mid_back",
       [=] {
         return Probe{at("mid_back", kMid) + 0.02f * front, back};
       }},
      {"sacrum", [=] { return measured("sacrum", kMid, 0.02f); }},
      // Head and neck
      {"temple",
       [=] {
         return Probe{at("ear") + 0.035f * up + 0.02f * front + 0.03f * in,
                      glm::normalize(out + 0.3f * front)};
       }},
      {"eye",
       [=] {
         return Probe{at("forehead", kMid) - 0.025f * up - 0.04f * front + 0.032f * out, front};
       }},
      {"ear",
       [=] {
         return Probe{at("ear") + 0.02f * in, out};
       }},
      {"mastoid", [=] { return measured("mastoid"); }},
      {"cheek",
       [=] {
         return Probe{at("zygomatic_bone") - 0.02f * up + 0.01f * in,
                      glm::normalize(front + 0.5f * out)};
       }},
      {"angle_of_jaw", [=] { return measured("angle_of_jaw"); }},
      {"angle_of_neck",
       [=] {
         return Probe{glm::mix(at("vertebra_c7", kMid), at("acromion"), 0.35f),
                      glm::normalize(up + 0.5f * back + 0.2f * out)};
       }},
      // Shoulder and scapula
      {"acromion", [=] { return measured("acromion"); }},
      {"anterior_shoulder",
       [=] {
         return Probe{at("shoulder"), glm::normalize(front + 0.25f * out)};
       }},
      {"lateral_shoulder",
       [=] {
         return Probe{at("shoulder") - 0.03f * up, out};
       }},
      {"posterior_shoulder",
       [=] {
         return Probe{at("shoulder"), glm::normalize(back + 0.25f * out)};
       }},
      {"supraspinous_fossa",
       [=] {
         return Probe{glm::mix(at("superior_angle_scapula"), at("acromion"), 0.35f) + 0.01f * front,
                      glm::normalize(back + 0.6f * up)};
       }},
      {"infraspinous_fossa",
       [=] {
         return Probe{glm::mix(at("spine_of_scapula"), at("inferior_angle_scapula"), 0.45f) +
                          0.015f * out + 0.02f * front,
                      back};
       }},
      {"medial_scapular_border",
       [=] {
         return Probe{at("medial_scapular_border") + 0.02f * front, back};
       }},
      {"inferior_angle_scapula",
       [=] {
         return Probe{at("inferior_angle_scapula") + 0.02f * front, back};
       }},
      // Chest and abdomen
      {"axilla",
       [=] {
         return Probe{at("shoulder") + 0.045f * in - 0.02f * up, down};
       }},
      {"anterior_chest",
       [=] {
         const float x = 0.5f * (at("sternoclavicular").x + at("acromioclavicular").x);
         const glm::vec3 sternum = at("sternum", kMid);
         return Probe{{x, sternum.y + 0.02f, sternum.z - 0.05f}, front};
       }},
      {"lateral_chest", [=] { return measured("lateral_chest", kR, 0.03f); }},
      {"upper_abdomen",
       [=] {
         const glm::vec3 xiphoid = at("xiphisternal_junction", kMid);
         return Probe{{-0.08f, xiphoid.y - 0.06f, xiphoid.z - 0.08f}, front};
       }},
      // Arm and hand (anatomical position: palms face forward)
      {"anterior_arm",
       [=] {
         return Probe{arm(), front};
       }},
      {"posterior_arm",
       [=] {
         return Probe{arm(), back};
       }},
      {"lateral_epicondyle", [=] { return measured("lateral_epicondyle"); }},
      {"medial_epicondyle", [=] { return measured("medial_epicondyle"); }},
      {"olecranon", [=] { return measured("olecranon"); }},
      {"anterior_forearm",
       [=] {
         return Probe{forearm(), front};
       }},
      {"posterior_forearm",
       [=] {
         return Probe{forearm(), back};
       }},
      {"palmar_wrist",
       [=] {
         return Probe{at("wrist"), front};
       }},
      {"dorsal_wrist",
       [=] {
         return Probe{at("wrist"), back};
       }},
      {"thumb_web",
       [=] {
         return Probe{glm::mix(handPoint(0, 1), handPoint(1, 0), 0.5f), back};
       }},
      {"index_finger",
       [=] {
         return Probe{handPoint(1, 2), glm::normalize(handPoint(1, 2) - handPoint(1, 1))};
       }},
      {"little_finger",
       [=] {
         return Probe{handPoint(4, 2), glm::normalize(handPoint(4, 2) - handPoint(4, 1))};
       }},
      {"palm",
       [=] {
         return Probe{glm::mix(handPoint(2, 0), handPoint(2, 1), 0.5f), front};
       }},
      // Back and pelvis
      {"upper_back",
       [=] {
         return Probe{at("t4_spinous", kMid) + 0.035f * out + 0.03f * front, back};
       }},
      {"low_back",
       [=] {
         return Probe{at("l3_spinous", kMid) + 0.04f * out + 0.03f * front, back};
       }},
      {"iliac_crest", [=] { return measured("iliac_crest"); }},
      {"sacroiliac", [=] { return measured("sacroiliac"); }},
      {"buttock",
       [=] {
         const glm::vec3 ischium = at("ischial_tuberosity");
         const glm::vec3 trochanter = at("greater_trochanter");
         return Probe{{0.5f * (ischium.x + trochanter.x), ischium.y + 0.07f, ischium.z}, back};
       }},
      {"greater_trochanter", [=] { return measured("greater_trochanter"); }},
      {"groin",
       [=] {
         return Probe{glm::mix(at("asis"), at("pubic_symphysis", kMid), 0.5f) - 0.03f * up,
                      glm::normalize(front - 0.4f * up)};
       }},
      // Thigh and knee
      {"anterior_thigh",
       [=] {
         return Probe{thigh(), front};
       }},
      {"lateral_thigh",
       [=] {
         return Probe{thigh(), out};
       }},
      {"medial_thigh",
       [=] {
         return Probe{thigh(), in};
       }},
      {"posterior_thigh",
       [=] {
         return Probe{thigh(), back};
       }},
      {"anterior_knee", [=] { return measured("anterior_knee"); }},
      {"medial_knee", [=] { return measured("medial_knee"); }},
      {"lateral_knee", [=] { return measured("lateral_knee"); }},
      {"popliteal_fossa",
       [=] {
         return Probe{at("knee"), back};
       }},
      // Leg and foot
      {"calf",
       [=] {
         return Probe{glm::mix(at("knee"), at("ankle"), 0.3f), back};
       }},
      {"shin", [=] { return measured("shin"); }},
      {"anterior_ankle",
       [=] {
         return Probe{at("ankle"), glm::normalize(front + 0.2f * up)};
       }},
      {"lateral_malleolus", [=] { return measured("lateral_malleolus"); }},
      {"medial_malleolus", [=] { return measured("medial_malleolus"); }},
      {"heel", [=] { return measured("heel"); }},
      {"plantar_arch",
       [=] {
         return Probe{glm::mix(at("ankle"), footPoint(0, 0), 0.6f) + 0.01f * in, down};
       }},
      {"ball_of_foot",
       [=] {
         return Probe{glm::mix(footPoint(0, 1), footPoint(2, 1), 0.5f), down};
       }},
      {"big_toe",
       [=] {
         return Probe{glm::mix(footPoint(0, 1), footPoint(0, 2), 0.6f), up};
       }},
      {"dorsum_of_foot",
       [=] {
         return Probe{glm::mix(at("ankle"), footPoint(2, 1), 0.5f), up};
       }},
  };
}

// Where a ray from the anchor first crosses the skin; the nearest skin vertex when it does not
// within 0.3 m (an anchor outside the skin).
glm::vec3 castOntoSkin(const TriangleBvh& bvh, const Part& skin, const Probe& probe) {
  if (auto hit = bvh.intersect({probe.anchor, probe.direction}, {}, 0.3f)) return hit->point;
  return skin.positions[nearestVertex(skin.positions, probe.anchor)];
}

}  // namespace

std::vector<Landmark> placeLandmarks(const Part& skin) {
  Model skinOnly;
  skinOnly.parts.push_back(skin);
  const TriangleBvh bvh = TriangleBvh::build(skinOnly);
  const std::vector<LandmarkRule> probes = rules();
  std::vector<Landmark> landmarks;
  for (const LandmarkName& landmark : landmarkVocabulary()) {
    const auto rule = std::find_if(probes.begin(), probes.end(),
                                   [&landmark](const auto& r) { return r.name == landmark.name; });
    if (rule == probes.end())
      throw std::logic_error("no probe for landmark " + std::string(landmark.name));
    const Probe probe = rule->probe();
    const std::string name(landmark.name);
    if (!landmark.bilateral) {
      landmarks.push_back({name, castOntoSkin(bvh, skin, probe)});
      continue;
    }
    landmarks.push_back({name + ".R", castOntoSkin(bvh, skin, probe)});
    const Probe left{ref::mirroredPoint(probe.anchor), ref::mirroredPoint(probe.direction)};
    landmarks.push_back({name + ".L", castOntoSkin(bvh, skin, left)});
  }
  return landmarks;
}

}  // namespace myo
