// Image: an RGBA8 picture (rows top to bottom), PNG read/write and pixel comparison for
// screenshots and golden-image tests. Uses stb only inside image.cpp; no GL, no UI.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/result.h"

namespace myo {

struct Image {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;  // width * height * 4 bytes, rows top to bottom

  // A width x height image filled with one colour. O(pixels).
  static Image filled(int width, int height, std::uint8_t r, std::uint8_t g, std::uint8_t b,
                      std::uint8_t a = 255);
  [[nodiscard]] bool empty() const { return width <= 0 || height <= 0; }
  // Pointer to the 4 bytes of pixel (x, y); 0 <= x < width, 0 <= y < height. O(1).
  [[nodiscard]] std::uint8_t* pixel(int x, int y) { return rgba.data() + offset(x, y); }
  [[nodiscard]] const std::uint8_t* pixel(int x, int y) const { return rgba.data() + offset(x, y); }

 private:
  [[nodiscard]] std::size_t offset(int x, int y) const {
    return (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
            static_cast<std::size_t>(x)) *
           4;
  }
};

// Decodes a PNG (any bit depth or channel count) to RGBA8. O(file size).
[[nodiscard]] Result<Image> readPng(const std::filesystem::path& file);

// Encodes `image` as PNG and writes it atomically (temp file + rename; creates missing folders).
// Returns false with a one-line `error` naming the file on failure. O(pixels).
[[nodiscard]] Status writePngAtomic(const Image& image, const std::filesystem::path& file);

struct ImageDiff {
  std::string error;          // non-empty when the images cannot be compared (sizes differ)
  double meanAbsDiff = 0.0;   // mean |a - b| over all RGBA channels, 0-255
  double fractionOver = 0.0;  // fraction of pixels whose largest channel difference > threshold
  int maxDiff = 0;            // largest channel difference, 0-255
  Image diffImage;            // faint copy of `a`, red where a pixel is over the threshold

  // True when comparable and both measures are within the given limits.
  [[nodiscard]] bool within(double maxFractionOver, double maxMeanAbsDiff) const {
    return error.empty() && fractionOver <= maxFractionOver && meanAbsDiff <= maxMeanAbsDiff;
  }
};

// Compares two images pixel by pixel; a pixel counts as different when one of its channels
// differs by more than perPixelThreshold (0-255). Sizes must match, else `error` says why and
// the measures report total difference. O(pixels).
[[nodiscard]] ImageDiff compareImages(const Image& a, const Image& b, int perPixelThreshold);

}  // namespace myo
