// ShaderProgram: compiles and links a GLSL vertex + fragment pair (embedded from shaders/ or
// given as text) and sets uniforms. Needs a current GL context; knows nothing of the scene.
#pragma once

#include <string>
#include <string_view>

#include <glm/glm.hpp>

namespace myo {

// Text of an embedded file from shaders/ (e.g. "scene.vert.glsl"); empty when unknown. O(files).
std::string_view embeddedShader(std::string_view fileName);

class ShaderProgram {
 public:
  ShaderProgram() = default;
  ~ShaderProgram();
  ShaderProgram(const ShaderProgram&) = delete;
  ShaderProgram& operator=(const ShaderProgram&) = delete;

  // Compiles the embedded shaders/<vertexFile> and shaders/<fragmentFile>, with `defines`
  // (lines such as "#define REFERRAL\n") placed after their #version lines, and links them.
  // On failure returns false with `error` = "file: compile|link failed: <GL info log>".
  [[nodiscard]] bool build(std::string_view vertexFile, std::string_view fragmentFile,
                           std::string& error, std::string_view defines = {});
  // Same from source text; the names only label error messages.
  [[nodiscard]] bool buildFromSource(std::string_view vertexName, std::string_view vertexSource,
                                     std::string_view fragmentName, std::string_view fragmentSource,
                                     std::string& error);

  [[nodiscard]] bool valid() const { return program_ != 0; }
  // Makes this the current program; must be valid. O(1).
  void use() const;
  // Uniform location, -1 when the program has no such active uniform. O(name length).
  [[nodiscard]] int location(const char* uniformName) const;

  // Set a uniform of the current program (call use() first); -1 locations are ignored. O(1).
  static void set(int location, int value);
  static void set(int location, float value);
  static void set(int location, const glm::vec2& value);
  static void set(int location, const glm::vec3& value);
  static void set(int location, const glm::vec4& value);
  static void set(int location, const glm::mat4& value);

 private:
  unsigned int program_ = 0;  // GL program name, 0 when not built
};

}  // namespace myo
