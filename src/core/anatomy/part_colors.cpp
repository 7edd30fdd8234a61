// Default colours per PartKind and the sRGB transfer function (IEC 61966-2-1).
#include "core/anatomy/part_colors.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace myo {

glm::vec4 defaultPartColorSrgb(PartKind kind) {
  switch (kind) {
    case PartKind::Muscle:
      return {0.62f, 0.16f, 0.13f, 1.0f};  // deep red
    case PartKind::Tendon:
      return {0.90f, 0.83f, 0.80f, 1.0f};  // pinkish white
    case PartKind::Bone:
      return {0.89f, 0.85f, 0.74f, 1.0f};  // ivory
    case PartKind::Skin:
      return {0.87f, 0.72f, 0.62f, 1.0f};  // neutral beige
    case PartKind::Unknown:
    case PartKind::Other:
      break;
  }
  return {0.75f, 0.75f, 0.75f, 1.0f};  // light grey
}

namespace {

glm::vec4 baseColor(const Model& model, const Part& part, bool useFileColors) {
  assert(part.material < static_cast<int>(model.materials.size()));
  if (useFileColors && part.material >= 0) {
    const Material& material = model.materials[static_cast<std::size_t>(part.material)];
    if (material.hasColor || material.baseColorTexture >= 0) return material.baseColor;
  }
  const glm::vec4 srgb = defaultPartColorSrgb(part.kind);
  return {srgbToLinear(glm::vec3(srgb)), srgb.w};
}

}  // namespace

bool fileColorsAreMeaningful(const Model& model) {
  if (model.materials.empty()) return false;
  const glm::vec4 first = model.materials.front().baseColor;
  const bool neutralGrey = first.x == first.y && first.y == first.z;
  return !neutralGrey ||
         std::any_of(model.materials.begin(), model.materials.end(), [&first](const Material& m) {
           return m.baseColorTexture >= 0 || m.baseColor != first;
         });
}

glm::vec4 partBaseColor(const Model& model, const Part& part) {
  return baseColor(model, part, fileColorsAreMeaningful(model));
}

std::vector<glm::vec4> partBaseColors(const Model& model) {
  const bool useFileColors = fileColorsAreMeaningful(model);
  std::vector<glm::vec4> colors;
  colors.reserve(model.parts.size());
  for (const Part& part : model.parts) colors.push_back(baseColor(model, part, useFileColors));
  return colors;
}

float srgbToLinear(float encoded) {
  return encoded <= 0.04045f ? encoded / 12.92f : std::pow((encoded + 0.055f) / 1.055f, 2.4f);
}

float linearToSrgb(float linear) {
  return linear <= 0.0031308f ? linear * 12.92f : 1.055f * std::pow(linear, 1.0f / 2.4f) - 0.055f;
}

glm::vec3 srgbToLinear(const glm::vec3& encoded) {
  return {srgbToLinear(encoded.x), srgbToLinear(encoded.y), srgbToLinear(encoded.z)};
}

glm::vec3 linearToSrgb(const glm::vec3& linear) {
  return {linearToSrgb(linear.x), linearToSrgb(linear.y), linearToSrgb(linear.z)};
}

}  // namespace myo
