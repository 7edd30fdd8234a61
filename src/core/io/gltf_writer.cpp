// GLB writer: one buffer with a bufferView per attribute, JSON built with nlohmann-json (its
// objects keep keys sorted, which makes the output deterministic).
#include "core/io/gltf_writer.h"

#include <bit>
#include <cassert>
#include <cstring>
#include <limits>
#include <vector>

#include <nlohmann/json.hpp>

namespace myo {
namespace {

using nlohmann::json;

static_assert(std::endian::native == std::endian::little, "GLB data is little-endian");

constexpr std::uint32_t kChunkJson = 0x4E4F534A;
constexpr std::uint32_t kChunkBin = 0x004E4942;
// glTF accessor componentType and bufferView target values the writer uses.
enum class Component { UnsignedShort = 5123, UnsignedInt = 5125, Float = 5126 };
enum class Target { Vertices = 34962, Indices = 34963 };
constexpr double kRoughness = 0.6;
constexpr std::string_view kLandmarkPrefix = "landmark:";

void appendU32(std::string& out, std::size_t value) {
  for (int shift = 0; shift < 32; shift += 8)
    out.push_back(static_cast<char>((value >> shift) & 0xFFu));
}

json vec3(const glm::vec3& v) {
  return json::array({v.x, v.y, v.z});
}

// Collects the BIN chunk and the bufferViews and accessors that describe it.
class GlbBuilder {
 public:
  // Appends `bytes` bytes from `data` as a bufferView and an accessor of `count` elements of
  // `type`; returns the accessor index.
  int accessor(const void* data, std::size_t bytes, std::size_t count, Component component,
               const char* type, Target target) {
    bin_.resize((bin_.size() + 3) / 4 * 4, 0);
    const std::size_t offset = bin_.size();
    bin_.resize(offset + bytes);
    std::memcpy(bin_.data() + offset, data, bytes);
    views_.push_back({{"buffer", 0},
                      {"byteOffset", offset},
                      {"byteLength", bytes},
                      {"target", static_cast<int>(target)}});
    accessors_.push_back({{"bufferView", views_.size() - 1},
                          {"componentType", static_cast<int>(component)},
                          {"count", count},
                          {"type", type}});
    return static_cast<int>(accessors_.size()) - 1;
  }

  // A float VEC2/VEC3 vertex attribute.
  template <class Vec>
  int attribute(const std::vector<Vec>& values, const char* type) {
    return accessor(values.data(), values.size() * sizeof(Vec), values.size(), Component::Float,
                    type, Target::Vertices);
  }

  // POSITION, with the min and max glTF requires.
  int positions(const std::vector<glm::vec3>& values) {
    Bounds bounds;
    for (const glm::vec3& p : values) bounds.add(p);
    const int index = attribute(values, "VEC3");
    accessors_.back()["min"] = vec3(bounds.min);
    accessors_.back()["max"] = vec3(bounds.max);
    return index;
  }

  // uint16 indices, or uint32 when a part has too many vertices (65535 is reserved).
  int indices(const Part& part) {
    if (part.positions.size() >= std::numeric_limits<std::uint16_t>::max())
      return accessor(part.indices.data(), part.indices.size() * sizeof(std::uint32_t),
                      part.indices.size(), Component::UnsignedInt, "SCALAR", Target::Indices);
    std::vector<std::uint16_t> narrow(part.indices.begin(), part.indices.end());
    return accessor(narrow.data(), narrow.size() * sizeof(std::uint16_t), narrow.size(),
                    Component::UnsignedShort, "SCALAR", Target::Indices);
  }

  // Moves the buffer description into `doc`; returns the BIN payload.
  std::vector<std::uint8_t> finish(json& doc) {
    if (bin_.empty()) return {};
    bin_.resize((bin_.size() + 3) / 4 * 4, 0);
    doc["buffers"] = json::array({{{"byteLength", bin_.size()}}});
    doc["bufferViews"] = std::move(views_);
    doc["accessors"] = std::move(accessors_);
    return std::move(bin_);
  }

