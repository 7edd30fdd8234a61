// Writers for the small glTF files the glTF tests build.
#include "core/io/test_gltf_writer.h"

#include <cstring>
#include <fstream>
#include <type_traits>

#include "core/io/gltf_writer.h"
#include "support/test_paths.h"

namespace myo::test {
namespace {

template <class T>
int componentType() {
  if constexpr (std::is_same_v<T, std::int8_t>) return 5120;
  if constexpr (std::is_same_v<T, std::uint8_t>) return 5121;
  if constexpr (std::is_same_v<T, std::int16_t>) return 5122;
  if constexpr (std::is_same_v<T, std::uint16_t>) return 5123;
  if constexpr (std::is_same_v<T, std::uint32_t>) return 5125;
  return 5126;
}

int componentCount(const std::string& type) {
  if (type == "SCALAR") return 1;
  return type.back() - '0';  // VEC2..VEC4
}

std::string base64(const std::vector<std::uint8_t>& bytes) {
  static const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    const std::uint32_t chunk = static_cast<std::uint32_t>(bytes[i]) << 16 |
                                (i + 1 < bytes.size() ? bytes[i + 1] << 8 : 0) |
                                (i + 2 < bytes.size() ? bytes[i + 2] : 0);
    out += kAlphabet[(chunk >> 18) & 63];
    out += kAlphabet[(chunk >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(chunk >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kAlphabet[chunk & 63] : '=';
  }
  return out;
}

}  // namespace

std::vector<std::uint8_t> tinyPng() {
  static const std::uint8_t kPng[] = {
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
      0x52, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, 0x08, 0x06, 0x00, 0x00, 0x00, 0x72,
      0xb6, 0x0d, 0x24, 0x00, 0x00, 0x00, 0x12, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8,
      0xcf, 0xc0, 0xf0, 0x1f, 0x0c, 0x81, 0x34, 0x18, 0x00, 0x00, 0x49, 0xc8, 0x09, 0xf7, 0xf9,
      0xab, 0xb6, 0x0d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};
  return std::vector<std::uint8_t>(std::begin(kPng), std::end(kPng));
}

std::vector<std::uint8_t> packGlb(const std::string& json, const std::vector<std::uint8_t>& bin) {
  const std::string glb = myo::packGlb(json, bin);
  return std::vector<std::uint8_t>(glb.begin(), glb.end());
}

std::filesystem::path writeBytes(const std::filesystem::path& file,
                                 const std::vector<std::uint8_t>& bytes) {
  std::filesystem::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(bytes.data()),
            static_cast<std::streamsize>(bytes.size()));
  return file;
}

std::filesystem::path writeText(const std::filesystem::path& file, const std::string& text) {
  return writeBytes(file, std::vector<std::uint8_t>(text.begin(), text.end()));
}

std::filesystem::path gltfScratch(const std::string& name) {
  const std::filesystem::path dir = scratch() / "gltf" / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

GltfBuilder::GltfBuilder()
    : doc({{"asset", {{"version", "2.0"}}},
           {"buffers", nlohmann::json::array()},
           {"bufferViews", nlohmann::json::array()},
           {"accessors", nlohmann::json::array()}}) {}

template <class T>
int GltfBuilder::view(const std::vector<T>& values, int byteStride) {
  bin.resize((bin.size() + 3) / 4 * 4, 0);
  const std::size_t offset = bin.size();
  bin.resize(offset + values.size() * sizeof(T));
  if (!values.empty()) std::memcpy(bin.data() + offset, values.data(), values.size() * sizeof(T));
  nlohmann::json entry = {
      {"buffer", 0}, {"byteOffset", offset}, {"byteLength", values.size() * sizeof(T)}};
  if (byteStride > 0) entry["byteStride"] = byteStride;
  return add("bufferViews", entry);
}

template <class T>
int GltfBuilder::accessor(const std::vector<T>& values, const std::string& type, bool normalized,
                          int byteStride) {
  const std::size_t element = byteStride > 0
                                  ? static_cast<std::size_t>(byteStride)
                                  : sizeof(T) * static_cast<std::size_t>(componentCount(type));
  nlohmann::json entry = {{"bufferView", view(values, byteStride)},
                          {"componentType", componentType<T>()},
                          {"count", values.size() * sizeof(T) / element},
                          {"type", type}};
  if (normalized) entry["normalized"] = true;
  return add("accessors", entry);
}

template int GltfBuilder::view(const std::vector<float>&, int);
template int GltfBuilder::view(const std::vector<std::uint8_t>&, int);
template int GltfBuilder::view(const std::vector<std::uint16_t>&, int);
template int GltfBuilder::accessor(const std::vector<float>&, const std::string&, bool, int);
template int GltfBuilder::accessor(const std::vector<std::int8_t>&, const std::string&, bool, int);
template int GltfBuilder::accessor(const std::vector<std::uint8_t>&, const std::string&, bool, int);
template int GltfBuilder::accessor(const std::vector<std::int16_t>&, const std::string&, bool, int);
template int GltfBuilder::accessor(const std::vector<std::uint16_t>&, const std::string&, bool,
                                   int);
template int GltfBuilder::accessor(const std::vector<std::uint32_t>&, const std::string&, bool,
                                   int);

int GltfBuilder::add(const std::string& key, nlohmann::json object) {
  nlohmann::json& array = doc[key];
  array.push_back(std::move(object));
  return static_cast<int>(array.size()) - 1;
}

std::filesystem::path GltfBuilder::write(const std::filesystem::path& file,
                                         GltfContainer container) const {
  nlohmann::json out = doc;
  if (!bin.empty()) {
    nlohmann::json buffer = {{"byteLength", bin.size()}};
    if (container == GltfContainer::ExternalBin) {
      const std::filesystem::path binFile = std::filesystem::path(file).replace_extension(".bin");
      writeBytes(binFile, bin);
      buffer["uri"] = binFile.filename().string();
    } else if (container == GltfContainer::DataUri) {
      buffer["uri"] = "data:application/octet-stream;base64," + base64(bin);
    }
    out["buffers"] = nlohmann::json::array({buffer});
  }
  if (container == GltfContainer::Glb) return writeBytes(file, packGlb(out.dump(), bin));
  return writeText(file, out.dump(2));
}

}  // namespace myo::test
