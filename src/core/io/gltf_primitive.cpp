// Primitive reading: tinygltf accessors and bufferViews turned into checked byte spans, then
// read by gltf_accessors (plain data) or gltf_draco (compressed data).
#include "core/io/gltf_primitive.h"

#include <tiny_gltf.h>

#include "core/io/gltf_accessors.h"
#include "core/io/gltf_draco.h"
#include "core/io/gltf_geometry.h"
#include "core/io/gltf_where.h"

namespace myo {
namespace {

// Takes out the triangles with no area at all — a repeated corner, or three corners on one
// line or point (zero-filled accessors make millions of them). Indices must be in range.
// O(indices).
void dropDegenerate(std::vector<std::uint32_t>& indices, const std::vector<glm::vec3>& positions) {
  std::size_t kept = 0;
  for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
    const std::uint32_t a = indices[t], b = indices[t + 1], c = indices[t + 2];
    if (a == b || b == c || a == c) continue;
    const glm::vec3 normal = glm::cross(positions[b] - positions[a], positions[c] - positions[a]);
    if (normal == glm::vec3(0.0f)) continue;
    indices[kept++] = a;
    indices[kept++] = b;
    indices[kept++] = c;
  }
  indices.resize(kept);
}

Result<GltfView> viewOf(const tinygltf::Model& gltf, int index, const std::string& user) {
  if (index < 0 || static_cast<std::size_t>(index) >= gltf.bufferViews.size())
    return Error{"", user,
                 gltfWhere("bufferViews", static_cast<std::size_t>(index)) + " does not exist"};
  const tinygltf::BufferView& view = gltf.bufferViews[static_cast<std::size_t>(index)];
  const std::string where = gltfWhere("bufferViews", static_cast<std::size_t>(index));
  if (view.buffer < 0 || static_cast<std::size_t>(view.buffer) >= gltf.buffers.size())
    return Error{"", where, "its buffer is missing"};
  const std::vector<unsigned char>& data = gltf.buffers[static_cast<std::size_t>(view.buffer)].data;
  if (view.byteOffset > data.size() || view.byteLength > data.size() - view.byteOffset)
    return Error{"", where, "lies outside its buffer (" + std::to_string(data.size()) + " bytes)"};
  return GltfView{index, std::span(data.data() + view.byteOffset, view.byteLength),
                  view.byteStride};
}

Result<GltfAccessor> accessorOf(const tinygltf::Model& gltf, int index) {
  const std::string where = gltfWhere("accessors", static_cast<std::size_t>(index));
  if (index < 0 || static_cast<std::size_t>(index) >= gltf.accessors.size())
    return Error{"", where, "does not exist"};
  const tinygltf::Accessor& source = gltf.accessors[static_cast<std::size_t>(index)];
  GltfAccessor accessor;
  accessor.index = index;
  accessor.componentType = source.componentType;
  accessor.components = source.type == TINYGLTF_TYPE_SCALAR ? 1
                        : source.type >= TINYGLTF_TYPE_VEC2 && source.type <= TINYGLTF_TYPE_VEC4
                            ? source.type
                            : 0;
  accessor.normalized = source.normalized;
  accessor.count = source.count;
  accessor.byteOffset = source.byteOffset;
  if (source.bufferView >= 0) {
    Result<GltfView> view = viewOf(gltf, source.bufferView, where);
    if (!view) return view.error();
    accessor.view = view.value();
  }
  if (!source.sparse.isSparse) return accessor;
  const auto& sparse = source.sparse;
  if (sparse.count < 0 || sparse.indices.byteOffset < 0 || sparse.values.byteOffset < 0)
    return Error{"", where, "sparse count or byteOffset is negative"};
  Result<GltfView> indices = viewOf(gltf, sparse.indices.bufferView, where);
  if (!indices) return indices.error();
  Result<GltfView> values = viewOf(gltf, sparse.values.bufferView, where);
  if (!values) return values.error();
  accessor.sparse = GltfSparse{static_cast<std::size_t>(sparse.count),
                               indices.value(),
                               static_cast<std::size_t>(sparse.indices.byteOffset),
                               sparse.indices.componentType,
                               values.value(),
                               static_cast<std::size_t>(sparse.values.byteOffset)};
  return accessor;
}

int attributeOf(const tinygltf::Primitive& primitive, const std::string& name) {
  const auto it = primitive.attributes.find(name);
  return it == primitive.attributes.end() ? -1 : it->second;
}

template <class Vec>
std::optional<Error> readAttribute(const tinygltf::Model& gltf, int index, std::vector<Vec>& out,
                                   std::optional<Error> (*read)(const GltfAccessor&,
                                                                std::vector<Vec>&)) {
  Result<GltfAccessor> accessor = accessorOf(gltf, index);
  if (!accessor) return accessor.error();
  return read(accessor.value(), out);
}

// Decodes the primitive's KHR_draco_mesh_compression data; `where` names the primitive.
std::optional<Error> readDraco(const tinygltf::Model& gltf, const tinygltf::Primitive& primitive,
                               const tinygltf::Value& extension, const std::string& uvName,
                               const std::string& where, Part& part) {
  const std::string user = where + ": KHR_draco_mesh_compression";
  const tinygltf::Value& view = extension.Get("bufferView");
  const tinygltf::Value& ids = extension.Get("attributes");
  if (!view.IsInt() || !ids.IsObject()) return Error{"", user, "lacks bufferView or attributes"};
  Result<GltfView> bytes = viewOf(gltf, view.Get<int>(), user);
  if (!bytes) return bytes.error();
  const auto attribute = [&](const std::string& name) {
    const tinygltf::Value& id = ids.Get(name);
    const int accessor = attributeOf(primitive, name);
    const bool normalized = accessor >= 0 &&
                            static_cast<std::size_t>(accessor) < gltf.accessors.size() &&
                            gltf.accessors[static_cast<std::size_t>(accessor)].normalized;
    return DracoAttribute{id.IsInt() ? id.Get<int>() : -1, normalized};
  };
  const DracoRequest request{attribute("POSITION"), attribute("NORMAL"), attribute(uvName)};
  std::optional<Error> error = decodeDraco(bytes.value().bytes, request, part);
  if (error) error->where = where;
  return error;
}

}  // namespace

