// Assimp → Model: post-processed scene, node walk with transforms, materials and textures.
#include "core/io/assimp_importer.h"

#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <stb_image.h>
#include <assimp/Importer.hpp>

#include <algorithm>
#include <cmath>
#include <exception>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <glm/gtc/matrix_inverse.hpp>
#include <glm/gtc/type_ptr.hpp>

#include "core/anatomy/part_kind.h"
#include "core/geometry/mesh_normals.h"
#include "core/io/file_access.h"
#include "core/io/format_headers.h"
#include "core/text/ascii_text.h"

namespace myo {
namespace {

namespace fs = std::filesystem;

// Triangles only (points and lines are dropped), shared vertices, normals where missing, and
// glTF's texture-coordinate convention. The validation step rejects out-of-range indices.
// Empty nodes named "landmark:X" mark landmark X, as in the project's glTF files.
constexpr std::string_view kLandmarkPrefix = "landmark:";

constexpr unsigned kPostProcess = aiProcess_Triangulate | aiProcess_JoinIdenticalVertices |
                                  aiProcess_GenSmoothNormals | aiProcess_SortByPType |
                                  aiProcess_FlipUVs | aiProcess_ValidateDataStructure;

std::string firstLine(std::string_view text) {
  text = text.substr(0, text.find_first_of("\r\n"));
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text.empty() ? std::string("Assimp could not read the file") : std::string(text);
}

// Names Assimp makes up when the file has none: "", OBJ's "defaultobject", "<STL_BINARY>"…
bool isPlaceholderName(std::string_view name) {
  return name.empty() || name == "defaultobject" || (name.front() == '<' && name.back() == '>');
}

std::string partName(const aiNode& node, const aiMesh& mesh, const fs::path& file) {
  if (!isPlaceholderName(node.mName.C_Str())) return node.mName.C_Str();
  if (!isPlaceholderName(mesh.mName.C_Str())) return mesh.mName.C_Str();
  return file.stem().string();
}

glm::mat4 toGlm(const aiMatrix4x4& m) {
  return glm::transpose(glm::make_mat4(&m.a1));
}

glm::vec3 unitOrPlusZ(const glm::vec3& n) {
  const float length = glm::length(n);
  return length > 0.0f && std::isfinite(length) ? n / length : glm::vec3(0.0f, 0.0f, 1.0f);
}

// Loads each referenced image once into Model::textures: embedded ones from memory, files only
// from inside the model's folder. Problems become warnings and index -1.
class TextureLoader {
 public:
  TextureLoader(const aiScene& scene, const fs::path& file, Model& model)
      : scene_(scene),
        file_(file.string()),
        folder_(file.has_parent_path() ? file.parent_path() : fs::path(".")),
        model_(model) {}

  int load(const aiString& reference) {
    const std::string key = reference.C_Str();
    const auto cached = cache_.find(key);
    if (cached != cache_.end()) return cached->second;
    const int index = decode(key);
    cache_.emplace(key, index);
    return index;
  }

 private:
  int decode(const std::string& key) {
    if (const aiTexture* embedded = scene_.GetEmbeddedTexture(key.c_str()))
      return embedded->mHeight == 0 ? decodeCompressed(key, *embedded) : copyTexels(key, *embedded);
    return decodeFile(key);
  }

  int decodeFile(const std::string& key) {
    std::string portable = key;
    for (char& c : portable) c = c == '\\' ? '/' : c;
    const fs::path full = folder_ / fs::path(portable);
    if (!isInsideFolder(full, folder_)) return warn(key, "refused: outside the model's folder");
    int width = 0, height = 0, channels = 0;
    stbi_uc* pixels = stbi_load(full.c_str(), &width, &height, &channels, 4);
    return pixels ? adopt(key, pixels, width, height) : warn(key, stbi_failure_reason());
  }

  int decodeCompressed(const std::string& key, const aiTexture& texture) {
    int width = 0, height = 0, channels = 0;
    stbi_uc* pixels =
        stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(texture.pcData),
                              static_cast<int>(texture.mWidth), &width, &height, &channels, 4);
    return pixels ? adopt(key, pixels, width, height) : warn(key, stbi_failure_reason());
  }

