// Model: the in-memory body every importer produces — named parts in one world frame, materials,
// textures and landmarks. Plain data only; no GL, GLFW or ImGui.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <glm/glm.hpp>

namespace myo {

enum class PartKind { Unknown, Muscle, Tendon, Bone, Skin, Other };

// RGBA8 image, rows top to bottom.
struct Texture {
  std::string name;
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> rgba;  // width * height * 4 bytes
};

struct Material {
  std::string name;
  glm::vec4 baseColor{1.0f};  // linear RGBA factor
  int baseColorTexture = -1;  // index into Model::textures, -1 when none
  bool hasColor = false;      // false: the file said nothing, the renderer picks a default by kind
};

// One drawable piece (a glTF node × primitive, an Assimp mesh) with transforms already applied:
// positions and normals are in the model's world frame. Triangles only.
struct Part {
  std::string name;        // node name (or mesh name when the node has none), unique in a Model
  std::string meshName;    // source mesh name, may be empty
  std::string sourceFile;  // file this part came from (several files can form one body)
  std::string extras;      // glTF `extras` of the node (or mesh) as compact JSON, "" when none
  PartKind kind = PartKind::Unknown;
  int material = -1;    // index into Model::materials, -1 when none
  bool closed = false;  // watertight, consistently wound outward: its back faces never show

  std::vector<glm::vec3> positions;
  std::vector<glm::vec3> normals;  // same size as positions, unit length
  std::vector<glm::vec2> uvs;      // empty or same size as positions
  // Empty or same size as positions: a muscle's fibre direction at each vertex (xyz, unit, sign
  // meaningless) and a fibre line coordinate (w: whole numbers on lines that run along the
  // fibres, a few millimetres apart), glTF attribute "_FIBRE" (VEC4); the renderer draws those
  // lines faintly.
  std::vector<glm::vec4> fibres;
  std::vector<std::uint32_t> indices;  // 3 per triangle, each < positions.size()

  [[nodiscard]] std::size_t triangleCount() const { return indices.size() / 3; }
};

// A named point on the body (an empty node `landmark:NAME.SIDE` in glTF).
struct Landmark {
  std::string name;  // without the "landmark:" prefix, e.g. "acromion.L"
  glm::vec3 position{0.0f};
};

struct Model {
  std::vector<Part> parts;
  std::vector<Material> materials;
  std::vector<Texture> textures;
  std::vector<Landmark> landmarks;
  std::vector<std::string> warnings;  // non-fatal problems met while loading, one line each
  std::string source;                 // what was loaded: a file, a folder or "N files"

  [[nodiscard]] std::size_t triangleCount() const;
  [[nodiscard]] std::size_t vertexCount() const;
  // Bytes the model's arrays and texts hold (their capacity), not counting the containers'
  // own bookkeeping. O(parts + textures).
  [[nodiscard]] std::size_t memoryBytes() const;
};

// Axis-aligned box; empty when min > max.
struct Bounds {
  glm::vec3 min{1e30f};
  glm::vec3 max{-1e30f};
  [[nodiscard]] bool empty() const { return min.x > max.x; }
  [[nodiscard]] glm::vec3 center() const { return 0.5f * (min + max); }
  [[nodiscard]] glm::vec3 size() const { return empty() ? glm::vec3(0.0f) : max - min; }
  void add(const glm::vec3& p) {
    min = glm::min(min, p);
    max = glm::max(max, p);
  }
};

// Bounds of one part's vertices. O(vertices).
[[nodiscard]] Bounds partBounds(const Part& part);

// Bounds of all part vertices. O(vertices).
[[nodiscard]] Bounds modelBounds(const Model& model);

// Names handed out once each: `base`, else `base#2`, `base#3`… the first not yet taken. Each base
// remembers where its numbering got to, so n parts of one name cost O(n), not O(n²).
class UniqueNames {
 public:
  // Takes `name` as it is (a name already in use). O(name).
  void take(const std::string& name) { taken_.insert(name); }
  // The first free name for `base`, taken. O(name) amortised.
  [[nodiscard]] std::string claim(const std::string& base);

 private:
  std::unordered_set<std::string> taken_;
  std::unordered_map<std::string, int> next_;  // base -> the next number to try
};

// Appends `other` to `into`, re-indexing materials/textures and making part names unique. O(size).
void mergeModel(Model& into, Model&& other);

}  // namespace myo
