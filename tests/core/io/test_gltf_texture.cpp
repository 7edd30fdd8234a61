// Texture decoding limits: a picture too wide or too large is refused from its header, with the
// size and the limit in the reason, and the model loads without it (one warning naming the file).
#include <catch2/catch.hpp>

#include "core/io/gltf_importer.h"
#include "core/io/gltf_texture.h"
#include "core/io/png_encoder.h"
#include "core/io/test_gltf_writer.h"

namespace {

std::vector<std::uint8_t> pngBytes(int width, int height) {
  const std::optional<std::string> png = myo::encodePng(myo::Image::filled(width, height, 9, 9, 9));
  REQUIRE(png.has_value());
  return {png->begin(), png->end()};
}

// A 1 x 1 PNG whose header (IHDR, big-endian at bytes 16–23) claims `width` x `height`: the size
// a hostile file can claim without holding the pixels.
std::vector<std::uint8_t> pngClaiming(std::uint32_t width, std::uint32_t height) {
  std::vector<std::uint8_t> bytes = pngBytes(1, 1);
  for (int i = 0; i < 4; ++i) {
    bytes[16 + i] = static_cast<std::uint8_t>(width >> (24 - 8 * i));
    bytes[20 + i] = static_cast<std::uint8_t>(height >> (24 - 8 * i));
  }
  return bytes;
}

}  // namespace

TEST_CASE("decodeTexture decodes a picture within the limits", "[texture]") {
  const myo::Result<myo::Texture> texture = myo::decodeTexture(pngBytes(300, 2), "strip");
  REQUIRE(texture.ok());
  CHECK(texture.value().width == 300);
  CHECK(texture.value().rgba.size() == 300u * 2u * 4u);
}

TEST_CASE("decodeTexture refuses a side past the limit before decoding", "[texture]") {
  const myo::Result<myo::Texture> texture = myo::decodeTexture(pngClaiming(16385, 1), "wide");
  REQUIRE_FALSE(texture.ok());
  CHECK(texture.error().reason ==
        "image is 16385 x 1 pixels, more than the 16384 a side a texture may have (the limit)");
}

TEST_CASE("decodeTexture refuses more pixels than the limit", "[texture]") {
  const myo::Result<myo::Texture> texture = myo::decodeTexture(pngClaiming(9000, 8000), "big");
  REQUIRE_FALSE(texture.ok());
  CHECK(texture.error().reason ==
        "image is 9000 x 8000 pixels, more than the 67108864 pixels a texture may have (the "
        "limit)");
}

TEST_CASE("a glTF with a texture past the limit loads untextured with one warning", "[texture]") {
  myo::test::GltfBuilder b;
  const int positions = b.accessor(std::vector<float>{0, 0, 0, 1, 0, 0, 0, 1, 0}, "VEC3");
  b.add("images", {{"bufferView", b.view(pngClaiming(16385, 1))}, {"mimeType", "image/png"}});
  b.add("textures", {{"source", 0}});
  b.add("materials", {{"pbrMetallicRoughness", {{"baseColorTexture", {{"index", 0}}}}}});
  b.add("meshes", {{"primitives", {{{"attributes", {{"POSITION", positions}}}, {"material", 0}}}}});
  b.add("nodes", {{"mesh", 0}});
  const auto file =
      b.write(myo::test::gltfScratch("texture_limit") / "wide.glb", myo::test::GltfContainer::Glb);
  const myo::Result<myo::Model> model = myo::importGltf(file);
  REQUIRE(model.ok());
  CHECK(model.value().textures.empty());
  REQUIRE(model.value().warnings.size() == 1);
  CHECK(model.value().warnings[0] ==
        "wide.glb: images[0]: image is 16385 x 1 pixels, more than the 16384 a side a texture may "
        "have (the limit); texture ignored");
}
