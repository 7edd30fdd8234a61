// Accessor reading: validation of every byte range first, then typed copies without per-element
// allocation.
#include "core/io/gltf_accessors.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <string>
#include <type_traits>

#include "core/io/gltf_where.h"

namespace myo {
namespace {

constexpr int kByte = 5120;
constexpr int kUnsignedByte = 5121;
constexpr int kShort = 5122;
constexpr int kUnsignedShort = 5123;
constexpr int kUnsignedInt = 5125;
constexpr int kFloat = 5126;

// Accessors without a bufferView are zeros the file does not hold, allocated before reading: a
// few bytes could ask for gigabytes, so they are capped at 2^22 elements (48 MiB as float
// triples); every other accessor is bounded by the bytes of its bufferView.
constexpr std::size_t kMaxElements = std::size_t{1} << 22;

std::size_t componentSize(int componentType) {
  switch (componentType) {
    case kByte:
    case kUnsignedByte:
      return 1;
    case kShort:
    case kUnsignedShort:
      return 2;
    case kUnsignedInt:
    case kFloat:
      return 4;
    default:
      return 0;
  }
}

bool isIndexType(int componentType) {
  return componentType == kUnsignedByte || componentType == kUnsignedShort ||
         componentType == kUnsignedInt;
}

std::string typeName(int components) {
  if (components == 1) return "SCALAR";
  if (components >= 2 && components <= 4) return "VEC" + std::to_string(components);
  return "a matrix";
}

Error problem(const GltfAccessor& accessor, std::string reason) {
  return Error{"", gltfWhere("accessors", static_cast<std::size_t>(accessor.index)),
               std::move(reason)};
}

// a * b + c, saturating at the largest size_t.
std::size_t mulAdd(std::size_t a, std::size_t b, std::size_t c) {
  constexpr std::size_t kMax = std::numeric_limits<std::size_t>::max();
  if (b != 0 && a > (kMax - std::min(c, kMax)) / b) return kMax;
  return a * b + c;
}

// Checks that `count` elements of `elementSize` bytes, `stride` apart from `offset`, lie inside
// `view`. `subject` is "" for the accessor itself or e.g. "sparse indices".
std::optional<Error> checkFits(const GltfAccessor& accessor, const GltfView& view,
                               std::size_t offset, std::size_t stride, std::size_t elementSize,
                               std::size_t count, const std::string& subject) {
  if (count == 0) return std::nullopt;
  const std::size_t extent = elementSize > std::numeric_limits<std::size_t>::max() - offset
                                 ? std::numeric_limits<std::size_t>::max()
                                 : offset + elementSize;
  const std::size_t claimed = mulAdd(stride, count - 1, extent);
  if (claimed <= view.bytes.size()) return std::nullopt;
  const std::string verb = subject.empty() ? "claims " : subject + " claim ";
  return problem(accessor, verb + std::to_string(claimed) + " bytes but " +
                               gltfWhere("bufferViews", static_cast<std::size_t>(view.index)) +
                               " holds " + std::to_string(view.bytes.size()));
}

template <class Out, class T>
Out convert(T value, bool normalized) {
  if constexpr (std::is_floating_point_v<Out> && std::is_integral_v<T>) {
    if (normalized) {
      const float unit =
          static_cast<float>(value) / static_cast<float>(std::numeric_limits<T>::max());
      return std::max(unit, -1.0f);
    }
  }
  return static_cast<Out>(value);
}

template <class Out, class T>
void copyTyped(const std::uint8_t* src, std::size_t stride, std::size_t count, int components,
               bool normalized, Out* out) {
  for (std::size_t i = 0; i < count; ++i, src += stride) {
    for (int c = 0; c < components; ++c) {
      T value;
      std::memcpy(&value, src + static_cast<std::size_t>(c) * sizeof(T), sizeof(T));
      *out++ = convert<Out>(value, normalized);
    }
  }
}

// Copies `count` elements of `components` values of `componentType`, `stride` bytes apart.
template <class Out>
void copyElements(int componentType, const std::uint8_t* src, std::size_t stride, std::size_t count,
                  int components, bool normalized, Out* out) {
  switch (componentType) {
    case kByte:
      copyTyped<Out, std::int8_t>(src, stride, count, components, normalized, out);
      break;
    case kUnsignedByte:
      copyTyped<Out, std::uint8_t>(src, stride, count, components, normalized, out);
      break;
    case kShort:
      copyTyped<Out, std::int16_t>(src, stride, count, components, normalized, out);
      break;
    case kUnsignedShort:
      copyTyped<Out, std::uint16_t>(src, stride, count, components, normalized, out);
      break;
    case kUnsignedInt:
      copyTyped<Out, std::uint32_t>(src, stride, count, components, normalized, out);
      break;
    default:
      copyTyped<Out, float>(src, stride, count, components, normalized, out);
      break;
  }
}

std::optional<Error> checkSparse(const GltfAccessor& accessor, std::size_t elementSize) {
  const GltfSparse& sparse = *accessor.sparse;
  if (!isIndexType(sparse.indicesComponentType))
    return problem(accessor, "sparse indices have componentType " +
                                 std::to_string(sparse.indicesComponentType) +
                                 " (5121, 5123 or 5125 expected)");
  if (sparse.count > accessor.count)
    return problem(accessor, "sparse count " + std::to_string(sparse.count) +
                                 " exceeds the accessor count " + std::to_string(accessor.count));
  const std::size_t indexSize = componentSize(sparse.indicesComponentType);
  if (auto e = checkFits(accessor, sparse.indices, sparse.indicesOffset, indexSize, indexSize,
                         sparse.count, "sparse indices"))
    return e;
  return checkFits(accessor, sparse.values, sparse.valuesOffset, elementSize, elementSize,
                   sparse.count, "sparse values");
}

// Everything that must hold before `accessor` is allocated and read.
std::optional<Error> validate(const GltfAccessor& accessor, int components, bool indices) {
  if (accessor.components != components)
    return problem(accessor, "is " + typeName(accessor.components) + " where " +
                                 typeName(components) + " is needed");
  const std::size_t size = componentSize(accessor.componentType);
  if (size == 0 || (indices && !isIndexType(accessor.componentType)))
    return problem(accessor, "componentType " + std::to_string(accessor.componentType) +
                                 " is not allowed here");
  const std::size_t elementSize = size * static_cast<std::size_t>(components);
  if (accessor.view) {
    const std::size_t stride =
        accessor.view->byteStride != 0 ? accessor.view->byteStride : elementSize;
    if (stride < elementSize)
      return problem(
          accessor, gltfWhere("bufferViews", static_cast<std::size_t>(accessor.view->index)) +
                        ".byteStride " + std::to_string(stride) + " is smaller than one element (" +
                        std::to_string(elementSize) + " bytes)");
    if (auto e = checkFits(accessor, *accessor.view, accessor.byteOffset, stride, elementSize,
                           accessor.count, ""))
      return e;
  } else if (accessor.count > kMaxElements) {
    return problem(accessor, "count " + std::to_string(accessor.count) +
                                 " is more than an accessor without a bufferView may hold (" +
                                 std::to_string(kMaxElements) + ")");
  }
  return accessor.sparse ? checkSparse(accessor, elementSize) : std::nullopt;
}

// Reads a validated accessor into `out` (count × components values).
template <class Out>
std::optional<Error> readValidated(const GltfAccessor& accessor, int components, Out* out) {
  const std::size_t elementSize =
      componentSize(accessor.componentType) * static_cast<std::size_t>(components);
  const std::size_t valueCount = accessor.count * static_cast<std::size_t>(components);
  if (accessor.view) {
    const std::size_t stride =
        accessor.view->byteStride != 0 ? accessor.view->byteStride : elementSize;
    copyElements(accessor.componentType, accessor.view->bytes.data() + accessor.byteOffset, stride,
                 accessor.count, components, accessor.normalized, out);
  } else {
    std::fill(out, out + valueCount, Out{0});
  }
  if (!accessor.sparse) return std::nullopt;
  const GltfSparse& sparse = *accessor.sparse;
  const std::size_t indexSize = componentSize(sparse.indicesComponentType);
  for (std::size_t k = 0; k < sparse.count; ++k) {
    std::uint32_t target = 0;
    copyElements(sparse.indicesComponentType,
                 sparse.indices.bytes.data() + sparse.indicesOffset + k * indexSize, indexSize, 1,
                 1, false, &target);
    if (target >= accessor.count)
      return problem(accessor, "sparse index " + std::to_string(target) +
                                   " is out of range (count " + std::to_string(accessor.count) +
                                   ")");
    copyElements(accessor.componentType,
                 sparse.values.bytes.data() + sparse.valuesOffset + k * elementSize, elementSize, 1,
                 components, accessor.normalized,
                 out + static_cast<std::size_t>(target) * static_cast<std::size_t>(components));
  }
  return std::nullopt;
}

template <class Vec, int N>
std::optional<Error> readVectors(const GltfAccessor& accessor, std::vector<Vec>& out) {
  static_assert(sizeof(Vec) == N * sizeof(float));
  if (auto e = validate(accessor, N, false)) return e;
  out.resize(accessor.count);
  return readValidated(accessor, N, reinterpret_cast<float*>(out.data()));
}

}  // namespace

std::optional<Error> readVec3(const GltfAccessor& accessor, std::vector<glm::vec3>& out) {
  return readVectors<glm::vec3, 3>(accessor, out);
}

std::optional<Error> readVec4(const GltfAccessor& accessor, std::vector<glm::vec4>& out) {
  return readVectors<glm::vec4, 4>(accessor, out);
}

std::optional<Error> readVec2(const GltfAccessor& accessor, std::vector<glm::vec2>& out) {
  return readVectors<glm::vec2, 2>(accessor, out);
}

std::optional<Error> readIndices(const GltfAccessor& accessor, std::vector<std::uint32_t>& out) {
  if (auto e = validate(accessor, 1, true)) return e;
  out.resize(accessor.count);
  return readValidated(accessor, 1, out.data());
}

}  // namespace myo