  int copyTexels(const std::string& key, const aiTexture& texture) {
    Texture out{key, static_cast<int>(texture.mWidth), static_cast<int>(texture.mHeight), {}};
    const std::size_t count = std::size_t{texture.mWidth} * texture.mHeight;
    out.rgba.reserve(count * 4);
    for (std::size_t i = 0; i < count; ++i) {
      const aiTexel& t = texture.pcData[i];
      out.rgba.insert(out.rgba.end(), {t.r, t.g, t.b, t.a});
    }
    model_.textures.push_back(std::move(out));
    return static_cast<int>(model_.textures.size()) - 1;
  }

  // Takes ownership of an stb_image RGBA buffer.
  int adopt(const std::string& key, stbi_uc* pixels, int width, int height) {
    const std::size_t bytes =
        static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4;
    model_.textures.push_back(
        Texture{key, width, height, std::vector<std::uint8_t>(pixels, pixels + bytes)});
    stbi_image_free(pixels);
    return static_cast<int>(model_.textures.size()) - 1;
  }

  int warn(const std::string& key, std::string_view why) {
    model_.warnings.push_back(file_ + ": texture '" + key + "' not loaded: " + std::string(why));
    return -1;
  }

  const aiScene& scene_;
  std::string file_;
  fs::path folder_;
  Model& model_;
  std::map<std::string, int> cache_;
};

// Diffuse colour counts as set unless the material is one Assimp invented (no name, or its
// default material for files without materials).
Material convertMaterial(const aiMaterial& source, TextureLoader& textures) {
  Material out;
  out.name = source.GetName().C_Str();
  aiColor4D diffuse;
  if (!out.name.empty() && out.name != AI_DEFAULT_MATERIAL_NAME &&
      source.Get(AI_MATKEY_COLOR_DIFFUSE, diffuse) == AI_SUCCESS) {
    out.baseColor = glm::vec4(diffuse.r, diffuse.g, diffuse.b, 1.0f);
    out.hasColor = true;
  }
  float opacity = 1.0f;
  if (source.Get(AI_MATKEY_OPACITY, opacity) == AI_SUCCESS) out.baseColor.w = opacity;
  aiString texture;
  if (source.GetTexture(aiTextureType_DIFFUSE, 0, &texture) == AI_SUCCESS)
    out.baseColorTexture = textures.load(texture);
  return out;
}

// One mesh placed by `world`: normals by the inverse transpose, winding flipped when the
// transform mirrors. Non-triangle faces are skipped.
Part convertMesh(const aiMesh& mesh, const glm::mat4& world) {
  Part part;
  part.meshName = mesh.mName.C_Str();
  part.material = static_cast<int>(mesh.mMaterialIndex);
  const glm::mat3 normalMatrix = glm::inverseTranspose(glm::mat3(world));
  const bool mirrored = glm::determinant(glm::mat3(world)) < 0.0f;
  part.positions.reserve(mesh.mNumVertices);
  part.normals.reserve(mesh.mNumVertices);
  for (unsigned i = 0; i < mesh.mNumVertices; ++i) {
    const aiVector3D& p = mesh.mVertices[i];
    part.positions.push_back(glm::vec3(world * glm::vec4(p.x, p.y, p.z, 1.0f)));
  }
  for (unsigned i = 0; mesh.HasNormals() && i < mesh.mNumVertices; ++i) {
    const aiVector3D& n = mesh.mNormals[i];
    part.normals.push_back(unitOrPlusZ(normalMatrix * glm::vec3(n.x, n.y, n.z)));
  }
  if (mesh.HasTextureCoords(0)) {
    part.uvs.reserve(mesh.mNumVertices);
    for (unsigned i = 0; i < mesh.mNumVertices; ++i)
      part.uvs.emplace_back(mesh.mTextureCoords[0][i].x, mesh.mTextureCoords[0][i].y);
  }
  part.indices.reserve(std::size_t{mesh.mNumFaces} * 3);
  for (unsigned f = 0; f < mesh.mNumFaces; ++f) {
    const aiFace& face = mesh.mFaces[f];
    if (face.mNumIndices != 3) continue;
    part.indices.push_back(face.mIndices[0]);
    part.indices.push_back(face.mIndices[mirrored ? 2 : 1]);
    part.indices.push_back(face.mIndices[mirrored ? 1 : 2]);
  }
  if (part.normals.empty()) computeVertexNormals(part);  // neither the file nor Assimp had any
  return part;
}

// Depth-first over the node tree in file order: one Part per (node, mesh) with triangles, one
// Landmark per "landmark:" node.
void collectParts(const aiScene& scene, const fs::path& file, Model& model) {
  struct Pending {
    const aiNode* node;
    glm::mat4 parent;
  };
  std::vector<Pending> stack{{scene.mRootNode, glm::mat4(1.0f)}};
  while (!stack.empty()) {
    const Pending next = stack.back();
    stack.pop_back();
    const aiNode& node = *next.node;
    const glm::mat4 world = next.parent * toGlm(node.mTransformation);
    const std::string_view nodeName = node.mName.C_Str();
    if (nodeName.starts_with(kLandmarkPrefix))
      model.landmarks.push_back(
          Landmark{std::string(nodeName.substr(kLandmarkPrefix.size())), glm::vec3(world[3])});
    for (unsigned i = 0; i < node.mNumMeshes; ++i) {
      const aiMesh& mesh = *scene.mMeshes[node.mMeshes[i]];
      Part part = convertMesh(mesh, world);
      if (part.indices.empty()) continue;
      part.name = partName(node, mesh, file);
      part.sourceFile = file.string();
      part.kind = classifyPart(part.name, "");
      model.parts.push_back(std::move(part));
    }
    for (unsigned i = node.mNumChildren; i-- > 0;) stack.push_back({node.mChildren[i], world});
  }
}

Result<Model> convertScene(const aiScene& scene, const fs::path& file) {
  Model raw;
  TextureLoader textures(scene, file, raw);
  for (unsigned i = 0; i < scene.mNumMaterials; ++i)
    raw.materials.push_back(convertMaterial(*scene.mMaterials[i], textures));
  collectParts(scene, file, raw);
  if (raw.parts.empty()) return Error{file.string(), "", "no triangle meshes in the file"};
  Model model;  // merging into an empty model makes the part names unique
  mergeModel(model, std::move(raw));
  model.source = file.string();
  return model;
}

}  // namespace

