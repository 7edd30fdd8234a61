// Reading and baking KHR_texture_transform.
#include "core/io/gltf_texture_transform.h"

#include <cmath>

#include <tiny_gltf.h>

namespace myo {
namespace {

constexpr const char* kExtension = "KHR_texture_transform";

Result<float> finiteNumber(const tinygltf::Value& value, const std::string& where) {
  if (!value.IsNumber()) return Error{"", where, "is not a number"};
  const double number = value.GetNumberAsDouble();
  if (!std::isfinite(number) || std::fabs(number) > 1e30)
    return Error{"", where, "is not a finite number of sensible size"};
  return static_cast<float>(number);
}

Result<glm::vec2> pair(const tinygltf::Value& value, const std::string& where) {
  if (!value.IsArray() || value.ArrayLen() != 2) return Error{"", where, "needs 2 numbers"};
  Result<float> x = finiteNumber(value.Get(0), where + "[0]");
  if (!x) return x.error();
  Result<float> y = finiteNumber(value.Get(1), where + "[1]");
  if (!y) return y.error();
  return glm::vec2(x.value(), y.value());
}

}  // namespace

Result<std::optional<UvTransform>> readTextureTransform(const tinygltf::TextureInfo& info,
                                                        const std::string& where) {
  const auto found = info.extensions.find(kExtension);
  if (found == info.extensions.end()) return std::optional<UvTransform>{};
  const tinygltf::Value& ext = found->second;
  const std::string at = where + ".extensions." + kExtension;
  if (!ext.IsObject()) return Error{"", at, "is not an object"};
  UvTransform transform;
  if (ext.Has("offset")) {
    Result<glm::vec2> offset = pair(ext.Get("offset"), at + ".offset");
    if (!offset) return offset.error();
    transform.offset = offset.value();
  }
  if (ext.Has("scale")) {
    Result<glm::vec2> scale = pair(ext.Get("scale"), at + ".scale");
    if (!scale) return scale.error();
    transform.scale = scale.value();
  }
  if (ext.Has("rotation")) {
    Result<float> rotation = finiteNumber(ext.Get("rotation"), at + ".rotation");
    if (!rotation) return rotation.error();
    transform.rotation = rotation.value();
  }
  if (ext.Has("texCoord")) {
    const tinygltf::Value& texCoord = ext.Get("texCoord");
    if (!texCoord.IsInt() || texCoord.GetNumberAsInt() < 0)
      return Error{"", at + ".texCoord", "is not a texture coordinate set (0, 1, …)"};
    transform.texCoord = texCoord.GetNumberAsInt();
  }
  return std::optional<UvTransform>{transform};
}

void applyUvTransform(const UvTransform& transform, std::vector<glm::vec2>& uvs) {
  const float c = std::cos(transform.rotation);
  const float s = std::sin(transform.rotation);
  for (glm::vec2& uv : uvs) {
    const glm::vec2 scaled = uv * transform.scale;
    uv = transform.offset + glm::vec2(c * scaled.x + s * scaled.y, c * scaled.y - s * scaled.x);
  }
}

}  // namespace myo
