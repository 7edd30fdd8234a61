// Decoding of glTF texture images (PNG, JPEG, BMP, GIF bytes) into the model's RGBA8 textures.
// Uses stb_image only; no tinygltf, no file access.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "core/geometry/model.h"
#include "core/result.h"

namespace myo {

// The largest texture the importer decodes: the side most GPUs take (GL_MAX_TEXTURE_SIZE) and
// 64 Mpixel in all (256 MiB as RGBA8). Checked from the image's header, before decoding.
inline constexpr int kMaxTextureSide = 16384;
inline constexpr std::int64_t kMaxTexturePixels = std::int64_t{1} << 26;

// Decodes encoded image bytes to an RGBA8 Texture named `name`. Error::reason says why it
// failed (a picture past the limits above is refused unread); Error::file and Error::where are
// left empty. O(pixels).
[[nodiscard]] Result<Texture> decodeTexture(std::span<const std::uint8_t> encoded,
                                            const std::string& name);

}  // namespace myo
