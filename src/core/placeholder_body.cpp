// Placeholder figure: one ellipsoid per body segment, sized for a 1.75 m adult.
#include "core/placeholder_body.h"

#include <cmath>
#include <numbers>

#include "core/mesh_normals.h"

namespace myo {
namespace {

struct Segment {
  const char* name;
  glm::vec3 from;  // segment end points (m)
  glm::vec3 to;
  glm::vec2 radii;  // half-width (x) and half-depth (z) at the middle (m)
};

// Ellipsoid around the segment from→to: length along the axis, radii across. 24×16 grid.
Part ellipsoid(const Segment& s) {
  constexpr int kRings = 16, kSlices = 24;
  Part part;
  part.name = s.name;
  part.kind = PartKind::Skin;
  const glm::vec3 axis = s.to - s.from;
  const glm::vec3 up = glm::normalize(axis);
  const glm::vec3 reference = std::fabs(up.z) < 0.9f ? glm::vec3(0, 0, 1) : glm::vec3(0, 1, 0);
  const glm::vec3 side = glm::normalize(glm::cross(reference, up));
  const glm::vec3 front = glm::cross(up, side);
  const glm::vec3 centre = 0.5f * (s.from + s.to);
  const float halfLength = 0.5f * glm::length(axis);
  for (int r = 0; r <= kRings; ++r) {
    const float theta = std::numbers::pi_v<float> * static_cast<float>(r) / kRings;
    for (int c = 0; c < kSlices; ++c) {
      const float phi = 2.0f * std::numbers::pi_v<float> * static_cast<float>(c) / kSlices;
      const float ring = std::sin(theta);
      part.positions.push_back(centre + up * (-halfLength * std::cos(theta)) +
                               side * (s.radii.x * ring * std::cos(phi)) +
                               front * (s.radii.y * ring * std::sin(phi)));
    }
  }
  for (int r = 0; r < kRings; ++r) {
    for (int c = 0; c < kSlices; ++c) {
      const auto a = static_cast<std::uint32_t>(r * kSlices + c);
      const auto b = static_cast<std::uint32_t>(r * kSlices + (c + 1) % kSlices);
      const auto d = a + kSlices, e = b + kSlices;
      part.indices.insert(part.indices.end(), {a, b, d, b, e, d});
    }
  }
  computeVertexNormals(part);
  return part;
}

}  // namespace

Model makePlaceholderBody() {
  // Joint centres for a 1.75 m adult in the anatomical position (+X is the subject's left).
  const Segment segments[] = {
      {"placeholder_head", {0, 1.52f, 0.01f}, {0, 1.75f, 0.01f}, {0.078f, 0.095f}},
      {"placeholder_neck", {0, 1.40f, -0.01f}, {0, 1.56f, 0.0f}, {0.055f, 0.055f}},
      {"placeholder_chest", {0, 1.10f, 0.0f}, {0, 1.46f, -0.01f}, {0.165f, 0.105f}},
      {"placeholder_abdomen", {0, 0.90f, 0.01f}, {0, 1.18f, 0.0f}, {0.140f, 0.095f}},
      {"placeholder_pelvis", {0, 0.80f, -0.01f}, {0, 1.00f, 0.0f}, {0.175f, 0.110f}},
  };
  Model model;
  model.source = "placeholder body";
  for (const Segment& s : segments) model.parts.push_back(ellipsoid(s));
  for (const float side : {1.0f, -1.0f}) {
    const char* suffix = side > 0 ? ".L" : ".R";
    const Segment limbs[] = {
        {"placeholder_upper_arm",
         {side * 0.19f, 1.43f, -0.02f},
         {side * 0.24f, 1.12f, -0.02f},
         {0.048f, 0.050f}},
        {"placeholder_forearm",
         {side * 0.24f, 1.12f, -0.02f},
         {side * 0.28f, 0.86f, 0.0f},
         {0.040f, 0.036f}},
        {"placeholder_hand",
         {side * 0.28f, 0.86f, 0.0f},
         {side * 0.30f, 0.68f, 0.01f},
         {0.040f, 0.016f}},
        {"placeholder_thigh",
         {side * 0.095f, 0.90f, 0.0f},
         {side * 0.10f, 0.50f, 0.0f},
         {0.080f, 0.085f}},
        {"placeholder_leg",
         {side * 0.10f, 0.50f, 0.0f},
         {side * 0.10f, 0.07f, -0.01f},
         {0.055f, 0.060f}},
        {"placeholder_foot",
         {side * 0.10f, 0.03f, -0.05f},
         {side * 0.11f, 0.03f, 0.19f},
         {0.045f, 0.035f}},
    };
    for (Segment limb : limbs) {
      Part part = ellipsoid(limb);
      part.name += suffix;
      model.parts.push_back(std::move(part));
    }
  }
  return model;
}

}  // namespace myo
