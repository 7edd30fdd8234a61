// KHR_texture_transform on a material's base colour texture: reading the extension from a
// tinygltf TextureInfo and baking it into a part's texture coordinates at import. Uses tinygltf's
// value types only; no file access, no GL.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "core/result.h"

namespace tinygltf {
struct TextureInfo;
}

namespace myo {

// uv' = offset + R(rotation) * (scale * uv), R turning (1, 0) towards (cos r, -sin r): the
// convention of the extension's test model (TextureTransformTest) and its viewers.
struct UvTransform {
  glm::vec2 offset{0.0f};
  float rotation = 0.0f;  // radians
  glm::vec2 scale{1.0f};
  std::optional<int> texCoord;  // replaces the textureInfo's texCoord when set
};

// The transform on `info`, nullopt when it has none. A malformed one (a value of the wrong type
// or length, a non-finite number, a negative texCoord) is an error whose `where` is `where`
// plus the property and whose file is empty. O(1).
[[nodiscard]] Result<std::optional<UvTransform>> readTextureTransform(
    const tinygltf::TextureInfo& info, const std::string& where);

// Applies `transform` to every coordinate in `uvs`. O(uvs).
void applyUvTransform(const UvTransform& transform, std::vector<glm::vec2>& uvs);

}  // namespace myo
