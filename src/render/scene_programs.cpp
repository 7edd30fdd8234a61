// Scene shader variants: the defines per feature set, building on demand, per-frame uniforms.
#include "render/scene_programs.h"

#include <epoxy/gl.h>

namespace myo {

unsigned SceneFeatures::key() const {
  return (textured ? 1u : 0u) | (fibres ? 2u : 0u) | (highlighted ? 4u : 0u) | (painted ? 8u : 0u) |
         (isolines && referralFields > 0 ? 16u : 0u) | (static_cast<unsigned>(referralFields) << 5);
}

std::string SceneFeatures::defines() const {
  std::string lines = "#define REFERRAL_FIELDS " + std::to_string(referralFields) + "\n";
  if (textured) lines += "#define TEXTURED\n";
  if (fibres) lines += "#define FIBRES\n";
  if (highlighted) lines += "#define HIGHLIGHT\n";
  if (painted) lines += "#define PAIN\n";
  if (isolines && referralFields > 0) lines += "#define ISOLINES\n";
  return lines;
}

bool SceneProgram::build(const SceneFeatures& features, std::string& error) {
  if (!program.build("scene.vert.glsl", "scene.frag.glsl", error, features.defines())) return false;
  view = program.location("u_view");
  projection = program.location("u_projection");
  viewUp = program.location("u_viewUp");
  baseColor = program.location("u_baseColor");
  texture = program.location("t_baseColor");
  moment = program.location("u_moment");
  shape = program.location("u_shape");
  colormap = program.location("u_colormap[0]");
  isolines = program.location("u_isolines");
  painChannel = program.location("u_painChannel");
  return true;
}

void SceneProgram::use(const SceneFrame& frame) {
  program.use();
  if (frameNumber == frame.number) return;
  frameNumber = frame.number;
  ShaderProgram::set(view, frame.view);
  ShaderProgram::set(projection, frame.projection);
  ShaderProgram::set(viewUp, glm::mat3(frame.view) * glm::vec3(0.0f, 1.0f, 0.0f));
  ShaderProgram::set(texture, 0);
  const ReferralMoment& m = frame.moment;
  ShaderProgram::set(moment, glm::vec4(m.front, m.breathing, m.glow, m.pulse));
  const ReferralAnimation& a = frame.animation;
  ShaderProgram::set(shape, glm::vec3(a.rimWidth, a.spilloverGain, a.knotRadius));
  ShaderProgram::set(isolines, frame.isolineSpacing);
  ShaderProgram::set(painChannel, frame.painChannel);
  if (colormap >= 0 && frame.colormap.size() == 9) glUniform3fv(colormap, 9, &frame.colormap[0].x);
}

SceneProgram* ScenePrograms::find(const SceneFeatures& features, std::string& error) {
  std::unique_ptr<SceneProgram>& slot = programs_[features.key()];
  if (!slot) {
    auto built = std::make_unique<SceneProgram>();
    if (!built->build(features, error)) {
      programs_.erase(features.key());
      return nullptr;
    }
    slot = std::move(built);
  }
  return slot.get();
}

}  // namespace myo
