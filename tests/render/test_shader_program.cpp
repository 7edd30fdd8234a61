// ShaderProgram: the embedded shaders build; compile and link errors name the file and carry
// the GL info log.
#include <catch2/catch.hpp>

#include "render/render_fixture.h"
#include "render/shader_program.h"

namespace {

constexpr const char* kVertex = R"(#version 330 core
layout(location = 0) in vec3 a_position;
void main() { gl_Position = vec4(a_position, 1.0); }
)";

}  // namespace

TEST_CASE("the embedded shaders compile and link", "[render][shader]") {
  myo::test::requireGlContext();
  std::string error;
  myo::ShaderProgram scene;
  CHECK(scene.build("scene.vert.glsl", "scene.frag.glsl", error));
  CHECK(error.empty());
  CHECK(scene.valid());
  CHECK(scene.location("u_baseColor") >= 0);
  CHECK(scene.location("u_noSuchUniform") == -1);
  myo::ShaderProgram background;
  CHECK(background.build("background.vert.glsl", "background.frag.glsl", error));
  CHECK(error.empty());
}

TEST_CASE("a compile error names the shader file and gives the GL log", "[render][shader]") {
  myo::test::requireGlContext();
  myo::ShaderProgram program;
  std::string error;
  const bool built = program.buildFromSource(
      "ok.vert.glsl", kVertex, "broken.frag.glsl",
      "#version 330 core\nout vec4 fragColor;\nvoid main() { fragColor = undefinedThing; }\n",
      error);
  CHECK_FALSE(built);
  CHECK_FALSE(program.valid());
  CHECK_THAT(error, Catch::StartsWith("broken.frag.glsl: compile failed: "));
  CHECK_THAT(error, Catch::Contains("undefinedThing"));
}

TEST_CASE("a link error names both files and gives the GL log", "[render][shader]") {
  myo::test::requireGlContext();
  myo::ShaderProgram program;
  std::string error;
  const bool built = program.buildFromSource(
      "ok.vert.glsl", kVertex, "no_main.frag.glsl",
      "#version 330 core\nout vec4 fragColor;\nvoid notMain() { fragColor = vec4(1.0); }\n", error);
  CHECK_FALSE(built);
  CHECK_THAT(error, Catch::StartsWith("ok.vert.glsl + no_main.frag.glsl: link failed: "));
  CHECK_THAT(error, Catch::Contains("main"));
}

TEST_CASE("an unknown embedded shader is reported, not compiled empty", "[render][shader]") {
  myo::test::requireGlContext();
  myo::ShaderProgram program;
  std::string error;
  CHECK_FALSE(program.build("missing.vert.glsl", "scene.frag.glsl", error));
  CHECK_THAT(error, Catch::Contains("missing.vert.glsl") && Catch::Contains("not embedded"));
}
