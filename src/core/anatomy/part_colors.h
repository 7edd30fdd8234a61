// Default part colours by anatomical kind (used when a file gives a part no colour) and the
// sRGB <-> linear conversions they need. Plain colour math: no GL, no UI.
#pragma once

#include <vector>

#include <glm/glm.hpp>

#include "core/geometry/model.h"

namespace myo {

// Display colour (sRGB, alpha 1) of a part of this kind with no colour of its own. O(1).
[[nodiscard]] glm::vec4 defaultPartColorSrgb(PartKind kind);

// False when the file's colours say nothing: every material is untextured and all share one
// neutral grey (an exporter default such as Blender's 0.8), so kinds should decide. O(materials).
[[nodiscard]] bool fileColorsAreMeaningful(const Model& model);

// Linear RGBA base colour of a part: its material's factor when the file gave a colour or a
// texture (and fileColorsAreMeaningful), else the kind's default converted to linear. The
// part's material index must be -1 or valid. O(materials).
[[nodiscard]] glm::vec4 partBaseColor(const Model& model, const Part& part);

// partBaseColor of every part, in part order. O(parts + materials).
[[nodiscard]] std::vector<glm::vec4> partBaseColors(const Model& model);

// One channel, sRGB-encoded (0-1) to linear light (0-1), and back. O(1).
[[nodiscard]] float srgbToLinear(float encoded);
[[nodiscard]] float linearToSrgb(float linear);

// RGB conversions of the above; alpha is never encoded. O(1).
[[nodiscard]] glm::vec3 srgbToLinear(const glm::vec3& encoded);
[[nodiscard]] glm::vec3 linearToSrgb(const glm::vec3& linear);

}  // namespace myo
