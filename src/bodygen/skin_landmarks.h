// The landmarks of LANDMARKS.md placed on the generated skin: each is defined by an anchor inside
// the body (from the measured skeleton) and a direction, and lands where a ray from the anchor
// first leaves the skin. Depends on the reference tables and core's ray picking; no I/O, no GL.
#pragma once

#include <vector>

#include "core/geometry/model.h"

namespace myo {

// Every landmark of landmarkVocabulary() (bilateral ones as NAME.L and NAME.R) on `skin`, which
// must be closed and contain the skeleton; throws std::logic_error for a landmark without a
// probe. O(landmarks · log triangles) after an O(n log n) BVH build (~0.1 s).
[[nodiscard]] std::vector<Landmark> placeLandmarks(const Part& skin);

}  // namespace myo
