// Bounds-checked reading of glTF accessors (every component type, normalized integers, byte
// strides, sparse substitution) into float and index arrays. Plain byte spans; no tinygltf.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include <glm/glm.hpp>

#include "core/result.h"

namespace myo {

// The bytes of one bufferView, already known to lie inside its buffer.
struct GltfView {
  int index = -1;                       // bufferViews[index], for messages
  std::span<const std::uint8_t> bytes;  // the whole view
  std::size_t byteStride = 0;           // 0: elements tightly packed
};

struct GltfSparse {
  std::size_t count = 0;
  GltfView indices;
  std::size_t indicesOffset = 0;
  int indicesComponentType = 0;
  GltfView values;
  std::size_t valuesOffset = 0;
};

// One accessor as glTF describes it; `view` empty means "all zeros" (before sparse values).
struct GltfAccessor {
  int index = -1;           // accessors[index], for messages
  int componentType = 0;    // 5120 BYTE … 5126 FLOAT
  int components = 0;       // 1 SCALAR … 4 VEC4; 0 for matrix types (never read)
  bool normalized = false;  // integers map to [0, 1] or [-1, 1]
  std::size_t count = 0;
  std::size_t byteOffset = 0;
  std::optional<GltfView> view;
  std::optional<GltfSparse> sparse;
};

// Reads a VEC3 accessor as floats (normalized integers unpacked per glTF). Errors name the
// accessor ("accessors[2]") and the problem, with Error::file left empty. O(count).
[[nodiscard]] std::optional<Error> readVec3(const GltfAccessor& accessor,
                                            std::vector<glm::vec3>& out);

// Reads a VEC4 accessor as floats, like readVec3. O(count).
[[nodiscard]] std::optional<Error> readVec4(const GltfAccessor& accessor,
                                            std::vector<glm::vec4>& out);

// Reads a VEC2 accessor as floats, like readVec3. O(count).
[[nodiscard]] std::optional<Error> readVec2(const GltfAccessor& accessor,
                                            std::vector<glm::vec2>& out);

// Reads a SCALAR unsigned byte/short/int accessor as indices (values not range-checked).
// O(count).
[[nodiscard]] std::optional<Error> readIndices(const GltfAccessor& accessor,
                                               std::vector<std::uint32_t>& out);

}  // namespace myo