Result<Part> readGltfPrimitive(const tinygltf::Model& gltf, const tinygltf::Primitive& primitive,
                               const std::string& where, int uvSet) {
  Part part;
  const std::string uvName = "TEXCOORD_" + std::to_string(uvSet);
  const auto draco = primitive.extensions.find("KHR_draco_mesh_compression");
  const int position = attributeOf(primitive, "POSITION");
  std::string positionsWhere = where;
  if (draco != primitive.extensions.end()) {
    if (auto e = readDraco(gltf, primitive, draco->second, uvName, where, part)) return *e;
  } else {
    positionsWhere = gltfWhere("accessors", static_cast<std::size_t>(position));
    if (auto e = readAttribute(gltf, position, part.positions, &readVec3)) return *e;
    const int normal = attributeOf(primitive, "NORMAL");
    if (normal >= 0)
      if (auto e = readAttribute(gltf, normal, part.normals, &readVec3)) return *e;
    const int uv = attributeOf(primitive, uvName);
    if (uv >= 0)
      if (auto e = readAttribute(gltf, uv, part.uvs, &readVec2)) return *e;
    const int fibre = attributeOf(primitive, "_FIBRE");  // the generator's fibre directions
    if (fibre >= 0)
      if (auto e = readAttribute(gltf, fibre, part.fibres, &readVec4)) return *e;
    if (part.fibres.size() != part.positions.size()) part.fibres.clear();  // unusable: none
    if (primitive.indices >= 0) {
      if (auto e = readAttribute(gltf, primitive.indices, part.indices, &readIndices)) return *e;
      if (auto bad = findIndexOutOfRange(part.indices, part.positions.size()))
        return Error{"", gltfWhere("accessors", static_cast<std::size_t>(primitive.indices)),
                     "index " + std::to_string(part.indices[*bad]) + " is out of range (" +
                         std::to_string(part.positions.size()) + " vertices)"};
    } else {
      part.indices.resize(part.positions.size());
      for (std::size_t i = 0; i < part.indices.size(); ++i)
        part.indices[i] = static_cast<std::uint32_t>(i);
    }
    toTriangleList(primitive.mode, part.indices);
    dropDegenerate(part.indices, part.positions);
  }
  if (auto bad = findNonFinite(part.positions))
    return Error{"", positionsWhere,
                 "vertex " + std::to_string(*bad) + " has a non-finite position (NaN or Inf)"};
  if (part.uvs.size() != part.positions.size()) part.uvs.clear();
  return part;
}

}  // namespace myo
