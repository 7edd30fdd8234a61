// ShaderProgram: the embedded shaders build; compile and link errors name the file and carry
// the GL info log.
#include <catch2/catch.hpp>

#include "render/render_fixture.h"
#include "render/scene_programs.h"
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

TEST_CASE("every variant of the scene shader compiles and links", "[render][shader]") {
  myo::test::requireGlContext();
  myo::ScenePrograms programs;
  std::string error;
  for (unsigned bits = 0; bits < 32; ++bits)
    for (int fields = 0; fields <= 4; ++fields) {
      myo::SceneFeatures f;
      f.textured = (bits & 1u) != 0;
      f.fibres = (bits & 2u) != 0;
      f.highlighted = (bits & 4u) != 0;
      f.painted = (bits & 8u) != 0;
      f.isolines = (bits & 16u) != 0;
      f.referralFields = fields;
      INFO(f.defines());
      const myo::SceneProgram* program = programs.find(f, error);
      REQUIRE(program != nullptr);
      CHECK(error.empty());
      CHECK(program->baseColor >= 0);
      CHECK((program->moment >= 0) == (fields > 0));  // the heatmap only where it is drawn
      CHECK((program->painChannel >= 0) == f.painted);
      CHECK((program->isolines >= 0) == (f.isolines && fields > 0));
      CHECK((program->texture >= 0) == f.textured);
    }
  CHECK(programs.size() == 16 + 4 * 32);  // isolines mean nothing without fields
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
