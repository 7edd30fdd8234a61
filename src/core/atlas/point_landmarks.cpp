// Location landmarks of a trigger point in plain words.
#include "core/atlas/point_landmarks.h"

#include <algorithm>

#include "core/anatomy/landmark_vocabulary.h"

namespace myo {

std::vector<std::string> findFromLandmarks(const TriggerPoint& point, char side) {
  std::vector<WeightedLandmark> landmarks = point.location.between;
  std::stable_sort(landmarks.begin(), landmarks.end(),
                   [](const auto& a, const auto& b) { return a.weight > b.weight; });
  std::vector<std::string> names;
  for (const WeightedLandmark& landmark : landmarks) {
    const LandmarkName* known = findLandmarkName(landmark.landmark);
    std::string name = landmark.landmark;
    if (known == nullptr || known->bilateral) {
      name.push_back('.');
      name.push_back(side);
    }
    names.push_back(plainLandmarkName(name));
  }
  return names;
}

}  // namespace myo
