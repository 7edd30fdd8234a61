// KHR_draco_mesh_compression decoding with the Draco library.
#include "core/io/gltf_draco.h"

#include <algorithm>
#include <string>

#include <draco/compression/decode.h>

namespace myo {
namespace {

Error problem(std::string reason) {
  return Error{"", "", "KHR_draco_mesh_compression: " + std::move(reason)};
}

// glTF unpacks normalized integers by their type's maximum; Draco may not know the flag.
float normalizedScale(draco::DataType type) {
  switch (type) {
    case draco::DT_INT8:
      return 1.0f / 127.0f;
    case draco::DT_UINT8:
      return 1.0f / 255.0f;
    case draco::DT_INT16:
      return 1.0f / 32767.0f;
    case draco::DT_UINT16:
      return 1.0f / 65535.0f;
    default:
      return 1.0f;
  }
}

// Reads attribute `wanted` as N floats per point into `out`.
template <int N, class Vec>
std::optional<Error> readAttribute(const draco::Mesh& mesh, const DracoAttribute& wanted,
                                   const char* name, std::vector<Vec>& out) {
  static_assert(sizeof(Vec) == N * sizeof(float));
  if (wanted.id < 0) return std::nullopt;
  const draco::PointAttribute* attribute =
      mesh.GetAttributeByUniqueId(static_cast<std::uint32_t>(wanted.id));
  if (attribute == nullptr)
    return problem(std::string(name) + " refers to attribute id " + std::to_string(wanted.id) +
                   ", which the compressed data lacks");
  if (attribute->num_components() < N)
    return problem(std::string(name) + " has " + std::to_string(attribute->num_components()) +
                   " components where " + std::to_string(N) + " are needed");
  const bool rescale = wanted.normalized && !attribute->normalized();
  const float scale = rescale ? normalizedScale(attribute->data_type()) : 1.0f;
  out.resize(mesh.num_points());
  auto* values = reinterpret_cast<float*>(out.data());
  for (draco::PointIndex::ValueType i = 0; i < mesh.num_points(); ++i) {
    float* value = values + static_cast<std::size_t>(i) * N;
    if (!attribute->ConvertValue<float>(attribute->mapped_index(draco::PointIndex(i)), N, value))
      return problem(std::string(name) + " values are truncated");
    if (rescale)
      for (int c = 0; c < N; ++c) value[c] = std::max(value[c] * scale, -1.0f);
  }
  return std::nullopt;
}

}  // namespace

std::optional<Error> decodeDraco(std::span<const std::uint8_t> bytes, const DracoRequest& request,
                                 Part& part) {
  draco::DecoderBuffer buffer;
  buffer.Init(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  draco::Decoder decoder;
  auto decoded = decoder.DecodeMeshFromBuffer(&buffer);
  if (!decoded.ok()) return problem("cannot decode: " + decoded.status().error_msg_string());
  const draco::Mesh& mesh = *decoded.value();
  if (request.position.id < 0) return problem("has no POSITION attribute");
  if (auto e = readAttribute<3>(mesh, request.position, "POSITION", part.positions)) return e;
  if (auto e = readAttribute<3>(mesh, request.normal, "NORMAL", part.normals)) return e;
  if (auto e = readAttribute<2>(mesh, request.texcoord, "TEXCOORD", part.uvs)) return e;
  part.indices.resize(static_cast<std::size_t>(mesh.num_faces()) * 3);
  for (draco::FaceIndex::ValueType f = 0; f < mesh.num_faces(); ++f) {
    const draco::Mesh::Face& face = mesh.face(draco::FaceIndex(f));
    for (std::size_t c = 0; c < 3; ++c) {
      const std::uint32_t index = face[c].value();
      if (index >= mesh.num_points())
        return problem("face " + std::to_string(f) + " uses point " + std::to_string(index) +
                       " of " + std::to_string(mesh.num_points()));
      part.indices[static_cast<std::size_t>(f) * 3 + c] = index;
    }
  }
  return std::nullopt;
}

}  // namespace myo
