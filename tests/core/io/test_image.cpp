// Image PNG round trip, atomic writes, and image comparison.
#include <catch2/catch.hpp>

#include <fstream>

#include "core/io/image.h"
#include "support/test_paths.h"

namespace {

// A 40x30 image: left half dark, right half light, a colour ramp down the rows.
myo::Image pattern(int shift = 0) {
  myo::Image image = myo::Image::filled(40, 30, 0, 0, 0);
  for (int y = 0; y < image.height; ++y) {
    for (int x = 0; x < image.width; ++x) {
      std::uint8_t* p = image.pixel(x, y);
      const bool light = x >= 20 + shift;
      p[0] = light ? 220 : 30;
      p[1] = static_cast<std::uint8_t>(y * 8);
      p[2] = static_cast<std::uint8_t>(x * 6);
      p[3] = static_cast<std::uint8_t>(255 - y);
    }
  }
  return image;
}

}  // namespace

TEST_CASE("PNG write then read gives back the same pixels", "[image]") {
  const std::filesystem::path folder = myo::test::scratch() / "image_round_trip" / "nested";
  std::filesystem::remove_all(folder.parent_path());
  const std::filesystem::path file = folder / "pattern.png";
  const myo::Image original = pattern();
  REQUIRE(myo::writePngAtomic(original, file).ok());

  myo::Result<myo::Image> read = myo::readPng(file);
  REQUIRE(read.ok());
  CHECK(read->width == 40);
  CHECK(read->height == 30);
  CHECK(read->rgba == original.rgba);
  CHECK(read->pixel(25, 2)[0] == 220);  // row 0 is the top row

  // Only the PNG is left behind: the temporary file was renamed over it.
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    ++files;
    CHECK(entry.path().filename() == "pattern.png");
  }
  CHECK(files == 1);

  // Overwriting replaces the content.
  REQUIRE(myo::writePngAtomic(pattern(5), file).ok());
  CHECK(myo::readPng(file)->rgba == pattern(5).rgba);
}

TEST_CASE("readPng reports missing and corrupt files with their name", "[image]") {
  const std::filesystem::path missing = myo::test::scratch() / "no_such_image.png";
  myo::Result<myo::Image> result = myo::readPng(missing);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().file == missing.string());

  const std::filesystem::path corrupt = myo::test::scratch() / "corrupt.png";
  std::ofstream(corrupt, std::ios::binary) << "\x89PNG\r\n\x1a\nthis is not a real PNG";
  result = myo::readPng(corrupt);
  REQUIRE_FALSE(result.ok());
  CHECK_THAT(result.error().message(), Catch::Contains("corrupt.png"));
  CHECK_THAT(result.error().reason, Catch::Contains("PNG"));
}

TEST_CASE("writePngAtomic refuses an empty image", "[image]") {
  const myo::Status written = myo::writePngAtomic(myo::Image{}, myo::test::scratch() / "empty.png");
  REQUIRE_FALSE(written.ok());
  CHECK_THAT(written.error().message(), Catch::Contains("empty.png"));
}

TEST_CASE("compareImages finds no difference between identical images", "[image]") {
  const myo::ImageDiff diff = myo::compareImages(pattern(), pattern(), 0);
  CHECK(diff.error.empty());
  CHECK(diff.meanAbsDiff == 0.0);
  CHECK(diff.fractionOver == 0.0);
  CHECK(diff.maxDiff == 0);
  CHECK(diff.within(0.0, 0.0));
  CHECK(diff.diffImage.width == 40);
  CHECK(diff.diffImage.height == 30);
}

TEST_CASE("compareImages measures a shifted edge", "[image]") {
  // Shifting the dark/light edge by 3 columns changes 3 of 40 columns by 190 in red.
  const myo::ImageDiff diff = myo::compareImages(pattern(), pattern(3), 16);
  CHECK(diff.error.empty());
  CHECK(diff.maxDiff == 190);
  CHECK(diff.fractionOver == Approx(3.0 / 40.0));
  CHECK(diff.meanAbsDiff == Approx(190.0 * 3.0 / 40.0 / 4.0));
  CHECK_FALSE(diff.within(0.02, 1.5));
  CHECK(diff.within(0.08, 4.0));
  // The diff image marks exactly the changed pixels in red.
  CHECK(diff.diffImage.pixel(21, 10)[0] == 255);
  CHECK(diff.diffImage.pixel(21, 10)[1] == 0);
  CHECK(diff.diffImage.pixel(5, 10)[0] == diff.diffImage.pixel(5, 10)[1]);

  // A small difference under the threshold counts in the mean but not as "over".
  myo::Image brighter = pattern();
  for (std::uint8_t& byte : brighter.rgba)
    byte = static_cast<std::uint8_t>(std::min(255, byte + 2));
  const myo::ImageDiff small = myo::compareImages(pattern(), brighter, 16);
  CHECK(small.fractionOver == 0.0);
  CHECK(small.maxDiff == 2);
  CHECK(small.meanAbsDiff > 1.0);
}

TEST_CASE("compareImages fails clearly on different sizes", "[image]") {
  const myo::ImageDiff diff =
      myo::compareImages(pattern(), myo::Image::filled(30, 40, 0, 0, 0), 16);
  CHECK_THAT(diff.error, Catch::Contains("40x30") && Catch::Contains("30x40"));
  CHECK_FALSE(diff.within(1.0, 255.0));
  CHECK(diff.fractionOver == 1.0);
}
