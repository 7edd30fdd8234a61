// Aligning two bodies: the same height, midline, soles and heel-to-toe middle, so that points
// measured on one (landmarks, muscles) can be compared with or moved to the other. The skin is
// left out of the measurements. Pure geometry; no GL.
#pragma once

#include <glm/glm.hpp>

#include "core/geometry/model.h"

namespace myo {

// A body's own frame for alignment: `origin` is (midline x, sole y, middle of the soles z) and
// `height` its soles-to-top extent, both in the model's units (+Y up expected).
struct BodyDatum {
  glm::vec3 origin{0.0f};
  float height = 1.0f;
  // `p` of this body in a body-independent frame scaled to `toHeight`. O(1).
  [[nodiscard]] glm::vec3 normalised(const glm::vec3& p, float toHeight) const {
    return (toHeight / height) * (p - origin);
  }
  // The inverse: a normalised point (scaled to `fromHeight`) in this body. O(1).
  [[nodiscard]] glm::vec3 denormalised(const glm::vec3& q, float fromHeight) const {
    return origin + (height / fromHeight) * q;
  }
};

// The datum of `model` from every non-skin vertex: bounds for midline and height, the lowest 3 %
// of the height for the soles. O(vertices).
[[nodiscard]] BodyDatum bodyDatum(const Model& model);

}  // namespace myo
