// The 11 midline and 57 bilateral landmarks of LANDMARKS.md.
#include "core/anatomy/landmark_vocabulary.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace myo {
namespace {

constexpr std::array kLandmarks = {
    LandmarkName{"vertex", false, "Top of the head"},
    LandmarkName{"forehead", false, "Forehead"},
    LandmarkName{"occiput", false, "Back of the skull"},
    LandmarkName{"chin", false, "Chin"},
    LandmarkName{"anterior_neck", false, "Front of the neck"},
    LandmarkName{"sternal_notch", false, "Notch above the breastbone"},
    LandmarkName{"sternum", false, "Middle of the breastbone"},
    LandmarkName{"umbilicus", false, "Navel"},
    LandmarkName{"c7", false, "Bony bump at the base of the neck (C7)"},
    LandmarkName{"mid_back", false, "Middle of the back, between the shoulder blades' tips"},
    LandmarkName{"sacrum", false, "Flat bone at the base of the spine (sacrum)"},
    LandmarkName{"temple", true, "Temple"},
    LandmarkName{"eye", true, "Over the eye"},
    LandmarkName{"ear", true, "In front of the ear (jaw joint)"},
    LandmarkName{"mastoid", true, "Bony bump behind the ear"},
    LandmarkName{"cheek", true, "Cheek"},
    LandmarkName{"angle_of_jaw", true, "Angle of the jaw"},
    LandmarkName{"angle_of_neck", true, "Where the neck meets the shoulder"},
    LandmarkName{"acromion", true, "Tip of the shoulder"},
    LandmarkName{"anterior_shoulder", true, "Front of the shoulder"},
    LandmarkName{"lateral_shoulder", true, "Side of the shoulder"},
    LandmarkName{"posterior_shoulder", true, "Back of the shoulder"},
    LandmarkName{"supraspinous_fossa", true, "Top of the shoulder blade"},
    LandmarkName{"infraspinous_fossa", true, "Middle of the shoulder blade"},
    LandmarkName{"medial_scapular_border", true, "Inner edge of the shoulder blade"},
    LandmarkName{"inferior_angle_scapula", true, "Lower tip of the shoulder blade"},
    LandmarkName{"axilla", true, "Armpit"},
    LandmarkName{"anterior_chest", true, "Upper chest"},
    LandmarkName{"lateral_chest", true, "Side of the chest"},
    LandmarkName{"upper_abdomen", true, "Upper belly, below the ribs"},
    LandmarkName{"anterior_arm", true, "Front of the upper arm"},
    LandmarkName{"posterior_arm", true, "Back of the upper arm"},
    LandmarkName{"lateral_epicondyle", true, "Outer elbow"},
    LandmarkName{"medial_epicondyle", true, "Inner elbow"},
    LandmarkName{"olecranon", true, "Point of the elbow"},
    LandmarkName{"anterior_forearm", true, "Inside of the forearm"},
    LandmarkName{"posterior_forearm", true, "Back of the forearm"},
    LandmarkName{"palmar_wrist", true, "Inside of the wrist"},
    LandmarkName{"dorsal_wrist", true, "Back of the wrist"},
    LandmarkName{"thumb_web", true, "Web between thumb and index finger"},
    LandmarkName{"index_finger", true, "Index fingertip"},
    LandmarkName{"little_finger", true, "Little fingertip"},
    LandmarkName{"palm", true, "Palm"},
    LandmarkName{"upper_back", true, "Upper back, beside the spine"},
    LandmarkName{"low_back", true, "Low back, at the belt line"},
    LandmarkName{"iliac_crest", true, "Top of the hip bone"},
    LandmarkName{"sacroiliac", true, "Dimple over the sacroiliac joint"},
    LandmarkName{"buttock", true, "Buttock"},
    LandmarkName{"greater_trochanter", true, "Bony point of the outer hip"},
    LandmarkName{"groin", true, "Groin"},
    LandmarkName{"anterior_thigh", true, "Front of the thigh"},
    LandmarkName{"lateral_thigh", true, "Outer thigh"},
    LandmarkName{"medial_thigh", true, "Inner thigh"},
    LandmarkName{"posterior_thigh", true, "Back of the thigh"},
    LandmarkName{"anterior_knee", true, "Kneecap"},
    LandmarkName{"medial_knee", true, "Inner knee"},
    LandmarkName{"lateral_knee", true, "Outer knee"},
    LandmarkName{"popliteal_fossa", true, "Back of the knee"},
    LandmarkName{"calf", true, "Calf"},
    LandmarkName{"shin", true, "Shin"},
    LandmarkName{"anterior_ankle", true, "Front of the ankle"},
    LandmarkName{"lateral_malleolus", true, "Outer ankle bone"},
    LandmarkName{"medial_malleolus", true, "Inner ankle bone"},
    LandmarkName{"heel", true, "Heel"},
    LandmarkName{"plantar_arch", true, "Arch of the foot"},
    LandmarkName{"ball_of_foot", true, "Ball of the foot"},
    LandmarkName{"big_toe", true, "Big toe"},
    LandmarkName{"dorsum_of_foot", true, "Top of the foot"},
};

}  // namespace

std::span<const LandmarkName> landmarkVocabulary() {
  return kLandmarks;
}

const LandmarkName* findLandmarkName(std::string_view name) {
  for (const LandmarkName& landmark : kLandmarks)
    if (landmark.name == name) return &landmark;
  return nullptr;
}

std::string plainLandmarkName(std::string_view nameWithSide) {
  std::string_view name = nameWithSide;
  std::string side;
  if (name.ends_with(".L") || name.ends_with(".R")) {
    side = name.back() == 'L' ? " (left)" : " (right)";
    name.remove_suffix(2);
  }
  if (const LandmarkName* known = findLandmarkName(name)) return std::string(known->plain) + side;
  std::string words(name);
  std::replace(words.begin(), words.end(), '_', ' ');
  if (!words.empty())
    words[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(words[0])));
  return words + side;
}

}  // namespace myo
