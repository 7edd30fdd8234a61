// Scene traversal with an explicit stack (deep or cyclic hierarchies cannot overflow it), and
// conversion of nodes, materials and images into the Model.
#include "core/io/gltf_scene.h"

#include <cmath>
#include <string_view>
#include <unordered_set>

#include <tiny_gltf.h>
#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>
#include <glm/gtc/type_ptr.hpp>

#include "core/anatomy/part_kind.h"
#include "core/io/gltf_geometry.h"
#include "core/io/gltf_primitive.h"
#include "core/io/gltf_texture.h"
#include "core/io/gltf_texture_transform.h"
#include "core/io/gltf_where.h"

namespace myo {
namespace {

constexpr std::string_view kLandmarkPrefix = "landmark:";
constexpr int kImageNotDecoded = -2;
const std::optional<UvTransform> kNoUvTransform;  // for primitives without a material

Result<glm::dmat4> localTransform(const tinygltf::Node& node, const std::string& where) {
  if (!node.matrix.empty()) {
    if (node.matrix.size() != 16) return Error{"", where, "matrix needs 16 numbers"};
    return glm::make_mat4(node.matrix.data());
  }
  if ((!node.translation.empty() && node.translation.size() != 3) ||
      (!node.rotation.empty() && node.rotation.size() != 4) ||
      (!node.scale.empty() && node.scale.size() != 3))
    return Error{"", where, "translation, rotation or scale has the wrong number of values"};
  glm::dmat4 m(1.0);
  if (!node.translation.empty()) m = glm::translate(m, glm::make_vec3(node.translation.data()));
  if (!node.rotation.empty()) {
    const std::vector<double>& q = node.rotation;  // glTF order x, y, z, w
    m *= glm::mat4_cast(glm::dquat(q[3], q[0], q[1], q[2]));
  }
  if (!node.scale.empty()) m = glm::scale(m, glm::make_vec3(node.scale.data()));
  return m;
}

bool isFinite(const glm::dmat4& m) {
  for (int c = 0; c < 4; ++c)
    for (int r = 0; r < 4; ++r)
      if (!std::isfinite(m[c][r])) return false;
  return true;
}

// Walks the scene and fills `model`; errors and warnings leave Error::file empty.
class SceneImporter {
 public:
  SceneImporter(const tinygltf::Model& gltf, const std::string& sourceFile, Model& model,
                std::vector<Error>& warnings)
      : gltf_(gltf),
        sourceFile_(sourceFile),
        model_(model),
        warnings_(warnings),
        materialSlots_(gltf.materials.size(), -1),
        uvTransforms_(gltf.materials.size()),
        imageSlots_(gltf.images.size(), kImageNotDecoded) {}

  std::optional<Error> run();

 private:
  struct Pending {
    int node;
    int parent;  // -1: listed by the scene
    glm::dmat4 parentWorld;
  };

  Result<std::vector<int>> roots() const;
  std::optional<Error> addNode(int index, const glm::dmat4& world);
  int materialFor(int index, const std::string& user);
  void readUvTransform(std::size_t index);
  int textureFor(int index);