Result<Model> importWithAssimp(const fs::path& file) {
  if (const std::optional<std::string> problem = formatHeaderProblem(file))
    return Error{file.string(), "", *problem};
  try {
    Assimp::Importer importer;
    importer.SetPropertyInteger(AI_CONFIG_PP_SBP_REMOVE,
                                aiPrimitiveType_POINT | aiPrimitiveType_LINE);
    importer.SetPropertyBool(AI_CONFIG_IMPORT_FBX_PRESERVE_PIVOTS, false);
    importer.SetPropertyBool(AI_CONFIG_IMPORT_COLLADA_USE_COLLADA_NAMES, true);
    const aiScene* scene = importer.ReadFile(file.string(), kPostProcess);
    if (scene == nullptr || scene->mRootNode == nullptr)
      return Error{file.string(), "", firstLine(importer.GetErrorString())};
    return convertScene(*scene, file);
  } catch (const std::exception& e) {
    return Error{file.string(), "", firstLine(e.what())};
  }
}

bool assimpReadsExtension(std::string_view extension) {
  static const std::set<std::string, std::less<>> kExtensions = [] {
    Assimp::Importer importer;
    std::string list;  // "*.3d;*.3ds;…"
    importer.GetExtensionList(list);
    std::set<std::string, std::less<>> out;
    for (std::size_t start = 0; start < list.size();) {
      const std::size_t end = std::min(list.find(';', start), list.size());
      const std::string_view entry = std::string_view(list).substr(start, end - start);
      if (entry.starts_with("*")) out.insert(asciiLower(entry.substr(1)));
      start = end + 1;
    }
    return out;
  }();
  return kExtensions.contains(extension);
}

}  // namespace myo
