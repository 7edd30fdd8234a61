// Decoding of glTF texture images (PNG, JPEG, BMP, GIF bytes) into the model's RGBA8 textures.
// Uses stb_image only; no tinygltf, no file access.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "core/geometry/model.h"
#include "core/result.h"

namespace myo {

// Decodes encoded image bytes to an RGBA8 Texture named `name`. Error::reason says why it
// failed; Error::file and Error::where are left empty. O(pixels).
[[nodiscard]] Result<Texture> decodeTexture(std::span<const std::uint8_t> encoded,
                                            const std::string& name);

}  // namespace myo