  const tinygltf::Model& gltf_;
  const std::string& sourceFile_;
  Model& model_;
  std::vector<Error>& warnings_;
  UniqueNames names_;
  std::vector<int> materialSlots_;  // glTF material → Model::materials index, -1 not yet made
  // glTF material → its base colour texture's KHR_texture_transform, filled with the slot.
  std::vector<std::optional<UvTransform>> uvTransforms_;
  std::vector<int> imageSlots_;  // glTF image → Model::textures index (-1 failed)
};

Result<std::vector<int>> SceneImporter::roots() const {
  if (gltf_.defaultScene >= 0) {
    if (static_cast<std::size_t>(gltf_.defaultScene) >= gltf_.scenes.size())
      return Error{"", "scene", std::to_string(gltf_.defaultScene) + " does not exist"};
    return gltf_.scenes[static_cast<std::size_t>(gltf_.defaultScene)].nodes;
  }
  if (!gltf_.scenes.empty()) return gltf_.scenes.front().nodes;
  std::vector<bool> isChild(gltf_.nodes.size(), false);
  for (const tinygltf::Node& node : gltf_.nodes)
    for (int child : node.children)
      if (child >= 0 && static_cast<std::size_t>(child) < isChild.size())
        isChild[static_cast<std::size_t>(child)] = true;
  std::vector<int> result;
  for (std::size_t i = 0; i < isChild.size(); ++i)
    if (!isChild[i]) result.push_back(static_cast<int>(i));
  return result;
}

std::optional<Error> SceneImporter::run() {
  Result<std::vector<int>> rootNodes = roots();
  if (!rootNodes) return rootNodes.error();
  std::vector<Pending> stack;
  for (auto it = rootNodes.value().rbegin(); it != rootNodes.value().rend(); ++it)
    stack.push_back({*it, -1, glm::dmat4(1.0)});
  std::vector<bool> visited(gltf_.nodes.size(), false);
  std::vector<int> parentOf(gltf_.nodes.size(), -1);  // as first reached
  while (!stack.empty()) {
    const Pending next = stack.back();
    stack.pop_back();
    const std::string where = gltfWhere("nodes", static_cast<std::size_t>(next.node));
    if (next.node < 0 || static_cast<std::size_t>(next.node) >= gltf_.nodes.size())
      return Error{"", where,
                   next.parent < 0 ? "is listed by the scene but does not exist"
                                   : "is a child of " +
                                         gltfWhere("nodes", static_cast<std::size_t>(next.parent)) +
                                         " but does not exist"};
    if (visited[static_cast<std::size_t>(next.node)]) {
      for (int up = next.parent; up >= 0; up = parentOf[static_cast<std::size_t>(up)])
        if (up == next.node)
          return Error{"", where,
                       "is its own ancestor: the node graph has a cycle (glTF needs a forest)"};
      warnings_.push_back(Error{"", where, "is reached twice (a node has one parent); used once"});
      continue;
    }
    visited[static_cast<std::size_t>(next.node)] = true;
    parentOf[static_cast<std::size_t>(next.node)] = next.parent;
    const tinygltf::Node& node = gltf_.nodes[static_cast<std::size_t>(next.node)];
    Result<glm::dmat4> local = localTransform(node, where);
    if (!local) return local.error();
    const glm::dmat4 world = next.parentWorld * local.value();
    if (!isFinite(world)) return Error{"", where, "transform is not finite"};
    if (auto e = addNode(next.node, world)) return e;
    for (auto it = node.children.rbegin(); it != node.children.rend(); ++it)
      stack.push_back({*it, next.node, world});
  }
  if (model_.parts.empty()) warnings_.push_back(Error{"", "", "the scene holds no triangles"});
  return std::nullopt;
}

std::optional<Error> SceneImporter::addNode(int index, const glm::dmat4& world) {
  const tinygltf::Node& node = gltf_.nodes[static_cast<std::size_t>(index)];
  if (node.mesh < 0) {
    if (node.name.starts_with(kLandmarkPrefix))
      model_.landmarks.push_back(
          Landmark{node.name.substr(kLandmarkPrefix.size()), glm::vec3(world[3])});
    return std::nullopt;
  }
  if (static_cast<std::size_t>(node.mesh) >= gltf_.meshes.size())
    return Error{"", gltfWhere("nodes", static_cast<std::size_t>(index)) + ".mesh",
                 std::to_string(node.mesh) + " does not exist"};
  const tinygltf::Mesh& mesh = gltf_.meshes[static_cast<std::size_t>(node.mesh)];
  const std::string baseName = !node.name.empty()   ? node.name
                               : !mesh.name.empty() ? mesh.name
                                                    : "mesh_" + std::to_string(node.mesh);
  const std::string& extras =
      !node.extras_json_string.empty() ? node.extras_json_string : mesh.extras_json_string;
  for (std::size_t p = 0; p < mesh.primitives.size(); ++p) {
    const tinygltf::Primitive& primitive = mesh.primitives[p];
    const std::string where =
        gltfWhere("meshes", static_cast<std::size_t>(node.mesh)) + "." + gltfWhere("primitives", p);
    if (primitive.mode != kGltfTriangles && primitive.mode != kGltfTriangleStrip &&
        primitive.mode != kGltfTriangleFan) {
      const bool pointsOrLines = primitive.mode >= 0 && primitive.mode < kGltfTriangles;
      warnings_.push_back(Error{"", where,
                                "mode " + std::to_string(primitive.mode) +
                                    (pointsOrLines ? " (points or lines)" : " (not a glTF mode)") +
                                    " skipped; only triangles are imported"});
      continue;
    }
    if (primitive.attributes.count("POSITION") == 0) {
      warnings_.push_back(Error{"", where, "has no POSITION; skipped"});
      continue;
    }
    const int material = materialFor(primitive.material, where);
    const std::optional<UvTransform>& uvTransform =
        material >= 0 ? uvTransforms_[static_cast<std::size_t>(primitive.material)]
                      : kNoUvTransform;
    int uvSet = material >= 0 ? gltf_.materials[static_cast<std::size_t>(primitive.material)]
                                    .pbrMetallicRoughness.baseColorTexture.texCoord
                              : 0;
    if (uvTransform && uvTransform->texCoord) uvSet = *uvTransform->texCoord;
    Result<Part> read = readGltfPrimitive(gltf_, primitive, where, uvSet);
    if (!read) return read.error();
    Part part = std::move(read.value());
    if (part.indices.empty()) continue;
    if (uvTransform) applyUvTransform(*uvTransform, part.uvs);
    transformPart(part, glm::mat4(world));
    finishNormals(part);
    part.name = names_.claim(baseName);
    part.meshName = mesh.name;
    part.sourceFile = sourceFile_;
    part.extras = extras;
    part.material = material;
    part.kind = classifyPart(part.name, part.extras);
    if (part.kind == PartKind::Unknown && !mesh.name.empty())
      part.kind = classifyPart(mesh.name, "");
    model_.parts.push_back(std::move(part));
  }
  return std::nullopt;
}

int SceneImporter::materialFor(int index, const std::string& user) {
  if (index < 0) return -1;
  if (static_cast<std::size_t>(index) >= gltf_.materials.size()) {
    warnings_.push_back(Error{"", user, "material " + std::to_string(index) + " does not exist"});
    return -1;
  }
  int& slot = materialSlots_[static_cast<std::size_t>(index)];
  if (slot >= 0) return slot;
  const tinygltf::Material& source = gltf_.materials[static_cast<std::size_t>(index)];
  const tinygltf::PbrMetallicRoughness& pbr = source.pbrMetallicRoughness;
  Material material;
  material.name = source.name;
  material.hasColor = true;
  if (pbr.baseColorFactor.size() == 4)
    material.baseColor = glm::vec4(glm::make_vec4(pbr.baseColorFactor.data()));
  material.baseColorTexture = textureFor(pbr.baseColorTexture.index);
  readUvTransform(static_cast<std::size_t>(index));
  slot = static_cast<int>(model_.materials.size());
  model_.materials.push_back(std::move(material));
  return slot;
}

// A malformed transform is a warning and the texture is mapped as if it had none.
void SceneImporter::readUvTransform(std::size_t index) {
  Result<std::optional<UvTransform>> transform = readTextureTransform(
      gltf_.materials[index].pbrMetallicRoughness.baseColorTexture,
      gltfWhere("materials", index) + ".pbrMetallicRoughness.baseColorTexture");
  if (transform)
    uvTransforms_[index] = transform.value();
  else
    warnings_.push_back(Error{"", transform.error().where,
                              transform.error().reason + "; the texture transform is ignored"});
}

int SceneImporter::textureFor(int index) {
  if (index < 0) return -1;
  const std::string where = gltfWhere("textures", static_cast<std::size_t>(index));
  if (static_cast<std::size_t>(index) >= gltf_.textures.size()) {
    warnings_.push_back(Error{"", where, "does not exist; base colour texture ignored"});
    return -1;
  }
  const int source = gltf_.textures[static_cast<std::size_t>(index)].source;
  if (source < 0 || static_cast<std::size_t>(source) >= gltf_.images.size()) {
    warnings_.push_back(Error{"", where, "has no image in a supported format; ignored"});
    return -1;
  }
  int& slot = imageSlots_[static_cast<std::size_t>(source)];
  if (slot != kImageNotDecoded) return slot;
  const tinygltf::Image& image = gltf_.images[static_cast<std::size_t>(source)];
  const std::string name = !image.name.empty() ? image.name
                           : !image.uri.empty()
                               ? image.uri
                               : gltfWhere("image", static_cast<std::size_t>(source));
  Result<Texture> texture = decodeTexture(image.image, name);
  if (!texture) {
    const std::string reason = image.image.empty() && !image.uri.empty()
                                   ? "'" + image.uri + "' could not be read"
                                   : texture.error().reason;
    warnings_.push_back(Error{"", gltfWhere("images", static_cast<std::size_t>(source)),
                              reason + "; texture ignored"});
    slot = -1;
    return slot;
  }
  slot = static_cast<int>(model_.textures.size());
  model_.textures.push_back(std::move(texture.value()));
  return slot;
}

}  // namespace

std::optional<Error> importGltfScene(const tinygltf::Model& gltf, const std::string& sourceFile,
                                     Model& model, std::vector<Error>& warnings) {
  return SceneImporter(gltf, sourceFile, model, warnings).run();
}

}  // namespace myo
