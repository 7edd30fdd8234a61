// Model totals, bounds and merging.
#include "core/geometry/model.h"

namespace myo {

std::size_t Model::triangleCount() const {
  std::size_t n = 0;
  for (const Part& p : parts) n += p.triangleCount();
  return n;
}

std::size_t Model::vertexCount() const {
  std::size_t n = 0;
  for (const Part& p : parts) n += p.positions.size();
  return n;
}

namespace {

template <typename T>
std::size_t bytesOf(const std::vector<T>& values) {
  return values.capacity() * sizeof(T);
}

}  // namespace

std::size_t Model::memoryBytes() const {
  std::size_t n = 0;
  for (const Part& p : parts)
    n += bytesOf(p.positions) + bytesOf(p.normals) + bytesOf(p.uvs) + bytesOf(p.fibres) +
         bytesOf(p.indices) + p.name.capacity() + p.meshName.capacity() + p.sourceFile.capacity() +
         p.extras.capacity();
  for (const Texture& t : textures) n += bytesOf(t.rgba);
  return n + bytesOf(parts) + bytesOf(materials) + bytesOf(textures) + bytesOf(landmarks);
}

Bounds partBounds(const Part& part) {
  Bounds b;
  for (const glm::vec3& v : part.positions) b.add(v);
  return b;
}

Bounds modelBounds(const Model& model) {
  Bounds b;
  for (const Part& p : model.parts)
    for (const glm::vec3& v : p.positions) b.add(v);
  return b;
}

std::string UniqueNames::claim(const std::string& base) {
  std::string name = base;
  if (taken_.count(name) != 0) {
    int& next = next_.try_emplace(base, 2).first->second;
    do name = base + "#" + std::to_string(next++);
    while (taken_.count(name) != 0);
  }
  taken_.insert(name);
  return name;
}

void mergeModel(Model& into, Model&& other) {
  const int textureOffset = static_cast<int>(into.textures.size());
  const int materialOffset = static_cast<int>(into.materials.size());
  for (Texture& t : other.textures) into.textures.push_back(std::move(t));
  for (Material& m : other.materials) {
    if (m.baseColorTexture >= 0) m.baseColorTexture += textureOffset;
    into.materials.push_back(std::move(m));
  }
  UniqueNames names;
  for (const Part& p : into.parts) names.take(p.name);
  for (Part& p : other.parts) {
    if (p.material >= 0) p.material += materialOffset;
    p.name = names.claim(p.name);
    into.parts.push_back(std::move(p));
  }
  for (Landmark& l : other.landmarks) into.landmarks.push_back(std::move(l));
  for (std::string& w : other.warnings) into.warnings.push_back(std::move(w));
}

}  // namespace myo
