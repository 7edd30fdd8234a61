// Test helper that writes small glTF 2.0 files (.gltf with an external .bin or a data: URI, or
// .glb) from accessors and a JSON document built in the test. Test code only; uses nlohmann-json.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace myo::test {

// A 2×2 RGBA PNG: red, green (top row), blue, white (bottom row).
std::vector<std::uint8_t> tinyPng();

// Packs a GLB container from JSON text and a BIN payload (omitted when empty).
std::vector<std::uint8_t> packGlb(const std::string& json, const std::vector<std::uint8_t>& bin);

// Writes `bytes` (or `text`) to `file`, creating its folder; returns `file`.
std::filesystem::path writeBytes(const std::filesystem::path& file,
                                 const std::vector<std::uint8_t>& bytes);
std::filesystem::path writeText(const std::filesystem::path& file, const std::string& text);

// A fresh, empty folder scratch()/gltf/<name> for one test.
std::filesystem::path gltfScratch(const std::string& name);

enum class GltfContainer { ExternalBin, DataUri, Glb };

// One glTF document with a single buffer that accessors append to (each view 4-byte aligned).
class GltfBuilder {
 public:
  GltfBuilder();

  // Appends `values` as a new bufferView; returns its index.
  template <class T>
  int view(const std::vector<T>& values, int byteStride = 0);

  // Appends a bufferView and an accessor of `type` ("SCALAR", "VEC3"…) over it; the count is
  // the view size divided by the stride (or element size). Returns the accessor index.
  template <class T>
  int accessor(const std::vector<T>& values, const std::string& type, bool normalized = false,
               int byteStride = 0);

  // Appends a JSON object to the array `key` ("meshes", "nodes"…); returns its index.
  int add(const std::string& key, nlohmann::json object);

  // Writes the document to `file` with its buffer stored as `container` says; an external
  // buffer goes to the same name with ".bin". Returns `file`.
  std::filesystem::path write(const std::filesystem::path& file, GltfContainer container) const;

  nlohmann::json doc;
  std::vector<std::uint8_t> bin;
};

}  // namespace myo::test
