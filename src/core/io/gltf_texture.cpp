// Texture decoding with stb_image (implementation provided by libstb).
#include "core/io/gltf_texture.h"

#include <climits>
#include <memory>

#include <stb_image.h>

namespace myo {

Result<Texture> decodeTexture(std::span<const std::uint8_t> encoded, const std::string& name) {
  if (encoded.empty()) return Error{"", "", "image data is missing"};
  if (encoded.size() > static_cast<std::size_t>(INT_MAX))
    return Error{"", "", "image is too large"};
  int width = 0;
  int height = 0;
  int channels = 0;
  if (stbi_info_from_memory(encoded.data(), static_cast<int>(encoded.size()), &width, &height,
                            &channels) != 0) {
    if (width > kMaxTextureSide || height > kMaxTextureSide)
      return Error{"", "",
                   "image is " + std::to_string(width) + " x " + std::to_string(height) +
                       " pixels, more than the " + std::to_string(kMaxTextureSide) +
                       " a side a texture may have (the limit)"};
    if (static_cast<std::int64_t>(width) * height > kMaxTexturePixels)
      return Error{"", "",
                   "image is " + std::to_string(width) + " x " + std::to_string(height) +
                       " pixels, more than the " + std::to_string(kMaxTexturePixels) +
                       " pixels a texture may have (the limit)"};
  }
  const std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
      stbi_load_from_memory(encoded.data(), static_cast<int>(encoded.size()), &width, &height,
                            &channels, 4),
      stbi_image_free);
  if (!pixels) return Error{"", "", std::string("cannot decode image: ") + stbi_failure_reason()};
  Texture texture;
  texture.name = name;
  texture.width = width;
  texture.height = height;
  const std::size_t bytes = static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4;
  texture.rgba.assign(pixels.get(), pixels.get() + bytes);
  return texture;
}

}  // namespace myo
