// PNG decoding through stb_image (implementation in libstb), atomic PNG writes and image compare.
#include "core/io/image.h"

#include <stb_image.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

#include "core/io/atomic_file.h"
#include "core/io/file_access.h"
#include "core/io/png_encoder.h"

namespace myo {
namespace {

std::string sizeText(const Image& image) {
  return std::to_string(image.width) + "x" + std::to_string(image.height);
}

}  // namespace

Image Image::filled(int width, int height, std::uint8_t r, std::uint8_t g, std::uint8_t b,
                    std::uint8_t a) {
  Image image;
  image.width = width;
  image.height = height;
  image.rgba.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
  for (std::size_t i = 0; i < image.rgba.size(); i += 4) {
    image.rgba[i] = r;
    image.rgba[i + 1] = g;
    image.rgba[i + 2] = b;
    image.rgba[i + 3] = a;
  }
  return image;
}

Result<Image> readPng(const std::filesystem::path& file) {
  std::vector<unsigned char> bytes;
  if (!readWholeFile(file, bytes)) return Error{file.string(), "", "cannot open the file"};
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) {
    return Error{file.string(), "", "file is too large for a PNG"};
  }
  int width = 0;
  int height = 0;
  int channels = 0;
  std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
      stbi_load_from_memory(bytes.data(), static_cast<int>(bytes.size()), &width, &height,
                            &channels, 4),
      stbi_image_free);
  if (!pixels) {
    return Error{file.string(), "", std::string("not a readable PNG: ") + stbi_failure_reason()};
  }
  Image image;
  image.width = width;
  image.height = height;
  image.rgba.assign(pixels.get(), pixels.get() + static_cast<std::size_t>(width) *
                                                     static_cast<std::size_t>(height) * 4);
  return image;
}

Status writePngAtomic(const Image& image, const std::filesystem::path& file) {
  if (image.empty() || image.rgba.size() != static_cast<std::size_t>(image.width) *
                                                static_cast<std::size_t>(image.height) * 4)
    return Error{file.string(), "",
                 "cannot write an empty or inconsistent " + sizeText(image) + " image"};
  const std::optional<std::string> encoded = encodePng(image);
  if (!encoded) return Error{file.string(), "", "PNG encoding failed"};
  return writeFileAtomic(file, *encoded);
}

ImageDiff compareImages(const Image& a, const Image& b, int perPixelThreshold) {
  ImageDiff diff;
  if (a.width != b.width || a.height != b.height || a.rgba.size() != b.rgba.size()) {
    diff.error = "image sizes differ: " + sizeText(a) + " vs " + sizeText(b);
    diff.meanAbsDiff = 255.0;
    diff.fractionOver = 1.0;
    diff.maxDiff = 255;
    return diff;
  }
  diff.diffImage = Image::filled(a.width, a.height, 0, 0, 0);
  std::uint64_t sum = 0;
  std::size_t over = 0;
  for (std::size_t i = 0; i < a.rgba.size(); i += 4) {
    int pixelMax = 0;
    for (std::size_t c = 0; c < 4; ++c) {
      const int d = std::abs(int{a.rgba[i + c]} - int{b.rgba[i + c]});
      sum += static_cast<std::uint64_t>(d);
      pixelMax = std::max(pixelMax, d);
    }
    diff.maxDiff = std::max(diff.maxDiff, pixelMax);
    std::uint8_t* out = &diff.diffImage.rgba[i];
    if (pixelMax > perPixelThreshold) {
      ++over;
      out[0] = static_cast<std::uint8_t>(std::min(255, 128 + pixelMax));
    } else {
      const int luma = (a.rgba[i] + 2 * a.rgba[i + 1] + a.rgba[i + 2]) / 16;  // a quarter
      out[0] = out[1] = out[2] = static_cast<std::uint8_t>(luma);
    }
  }
  const std::size_t pixels = a.rgba.size() / 4;
  diff.meanAbsDiff =
      a.rgba.empty() ? 0.0 : static_cast<double>(sum) / static_cast<double>(a.rgba.size());
  diff.fractionOver = pixels == 0 ? 0.0 : static_cast<double>(over) / static_cast<double>(pixels);
  return diff;
}

}  // namespace myo
