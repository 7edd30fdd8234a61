// GLSL compile/link with the GL info log in every error.
#include "render/shader_program.h"

#include <epoxy/gl.h>

#include <algorithm>

#include <glm/gtc/type_ptr.hpp>

namespace myo {
namespace {

// `source` with `defines` inserted after its #version line (which must precede any other
// directive). O(source length).
std::string withDefines(std::string_view source, std::string_view defines) {
  const std::size_t version = source.find("#version");
  const std::size_t lineEnd =
      version == std::string_view::npos ? version : source.find('\n', version);
  if (defines.empty() || lineEnd == std::string_view::npos) return std::string(source);
  return std::string(source.substr(0, lineEnd + 1)) + std::string(defines) +
         std::string(source.substr(lineEnd + 1));
}

std::string infoLog(GLuint object, bool isProgram) {
  GLint length = 0;
  if (isProgram) {
    glGetProgramiv(object, GL_INFO_LOG_LENGTH, &length);
  } else {
    glGetShaderiv(object, GL_INFO_LOG_LENGTH, &length);
  }
  std::string log(static_cast<std::size_t>(std::max(length, 1)), '\0');
  if (isProgram) {
    glGetProgramInfoLog(object, length, nullptr, log.data());
  } else {
    glGetShaderInfoLog(object, length, nullptr, log.data());
  }
  log.resize(log.find('\0') == std::string::npos ? log.size() : log.find('\0'));
  while (!log.empty() && (log.back() == '\n' || log.back() == ' ')) log.pop_back();
  return log.empty() ? "(no info log)" : log;
}

// Compiled shader name, or 0 with `error` set.
GLuint compile(GLenum stage, std::string_view name, std::string_view source, std::string& error) {
  if (source.empty()) {
    error = std::string(name) + ": shader source is empty or not embedded";
    return 0;
  }
  const GLuint shader = glCreateShader(stage);
  const GLchar* text = source.data();
  const auto length = static_cast<GLint>(source.size());
  glShaderSource(shader, 1, &text, &length);
  glCompileShader(shader);
  GLint ok = GL_FALSE;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (ok != GL_TRUE) {
    error = std::string(name) + ": compile failed: " + infoLog(shader, false);
    glDeleteShader(shader);
    return 0;
  }
  return shader;
}

}  // namespace

ShaderProgram::~ShaderProgram() {
  if (program_ != 0) glDeleteProgram(program_);
}

bool ShaderProgram::build(std::string_view vertexFile, std::string_view fragmentFile,
                          std::string& error, std::string_view defines) {
  return buildFromSource(vertexFile, withDefines(embeddedShader(vertexFile), defines), fragmentFile,
                         withDefines(embeddedShader(fragmentFile), defines), error);
}

bool ShaderProgram::buildFromSource(std::string_view vertexName, std::string_view vertexSource,
                                    std::string_view fragmentName, std::string_view fragmentSource,
                                    std::string& error) {
  const GLuint vertex = compile(GL_VERTEX_SHADER, vertexName, vertexSource, error);
  if (vertex == 0) return false;
  const GLuint fragment = compile(GL_FRAGMENT_SHADER, fragmentName, fragmentSource, error);
  if (fragment == 0) {
    glDeleteShader(vertex);
    return false;
  }
  const GLuint program = glCreateProgram();
  glAttachShader(program, vertex);
  glAttachShader(program, fragment);
  glLinkProgram(program);
  glDeleteShader(vertex);  // flagged; freed with the program
  glDeleteShader(fragment);
  GLint ok = GL_FALSE;
  glGetProgramiv(program, GL_LINK_STATUS, &ok);
  if (ok != GL_TRUE) {
    error = std::string(vertexName) + " + " + std::string(fragmentName) +
            ": link failed: " + infoLog(program, true);
    glDeleteProgram(program);
    return false;
  }
  if (program_ != 0) glDeleteProgram(program_);
  program_ = program;
  return true;
}

void ShaderProgram::use() const {
  glUseProgram(program_);
}

int ShaderProgram::location(const char* uniformName) const {
  return glGetUniformLocation(program_, uniformName);
}

void ShaderProgram::set(int location, int value) {
  glUniform1i(location, value);
}
void ShaderProgram::set(int location, float value) {
  glUniform1f(location, value);
}
void ShaderProgram::set(int location, const glm::vec2& value) {
  glUniform2f(location, value.x, value.y);
}

void ShaderProgram::set(int location, const glm::vec3& value) {
  glUniform3fv(location, 1, glm::value_ptr(value));
}
void ShaderProgram::set(int location, const glm::vec4& value) {
  glUniform4fv(location, 1, glm::value_ptr(value));
}
void ShaderProgram::set(int location, const glm::mat4& value) {
  glUniformMatrix4fv(location, 1, GL_FALSE, glm::value_ptr(value));
}

}  // namespace myo
