// The fast PNG encoder decodes back to the exact pixels (through stb_image, an independent
// decoder).
#include <catch2/catch.hpp>

#include <random>

#include "core/io/image.h"
#include "core/io/png_encoder.h"
#include "support/test_paths.h"

TEST_CASE("encodePng round-trips exact pixels for odd sizes and random content", "[image]") {
  std::mt19937 rng(11);
  for (const auto& [w, h] : {std::pair{1, 1}, std::pair{3, 7}, std::pair{257, 64}}) {
    myo::Image image = myo::Image::filled(w, h, 0, 0, 0, 0);
    for (auto& byte : image.rgba) byte = static_cast<std::uint8_t>(rng());
    const auto encoded = myo::encodePng(image);
    REQUIRE(encoded);
    CHECK(encoded->substr(1, 3) == "PNG");
    const auto file = myo::test::scratch() / ("encoded_" + std::to_string(w) + ".png");
    REQUIRE(myo::writePngAtomic(image, file).ok());
    const auto decoded = myo::readPng(file);
    REQUIRE(decoded.ok());
    CHECK(decoded->width == w);
    CHECK(decoded->height == h);
    CHECK(decoded->rgba == image.rgba);
  }
}

TEST_CASE("encodePng compresses smooth rendered content well", "[image]") {
  myo::Image gradient = myo::Image::filled(640, 400, 0, 0, 0);
  for (int y = 0; y < gradient.height; ++y)
    for (int x = 0; x < gradient.width; ++x)
      gradient.pixel(x, y)[0] = static_cast<std::uint8_t>(y / 2);
  const auto encoded = myo::encodePng(gradient);
  REQUIRE(encoded);
  CHECK(encoded->size() < gradient.rgba.size() / 50);
}
