// PNG chunks by hand, pixel data through zlib.
#include "core/io/png_encoder.h"

#include <zlib.h>

#include <array>
#include <cstdint>
#include <vector>

namespace myo {
namespace {

void appendUint32(std::string& out, std::uint32_t value) {
  const std::array<char, 4> bytes{static_cast<char>(value >> 24), static_cast<char>(value >> 16),
                                  static_cast<char>(value >> 8), static_cast<char>(value)};
  out.append(bytes.data(), bytes.size());
}

// Appends length, type, data and the CRC over type + data.
void appendChunk(std::string& out, const char* type, const unsigned char* data, std::size_t size) {
  appendUint32(out, static_cast<std::uint32_t>(size));
  const std::size_t typeAt = out.size();
  out.append(type, 4);
  out.append(reinterpret_cast<const char*>(data), size);
  const auto* crcStart = reinterpret_cast<const Bytef*>(out.data() + typeAt);
  appendUint32(out, static_cast<std::uint32_t>(crc32(0L, crcStart, static_cast<uInt>(size + 4))));
}

}  // namespace

std::optional<std::string> encodePng(const Image& image) {
  const auto width = static_cast<std::size_t>(image.width);
  const auto height = static_cast<std::size_t>(image.height);
  const std::size_t rowBytes = width * 4;
  // Filter type 2 ("Up"): each byte minus the byte above it; the first row is unfiltered.
  std::vector<unsigned char> filtered(height * (rowBytes + 1));
  for (std::size_t y = 0; y < height; ++y) {
    unsigned char* out = filtered.data() + y * (rowBytes + 1);
    const unsigned char* row = image.rgba.data() + y * rowBytes;
    out[0] = y == 0 ? 0 : 2;
    if (y == 0) {
      std::copy(row, row + rowBytes, out + 1);
      continue;
    }
    const unsigned char* above = row - rowBytes;
    for (std::size_t i = 0; i < rowBytes; ++i)
      out[i + 1] = static_cast<unsigned char>(row[i] - above[i]);
  }
  uLongf compressedSize = compressBound(static_cast<uLong>(filtered.size()));
  std::vector<unsigned char> compressed(compressedSize);
  if (compress2(compressed.data(), &compressedSize, filtered.data(),
                static_cast<uLong>(filtered.size()), Z_BEST_SPEED) != Z_OK)
    return std::nullopt;

  std::string png("\x89PNG\r\n\x1a\n", 8);
  std::array<unsigned char, 13> header{};
  for (int i = 0; i < 4; ++i) {
    header[static_cast<std::size_t>(i)] = static_cast<unsigned char>(width >> (24 - 8 * i));
    header[static_cast<std::size_t>(4 + i)] = static_cast<unsigned char>(height >> (24 - 8 * i));
  }
  header[8] = 8;  // bit depth
  header[9] = 6;  // colour type RGBA; compression, filter and interlace methods stay 0
  appendChunk(png, "IHDR", header.data(), header.size());
  appendChunk(png, "IDAT", compressed.data(), compressedSize);
  appendChunk(png, "IEND", nullptr, 0);
  return png;
}

}  // namespace myo
