// glReadPixels plus the bottom-up to top-down row flip.
#include "render/framebuffer_readback.h"

#include <epoxy/gl.h>

#include <cstring>
#include <vector>

namespace myo {

Image readFramebuffer(int width, int height) {
  Image image = Image::filled(width, height, 0, 0, 0, 0);
  if (image.empty()) return image;
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
  // GL rows run bottom to top; Image rows run top to bottom.
  const std::size_t rowBytes = static_cast<std::size_t>(width) * 4;
  std::vector<std::uint8_t> row(rowBytes);
  for (int top = 0, bottom = height - 1; top < bottom; ++top, --bottom) {
    std::memcpy(row.data(), image.pixel(0, top), rowBytes);
    std::memcpy(image.pixel(0, top), image.pixel(0, bottom), rowBytes);
    std::memcpy(image.pixel(0, bottom), row.data(), rowBytes);
  }
  return image;
}

}  // namespace myo
