// ScenePrograms: the scene shader's variants, one per set of features a part needs (texture,
// fibres, highlight, pain drawing, referral fields, isolines), each compiled and linked on first
// use, and the uniforms one frame gives them all. GL only; knows nothing of models or parts.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "core/referral/referral_animation.h"
#include "render/shader_program.h"

namespace myo {

// What one part's draw needs of the shader. A software rasteriser pays for every feature a
// shader contains, switched on or not, so each part gets a variant with only its own.
struct SceneFeatures {
  bool textured = false;
  bool fibres = false;
  bool highlighted = false;
  bool painted = false;    // a pain drawing in the channel shown
  int referralFields = 0;  // 0–kMaxReferralFields
  bool isolines = false;   // only with referral fields
  // A small whole number naming the variant. O(1).
  [[nodiscard]] unsigned key() const;
  // The "#define …" lines scene.vert.glsl and scene.frag.glsl are compiled with. O(1).
  [[nodiscard]] std::string defines() const;
};

// The uniforms every variant takes once per frame: camera, animation moment, colormap.
struct SceneFrame {
  glm::mat4 view{1.0f};
  glm::mat4 projection{1.0f};
  ReferralMoment moment;
  ReferralAnimation animation;
  std::vector<glm::vec3> colormap;  // 9 sRGB stops at 0, 1/8 … 1
  float isolineSpacing = 0.0f;      // m
  int painChannel = 0;
  std::uint64_t number = 0;  // which frame: a variant is given the uniforms once per frame
};

struct SceneProgram {
  ShaderProgram program;
  int view = -1, projection = -1, viewUp = -1, baseColor = -1, texture = -1, moment = -1,
      shape = -1, colormap = -1, isolines = -1, painChannel = -1;
  std::uint64_t frameNumber = 0;  // the frame whose uniforms it holds

  // Compiles and links the variant for `features`; false with `error` on failure. Tens of ms.
  [[nodiscard]] bool build(const SceneFeatures& features, std::string& error);
  // Makes it current and, when it does not hold `frame`'s uniforms yet, sets them. O(1).
  void use(const SceneFrame& frame);
};

class ScenePrograms {
 public:
  // The variant for `features`, built the first time it is asked for (a GLSL compile and link,
  // 10–40 ms on llvmpipe); nullptr with `error` when it does not build.
  [[nodiscard]] SceneProgram* find(const SceneFeatures& features, std::string& error);
  // How many variants are built. O(1).
  [[nodiscard]] std::size_t size() const { return programs_.size(); }

 private:
  std::map<unsigned, std::unique_ptr<SceneProgram>> programs_;  // by SceneFeatures::key
};

}  // namespace myo
