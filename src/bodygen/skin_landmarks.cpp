// Landmark probes (anchor + direction) from the measured skeleton, cast onto the skin.
#include "bodygen/skin_landmarks.h"

#include <functional>
#include <limits>

#include "bodygen/muscle_shapes.h"
#include "core/triangle_bvh.h"

namespace myo {
namespace {

using ref::BodySide;
using namespace right_side;

// A point inside the body and the direction in which its landmark lies on the skin.
struct Probe {
  glm::vec3 anchor;
  glm::vec3 direction;
};

struct LandmarkRule {
  std::string_view name;
  bool bilateral;                // probe given for the right side, mirrored for the left
  std::function<Probe()> probe;  // evaluated once per side
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
      {"vertex", false,
       [=] {
         return Probe{at("vertex", kMid) - 0.05f * up, up};
       }},
      {"forehead", false,
       [=] {
         return Probe{at("forehead", kMid) - 0.03f * front, front};
       }},
      {"occiput", false,
       [=] {
         return Probe{at("occiput", kMid) - 0.03f * back, back};
       }},
      {"chin", false, [=] { return measured("chin", kMid, 0.02f); }},
      {"anterior_neck", false,
       [=] {
         return Probe{midlineAt("vertebra_c5", 0.03f) - 0.005f * up, front};
       }},
      {"sternal_notch", false, [=] { return measured("sternal_notch", kMid, 0.02f); }},
      {"sternum", false, [=] { return measured("sternum", kMid, 0.03f); }},
      {"umbilicus", false,
       [=] {
         return Probe{
             glm::mix(midlineAt("vertebra_l3", 0.06f), midlineAt("vertebra_l4", 0.06f), 0.5f),
             front};
       }},
      {"c7", false,
       [=] {
         return Probe{at("c7", kMid) + 0.02f * front, back};
       }},
      {"mid_back", false,
       [=] {
         return Probe{at("mid_back", kMid) + 0.02f * front, back};
       }},
      {"sacrum", false, [=] { return measured("sacrum", kMid, 0.02f); }},
      // Head and neck
      {"temple", true,
       [=] {
         return Probe{at("ear") + 0.035f * up + 0.02f * front + 0.03f * in,
                      glm::normalize(out + 0.3f * front)};
       }},
      {"eye", true,
       [=] {
         return Probe{at("forehead", kMid) - 0.025f * up - 0.04f * front + 0.032f * out, front};
       }},
      {"ear", true,
       [=] {
         return Probe{at("ear") + 0.02f * in, out};
       }},
      {"mastoid", true, [=] { return measured("mastoid"); }},
      {"cheek", true,
       [=] {
         return Probe{at("zygomatic_bone") - 0.02f * up + 0.01f * in,
                      glm::normalize(front + 0.5f * out)};
       }},
      {"angle_of_jaw", true, [=] { return measured("angle_of_jaw"); }},
      {"angle_of_neck", true,
       [=] {
         return Probe{glm::mix(at("vertebra_c7", kMid), at("acromion"), 0.35f),
                      glm::normalize(up + 0.5f * back + 0.2f * out)};
       }},
      // Shoulder and scapula
      {"acromion", true, [=] { return measured("acromion"); }},
      {"anterior_shoulder", true,
       [=] {
         return Probe{at("shoulder"), glm::normalize(front + 0.25f * out)};
       }},
      {"lateral_shoulder", true,
       [=] {
         return Probe{at("shoulder") - 0.03f * up, out};
       }},
      {"posterior_shoulder", true,
       [=] {
         return Probe{at("shoulder"), glm::normalize(back + 0.25f * out)};
       }},
      {"supraspinous_fossa", true,
       [=] {
         return Probe{glm::mix(at("superior_angle_scapula"), at("acromion"), 0.35f) + 0.01f * front,
                      glm::normalize(back + 0.6f * up)};
       }},
      {"infraspinous_fossa", true,
       [=] {
         return Probe{glm::mix(at("spine_of_scapula"), at("inferior_angle_scapula"), 0.45f) +
                          0.015f * out + 0.02f * front,
                      back};
       }},
      {"medial_scapular_border", true,
       [=] {
         return Probe{at("medial_scapular_border") + 0.02f * front, back};
       }},
      {"inferior_angle_scapula", true,
       [=] {
         return Probe{at("inferior_angle_scapula") + 0.02f * front, back};
       }},
      // Chest and abdomen
      {"axilla", true,
       [=] {
         return Probe{at("shoulder") + 0.045f * in - 0.02f * up, down};
       }},
      {"anterior_chest", true,
       [=] {
         const float x = 0.5f * (at("sternoclavicular").x + at("acromioclavicular").x);
         const glm::vec3 sternum = at("sternum", kMid);
         return Probe{{x, sternum.y + 0.02f, sternum.z - 0.05f}, front};
       }},
      {"lateral_chest", true, [=] { return measured("lateral_chest", kR, 0.03f); }},
      {"upper_abdomen", true,
       [=] {
         const glm::vec3 xiphoid = at("xiphisternal_junction", kMid);
         return Probe{{-0.08f, xiphoid.y - 0.06f, xiphoid.z - 0.08f}, front};
       }},
      // Arm and hand (anatomical position: palms face forward)
      {"anterior_arm", true,
       [=] {
         return Probe{arm(), front};
       }},
      {"posterior_arm", true,
       [=] {
         return Probe{arm(), back};
       }},
      {"lateral_epicondyle", true, [=] { return measured("lateral_epicondyle"); }},
      {"medial_epicondyle", true, [=] { return measured("medial_epicondyle"); }},
      {"olecranon", true, [=] { return measured("olecranon"); }},
      {"anterior_forearm", true,
       [=] {
         return Probe{forearm(), front};
       }},
      {"posterior_forearm", true,
       [=] {
         return Probe{forearm(), back};
       }},
      {"palmar_wrist", true,
       [=] {
         return Probe{at("wrist"), front};
       }},
      {"dorsal_wrist", true,
       [=] {
         return Probe{at("wrist"), back};
       }},
      {"thumb_web", true,
       [=] {
         return Probe{glm::mix(handPoint(0, 1), handPoint(1, 0), 0.5f), back};
       }},
      {"index_finger", true,
       [=] {
         return Probe{handPoint(1, 2), glm::normalize(handPoint(1, 2) - handPoint(1, 1))};
       }},
      {"little_finger", true,
       [=] {
         return Probe{handPoint(4, 2), glm::normalize(handPoint(4, 2) - handPoint(4, 1))};
       }},
      {"palm", true,
       [=] {
         return Probe{glm::mix(handPoint(2, 0), handPoint(2, 1), 0.5f), front};
       }},
      // Back and pelvis
      {"upper_back", true,
       [=] {
         return Probe{at("t4_spinous", kMid) + 0.035f * out + 0.03f * front, back};
       }},
      {"low_back", true,
       [=] {
         return Probe{at("l3_spinous", kMid) + 0.04f * out + 0.03f * front, back};
       }},
      {"iliac_crest", true, [=] { return measured("iliac_crest"); }},
      {"sacroiliac", true, [=] { return measured("sacroiliac"); }},
      {"buttock", true,
       [=] {
         const glm::vec3 ischium = at("ischial_tuberosity");
         const glm::vec3 trochanter = at("greater_trochanter");
         return Probe{{0.5f * (ischium.x + trochanter.x), ischium.y + 0.07f, ischium.z}, back};
       }},
      {"greater_trochanter", true, [=] { return measured("greater_trochanter"); }},
      {"groin", true,
       [=] {
         return Probe{glm::mix(at("asis"), at("pubic_symphysis", kMid), 0.5f) - 0.03f * up,
                      glm::normalize(front - 0.4f * up)};
       }},
      // Thigh and knee
      {"anterior_thigh", true,
       [=] {
         return Probe{thigh(), front};
       }},
      {"lateral_thigh", true,
       [=] {
         return Probe{thigh(), out};
       }},
      {"medial_thigh", true,
       [=] {
         return Probe{thigh(), in};
       }},
      {"posterior_thigh", true,
       [=] {
         return Probe{thigh(), back};
       }},
      {"anterior_knee", true, [=] { return measured("anterior_knee"); }},
      {"medial_knee", true, [=] { return measured("medial_knee"); }},
      {"lateral_knee", true, [=] { return measured("lateral_knee"); }},
      {"popliteal_fossa", true,
       [=] {
         return Probe{at("knee"), back};
       }},
      // Leg and foot
      {"calf", true,
       [=] {
         return Probe{glm::mix(at("knee"), at("ankle"), 0.3f), back};
       }},
      {"shin", true, [=] { return measured("shin"); }},
      {"anterior_ankle", true,
       [=] {
         return Probe{at("ankle"), glm::normalize(front + 0.2f * up)};
       }},
      {"lateral_malleolus", true, [=] { return measured("lateral_malleolus"); }},
      {"medial_malleolus", true, [=] { return measured("medial_malleolus"); }},
      {"heel", true, [=] { return measured("heel"); }},
      {"plantar_arch", true,
       [=] {
         return Probe{glm::mix(at("ankle"), footPoint(0, 0), 0.6f) + 0.01f * in, down};
       }},
      {"ball_of_foot", true,
       [=] {
         return Probe{glm::mix(footPoint(0, 1), footPoint(2, 1), 0.5f), down};
       }},
      {"big_toe", true,
       [=] {
         return Probe{glm::mix(footPoint(0, 1), footPoint(0, 2), 0.6f), up};
       }},
      {"dorsum_of_foot", true,
       [=] {
         return Probe{glm::mix(at("ankle"), footPoint(2, 1), 0.5f), up};
       }},
  };
}

glm::vec3 mirrored(glm::vec3 v) {
  return {-v.x, v.y, v.z};
}

// Where a ray from the anchor first crosses the skin; the nearest skin vertex when it does not
// within 0.3 m (an anchor outside the skin).
glm::vec3 castOntoSkin(const TriangleBvh& bvh, const Part& skin, const Probe& probe) {
  if (auto hit = bvh.intersect({probe.anchor, probe.direction}, {}, 0.3f)) return hit->point;
  float best = std::numeric_limits<float>::max();
  glm::vec3 nearest = probe.anchor;
  for (const glm::vec3& p : skin.positions) {
    const float d = glm::distance(p, probe.anchor);
    if (d < best) best = d, nearest = p;
  }
  return nearest;
}

}  // namespace

std::vector<LandmarkName> landmarkNames() {
  std::vector<LandmarkName> names;
  for (const LandmarkRule& rule : rules()) names.push_back({rule.name, rule.bilateral});
  return names;
}

std::vector<Landmark> placeLandmarks(const Part& skin) {
  Model skinOnly;
  skinOnly.parts.push_back(skin);
  const TriangleBvh bvh = TriangleBvh::build(skinOnly);
  std::vector<Landmark> landmarks;
  for (const LandmarkRule& rule : rules()) {
    const Probe probe = rule.probe();
    const std::string name(rule.name);
    if (!rule.bilateral) {
      landmarks.push_back({name, castOntoSkin(bvh, skin, probe)});
      continue;
    }
    landmarks.push_back({name + ".R", castOntoSkin(bvh, skin, probe)});
    const Probe left{mirrored(probe.anchor), mirrored(probe.direction)};
    landmarks.push_back({name + ".L", castOntoSkin(bvh, skin, left)});
  }
  return landmarks;
}

}  // namespace myo
