// Location strings for glTF error messages ("accessors[3]", "meshes[0].primitives[1]").
// Header only; depends on the standard library alone.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace myo {

// "array[index]", e.g. gltfWhere("nodes", 4) == "nodes[4]". O(length).
[[nodiscard]] inline std::string gltfWhere(std::string_view array, std::size_t index) {
  return std::string(array) + "[" + std::to_string(index) + "]";
}

}  // namespace myo