 private:
  std::vector<std::uint8_t> bin_;
  json views_ = json::array();
  json accessors_ = json::array();
};

json material(const Material& source) {
  const glm::vec4& c = source.baseColor;
  return {{"name", source.name},
          {"pbrMetallicRoughness",
           {{"baseColorFactor", json::array({c.x, c.y, c.z, c.w})},
            {"metallicFactor", 0.0},
            {"roughnessFactor", kRoughness}}}};
}

json mesh(const Model& model, const Part& part, GlbBuilder& builder) {
  json attributes = {{"POSITION", builder.positions(part.positions)}};
  if (!part.normals.empty()) attributes["NORMAL"] = builder.attribute(part.normals, "VEC3");
  if (!part.uvs.empty()) attributes["TEXCOORD_0"] = builder.attribute(part.uvs, "VEC2");
  if (part.fibres.size() == part.positions.size() && !part.fibres.empty())
    attributes["_FIBRE"] = builder.attribute(part.fibres, "VEC4");
  json primitive = {{"attributes", std::move(attributes)}, {"indices", builder.indices(part)}};
  if (part.material >= 0 && model.materials[static_cast<std::size_t>(part.material)].hasColor)
    primitive["material"] = part.material;
  return {{"name", part.meshName.empty() ? part.name : part.meshName},
          {"primitives", json::array({std::move(primitive)})}};
}

json partNode(const Part& part, std::size_t meshIndex) {
  json node = {{"name", part.name}, {"mesh", meshIndex}};
  if (part.extras.empty()) return node;
  json extras = json::parse(part.extras, nullptr, false);
  assert(!extras.is_discarded() && "Part::extras must be valid JSON");
  if (!extras.is_discarded()) node["extras"] = std::move(extras);
  return node;
}

}  // namespace

std::string writeGlb(const Model& model) {
  GlbBuilder builder;
  json meshes = json::array();
  json nodes = json::array();
  for (const Part& part : model.parts) {
    if (part.indices.empty()) continue;
    nodes.push_back(partNode(part, meshes.size()));
    meshes.push_back(mesh(model, part, builder));
  }
  for (const Landmark& landmark : model.landmarks)
    nodes.push_back({{"name", std::string(kLandmarkPrefix) + landmark.name},
                     {"translation", vec3(landmark.position)}});
  json sceneNodes = json::array();
  for (std::size_t i = 0; i < nodes.size(); ++i) sceneNodes.push_back(i);

  json doc = {{"asset", {{"generator", "Myoscope"}, {"version", "2.0"}}},
              {"scene", 0},
              {"scenes", json::array({{{"nodes", std::move(sceneNodes)}}})}};
  if (!nodes.empty()) doc["nodes"] = std::move(nodes);
  if (!meshes.empty()) doc["meshes"] = std::move(meshes);
  if (!model.materials.empty()) {
    json materials = json::array();
    for (const Material& m : model.materials) materials.push_back(material(m));
    doc["materials"] = std::move(materials);
  }
  const std::vector<std::uint8_t> bin = builder.finish(doc);
  return packGlb(doc.dump(), bin);
}

std::string packGlb(std::string_view json, std::span<const std::uint8_t> bin) {
  const std::size_t jsonChunk = (json.size() + 3) / 4 * 4;
  const std::size_t binChunk = (bin.size() + 3) / 4 * 4;
  const std::size_t total = 12 + 8 + jsonChunk + (bin.empty() ? 0 : 8 + binChunk);
  std::string out = "glTF";
  out.reserve(total);
  appendU32(out, 2);
  appendU32(out, total);
  appendU32(out, jsonChunk);
  appendU32(out, kChunkJson);
  out.append(json);
  out.append(jsonChunk - json.size(), ' ');
  if (!bin.empty()) {
    appendU32(out, binChunk);
    appendU32(out, kChunkBin);
    out.append(reinterpret_cast<const char*>(bin.data()), bin.size());
    out.append(binChunk - bin.size(), '\0');
  }
  return out;
}

}  // namespace myo
