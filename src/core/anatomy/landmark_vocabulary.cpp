// The 11 midline and 57 bilateral landmarks of LANDMARKS.md.
#include "core/anatomy/landmark_vocabulary.h"

#include <array>

namespace myo {
namespace {

constexpr std::array kLandmarks = {
    LandmarkName{"vertex", false},
    LandmarkName{"forehead", false},
    LandmarkName{"occiput", false},
    LandmarkName{"chin", false},
    LandmarkName{"anterior_neck", false},
    LandmarkName{"sternal_notch", false},
    LandmarkName{"sternum", false},
    LandmarkName{"umbilicus", false},
    LandmarkName{"c7", false},
    LandmarkName{"mid_back", false},
    LandmarkName{"sacrum", false},
    LandmarkName{"temple", true},
    LandmarkName{"eye", true},
    LandmarkName{"ear", true},
    LandmarkName{"mastoid", true},
    LandmarkName{"cheek", true},
    LandmarkName{"angle_of_jaw", true},
    LandmarkName{"angle_of_neck", true},
    LandmarkName{"acromion", true},
    LandmarkName{"anterior_shoulder", true},
    LandmarkName{"lateral_shoulder", true},
    LandmarkName{"posterior_shoulder", true},
    LandmarkName{"supraspinous_fossa", true},
    LandmarkName{"infraspinous_fossa", true},
    LandmarkName{"medial_scapular_border", true},
    LandmarkName{"inferior_angle_scapula", true},
    LandmarkName{"axilla", true},
    LandmarkName{"anterior_chest", true},
    LandmarkName{"lateral_chest", true},
    LandmarkName{"upper_abdomen", true},
    LandmarkName{"anterior_arm", true},
    LandmarkName{"posterior_arm", true},
    LandmarkName{"lateral_epicondyle", true},
    LandmarkName{"medial_epicondyle", true},
    LandmarkName{"olecranon", true},
    LandmarkName{"anterior_forearm", true},
    LandmarkName{"posterior_forearm", true},
    LandmarkName{"palmar_wrist", true},
    LandmarkName{"dorsal_wrist", true},
    LandmarkName{"thumb_web", true},
    LandmarkName{"index_finger", true},
    LandmarkName{"little_finger", true},
    LandmarkName{"palm", true},
    LandmarkName{"upper_back", true},
    LandmarkName{"low_back", true},
    LandmarkName{"iliac_crest", true},
    LandmarkName{"sacroiliac", true},
    LandmarkName{"buttock", true},
    LandmarkName{"greater_trochanter", true},
    LandmarkName{"groin", true},
    LandmarkName{"anterior_thigh", true},
    LandmarkName{"lateral_thigh", true},
    LandmarkName{"medial_thigh", true},
    LandmarkName{"posterior_thigh", true},
    LandmarkName{"anterior_knee", true},
    LandmarkName{"medial_knee", true},
    LandmarkName{"lateral_knee", true},
    LandmarkName{"popliteal_fossa", true},
    LandmarkName{"calf", true},
    LandmarkName{"shin", true},
    LandmarkName{"anterior_ankle", true},
    LandmarkName{"lateral_malleolus", true},
    LandmarkName{"medial_malleolus", true},
    LandmarkName{"heel", true},
    LandmarkName{"plantar_arch", true},
    LandmarkName{"ball_of_foot", true},
    LandmarkName{"big_toe", true},
    LandmarkName{"dorsum_of_foot", true},
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

}  // namespace myo
