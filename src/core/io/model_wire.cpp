// Result<Model> ↔ bytes: sizes as 64-bit counts, then the elements' bytes.
#include "core/io/model_wire.h"

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <type_traits>
#include <utility>
#include <vector>

namespace myo {
namespace {

class Writer {
 public:
  template <typename T>
  void value(const T& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_.append(reinterpret_cast<const char*>(&v), sizeof(T));
  }
  void text(const std::string& s) {
    value(static_cast<std::uint64_t>(s.size()));
    out_ += s;
  }
  template <typename T>
  void items(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    value(static_cast<std::uint64_t>(v.size()));
    out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  template <typename T>
  T value() {
    T v;
    std::memcpy(&v, next(sizeof(T)), sizeof(T));
    return v;
  }
  std::string text() {
    const std::size_t size = count(1);
    return std::string(next(size), size);
  }
  template <typename T>
  std::vector<T> items() {
    const std::size_t size = count(sizeof(T));
    std::vector<T> v(size);
    if (size > 0) std::memcpy(v.data(), next(size * sizeof(T)), size * sizeof(T));
    return v;
  }
  std::size_t count(std::size_t elementSize) {
    const auto n = value<std::uint64_t>();
    if (n > (bytes_.size() - at_) / elementSize) throw std::length_error("cut short");
    return static_cast<std::size_t>(n);
  }
  [[nodiscard]] bool done() const { return at_ == bytes_.size(); }

 private:
  const char* next(std::size_t size) {
    if (size > bytes_.size() - at_) throw std::length_error("cut short");
    const char* p = bytes_.data() + at_;
    at_ += size;
    return p;
  }
  std::string_view bytes_;
  std::size_t at_ = 0;
};

}  // namespace

std::string modelToWire(const Result<Model>& result) {
  Writer w;
  w.value(static_cast<std::uint8_t>(result.ok()));
  if (!result.ok()) {
    w.text(result.error().file);
    w.text(result.error().where);
    w.text(result.error().reason);
    return w.take();
  }
  const Model& m = result.value();
  w.value(static_cast<std::uint64_t>(m.parts.size()));
  for (const Part& p : m.parts) {
    for (const std::string* s : {&p.name, &p.meshName, &p.sourceFile, &p.extras}) w.text(*s);
    w.value(p.kind);
    w.value(p.material);
    w.value(static_cast<std::uint8_t>(p.closed));
    w.items(p.positions);
    w.items(p.normals);
    w.items(p.uvs);
    w.items(p.fibres);
    w.items(p.indices);
  }
  w.value(static_cast<std::uint64_t>(m.materials.size()));
  for (const Material& mat : m.materials) {
    w.text(mat.name);
    w.value(mat.baseColor);
    w.value(mat.baseColorTexture);
    w.value(static_cast<std::uint8_t>(mat.hasColor));
  }
  w.value(static_cast<std::uint64_t>(m.textures.size()));
  for (const Texture& t : m.textures) {
    w.text(t.name);
    w.value(t.width);
    w.value(t.height);
    w.items(t.rgba);
  }
  w.value(static_cast<std::uint64_t>(m.landmarks.size()));
  for (const Landmark& l : m.landmarks) {
    w.text(l.name);
    w.value(l.position);
  }
  w.value(static_cast<std::uint64_t>(m.warnings.size()));
  for (const std::string& warning : m.warnings) w.text(warning);
  w.text(m.source);
  return w.take();
}

Result<Model> modelFromWire(std::string_view bytes, const std::string& file) {
  try {
    Reader r(bytes);
    if (r.value<std::uint8_t>() == 0) {
      Error error;
      error.file = r.text();
      error.where = r.text();
      error.reason = r.text();
      return error;
    }
    Model m;
    m.parts.resize(r.count(1));
    for (Part& p : m.parts) {
      for (std::string* s : {&p.name, &p.meshName, &p.sourceFile, &p.extras}) *s = r.text();
      p.kind = r.value<PartKind>();
      p.material = r.value<int>();
      p.closed = r.value<std::uint8_t>() != 0;
      p.positions = r.items<glm::vec3>();
      p.normals = r.items<glm::vec3>();
      p.uvs = r.items<glm::vec2>();
      p.fibres = r.items<glm::vec4>();
      p.indices = r.items<std::uint32_t>();
    }
    m.materials.resize(r.count(1));
    for (Material& mat : m.materials) {
      mat.name = r.text();
      mat.baseColor = r.value<glm::vec4>();
      mat.baseColorTexture = r.value<int>();
      mat.hasColor = r.value<std::uint8_t>() != 0;
    }
    m.textures.resize(r.count(1));
    for (Texture& t : m.textures) {
      t.name = r.text();
      t.width = r.value<int>();
      t.height = r.value<int>();
      t.rgba = r.items<std::uint8_t>();
    }
    m.landmarks.resize(r.count(1));
    for (Landmark& l : m.landmarks) {
      l.name = r.text();
      l.position = r.value<glm::vec3>();
    }
    m.warnings.resize(r.count(1));
    for (std::string& warning : m.warnings) warning = r.text();
    m.source = r.text();
    if (!r.done()) return Error{file, "", "the importer's result has bytes left over"};
    return m;
  } catch (const std::exception&) {
    return Error{file, "", "the importer's result was cut short"};
  }
}

}  // namespace myo
