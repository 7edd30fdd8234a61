// Where to find a trigger point in words: the landmarks of its location, as a person names them,
// nearest first. No geometry, no GL.
#pragma once

#include <string>
#include <vector>

#include "core/atlas/atlas.h"

namespace myo {

// Plain names of `point`'s location landmarks on `side` ('L' or 'R'; midline ones carry no
// side), heaviest weight first: "Where the neck meets the shoulder (right)". O(landmarks).
[[nodiscard]] std::vector<std::string> findFromLandmarks(const TriggerPoint& point, char side);

}  // namespace myo
