// Ray and ray hit types shared by picking, the camera and the pain finder. Plain data, no GL.
#pragma once

#include <cstdint>

#include <glm/glm.hpp>

namespace myo {

struct Ray {
  glm::vec3 origin{0.0f};
  glm::vec3 direction{0.0f, 0.0f, -1.0f};  // need not be unit length; distances are in its units
};

struct RayHit {
  std::uint32_t part = 0;      // index into Model::parts
  std::uint32_t triangle = 0;  // triangle index within the part
  float distance = 0.0f;       // ray parameter t: point = origin + t * direction
  glm::vec3 point{0.0f};
  glm::vec2 barycentric{0.0f};  // weights of the triangle's 2nd and 3rd vertices
};

}  // namespace myo
