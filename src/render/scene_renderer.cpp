// Scene upload (merged buffers, textures) and drawing (background, opaque, sorted translucent).
#include "render/scene_renderer.h"

#include <epoxy/gl.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>

#include "core/anatomy/part_colors.h"

namespace myo {
namespace {

// 28 bytes a vertex; texture coordinates go in a buffer of their own, made only for models
// with textures.
struct Vertex {
  glm::vec3 position;
  glm::vec3 normal;
  float fibreAround;  // the fibre line coordinate, or kNoFibre where the vertex has no fibre
};
static_assert(sizeof(Vertex) == 7 * sizeof(float), "Vertex must be tightly packed");
constexpr float kNoFibre = -1e9f;  // the vertex shader reads anything below -1e8 as none

// A vertex's fibre line coordinate, or kNoFibre when its fibre direction is not set.
float fibreAround(const glm::vec4& fibre) {
  return glm::dot(glm::vec3(fibre), glm::vec3(fibre)) > 0.25f ? fibre.w : kNoFibre;
}

// Empty when the part can be drawn, else why not.
std::string checkPart(const Part& part) {
  const std::size_t n = part.positions.size();
  if (part.normals.size() != n) {
    return "has " + std::to_string(part.normals.size()) + " normals for " + std::to_string(n) +
           " positions";
  }
  if (!part.uvs.empty() && part.uvs.size() != n) return "has a texture coordinate count mismatch";
  if (part.indices.size() % 3 != 0) return "has an index count that is not a multiple of 3";
  const auto bad = std::find_if(part.indices.begin(), part.indices.end(),
                                [n](std::uint32_t i) { return i >= n; });
  if (bad != part.indices.end())
    return "has vertex index " + std::to_string(*bad) + " out of range";
  return {};
}

GLuint uploadTexture(const Texture& texture) {
  GLuint name = 0;
  glGenTextures(1, &name);
  glBindTexture(GL_TEXTURE_2D, name);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  // Colour textures are sRGB-encoded; GL decodes them to linear when sampling. Row 0 is the top
  // row, which is where glTF's v = 0 points, so no flip is needed.
  glTexImage2D(GL_TEXTURE_2D, 0, GL_SRGB8_ALPHA8, texture.width, texture.height, 0, GL_RGBA,
               GL_UNSIGNED_BYTE, texture.rgba.data());
  glGenerateMipmap(GL_TEXTURE_2D);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_REPEAT);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_REPEAT);
  glBindTexture(GL_TEXTURE_2D, 0);
  return name;
}

glm::vec3 boundsCentre(const Part& part) {
  const Bounds bounds = partBounds(part);
  return bounds.empty() ? glm::vec3(0.0f) : bounds.center();
}

}  // namespace

SceneRenderer::~SceneRenderer() {
  releaseGeometry();
  if (markerBuffer_ != 0) glDeleteBuffers(1, &markerBuffer_);
  if (markerArray_ != 0) glDeleteVertexArrays(1, &markerArray_);
  if (emptyVertexArray_ != 0) glDeleteVertexArrays(1, &emptyVertexArray_);
}

bool SceneRenderer::upload(const Model& model, std::string& error) {
  if (!prepare(error)) return false;
  for (const Part& part : model.parts) {
    if (std::string why = checkPart(part); !why.empty()) {
      error = "part '" + part.name + "' " + why;
      return false;
    }
  }
  for (const Texture& texture : model.textures) {
    if (texture.width <= 0 || texture.height <= 0 ||
        texture.rgba.size() != static_cast<std::size_t>(texture.width) *
                                   static_cast<std::size_t>(texture.height) * 4) {
      error = "texture '" + texture.name + "' has no pixels or a wrong byte count";
      return false;
    }
  }
  if (model.vertexCount() > std::numeric_limits<std::uint32_t>::max()) {
    error = "model has more than 2^32 vertices";
    return false;
  }
  releaseGeometry();
  knots_.clear();  // markers belong to the previous model
  spots_.clear();
  uploadMarkers();

  std::vector<Vertex> vertices;
  std::vector<glm::vec2> uvs;  // stays empty unless some part is textured
  std::vector<std::uint32_t> indices;
  vertices.reserve(model.vertexCount());
  indices.reserve(model.triangleCount() * 3);
  const std::vector<glm::vec4> colors = partBaseColors(model);
  for (const Part& part : model.parts) {
    const auto base = static_cast<std::uint32_t>(vertices.size());
    const bool fibres = part.fibres.size() == part.positions.size();
    for (std::size_t i = 0; i < part.positions.size(); ++i) {
      vertices.push_back(
          {part.positions[i], part.normals[i], fibres ? fibreAround(part.fibres[i]) : kNoFibre});
    }
    PartDraw draw;
    draw.firstIndex = indices.size();
    draw.indexCount = part.indices.size();
    draw.firstVertex = base;
    draw.vertexCount = part.positions.size();
    for (std::uint32_t index : part.indices) indices.push_back(base + index);
    draw.color = colors[parts_.size()];
    if (part.material >= 0 && !part.uvs.empty()) {
      const int texture = model.materials[static_cast<std::size_t>(part.material)].baseColorTexture;
      if (texture < static_cast<int>(model.textures.size())) draw.texture = texture;
    }
    if (draw.texture >= 0) {
      uvs.resize(base, glm::vec2(0.0f));
      uvs.insert(uvs.end(), part.uvs.begin(), part.uvs.end());
    }
    draw.centre = boundsCentre(part);
    if (const Bounds bounds = partBounds(part); !bounds.empty())
      draw.radius = 0.5f * glm::length(bounds.max - bounds.min);
    draw.closed = part.closed;
    draw.fibres = fibres && std::any_of(part.fibres.begin(), part.fibres.end(),
                                        [](auto& f) { return fibreAround(f) != kNoFibre; });
    parts_.push_back(draw);
  }
  for (const Texture& texture : model.textures) textures_.push_back(uploadTexture(texture));

  glGenVertexArrays(1, &vertexArray_);
  glBindVertexArray(vertexArray_);
  glGenBuffers(1, &vertexBuffer_);
  glBindBuffer(GL_ARRAY_BUFFER, vertexBuffer_);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(Vertex)),
               vertices.data(), GL_STATIC_DRAW);
  glGenBuffers(1, &indexBuffer_);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, indexBuffer_);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER,
               static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)), indices.data(),
               GL_STATIC_DRAW);
  const auto attribute = [](GLuint location, GLint size, std::size_t offset) {
    glEnableVertexAttribArray(location);
    glVertexAttribPointer(location, size, GL_FLOAT, GL_FALSE, sizeof(Vertex),
                          reinterpret_cast<const void*>(offset));
  };
  attribute(0, 3, offsetof(Vertex, position));
  attribute(1, 3, offsetof(Vertex, normal));
  attribute(7, 1, offsetof(Vertex, fibreAround));  // after the four referral fields' locations
  if (!uvs.empty()) {
    uvs.resize(vertices.size(), glm::vec2(0.0f));
    glGenBuffers(1, &uvBuffer_);
    glBindBuffer(GL_ARRAY_BUFFER, uvBuffer_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(uvs.size() * sizeof(glm::vec2)),
                 uvs.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 2, GL_FLOAT, GL_FALSE, sizeof(glm::vec2), nullptr);
  }
  // The referral and pain attributes read zero (their arrays disabled) until their buffers are
  // made: by reserveReferralFields or the first field, and by the first pain drawing.
  vertexTotal_ = vertices.size();
  for (GLuint f = 0; f < kMaxReferralFields; ++f) glVertexAttrib3f(3 + f, 0.0f, 0.0f, 0.0f);
  glVertexAttrib2f(8, 0.0f, 0.0f);
  glBindVertexArray(0);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
  highlighted_.clear();
  levelCells_.clear();
  return true;
}

void SceneRenderer::setDetailLevels(const std::vector<DetailLevel>& levels) {
  if (vertexArray_ == 0) return;
  std::size_t full = 0, total = 0;
  for (const PartDraw& p : parts_) full += p.indexCount;
  total = full;
  for (const DetailLevel& level : levels) {
    if (level.indices.size() != parts_.size()) return;  // not this model's
    total += 3 * level.triangles;
  }
  std::vector<std::uint32_t> indices;  // the levels' indices, after the full ones
  indices.reserve(total - full);
  levelCells_.clear();
  for (PartDraw& p : parts_) p.levels.clear();
  for (const DetailLevel& level : levels) {
    levelCells_.push_back(level.cellSize);
    for (std::size_t part = 0; part < parts_.size(); ++part) {
      PartDraw& p = parts_[part];
      p.levels.push_back({full + indices.size(), level.indices[part].size()});
      for (const std::uint32_t index : level.indices[part])
        indices.push_back(static_cast<std::uint32_t>(p.firstVertex) + index);
    }
  }
  GLuint merged = 0;
  glGenBuffers(1, &merged);
  glBindBuffer(GL_COPY_WRITE_BUFFER, merged);
  glBufferData(GL_COPY_WRITE_BUFFER, static_cast<GLsizeiptr>(total * sizeof(std::uint32_t)),
               nullptr, GL_STATIC_DRAW);
  glBindBuffer(GL_COPY_READ_BUFFER, indexBuffer_);
  glCopyBufferSubData(GL_COPY_READ_BUFFER, GL_COPY_WRITE_BUFFER, 0, 0,
                      static_cast<GLsizeiptr>(full * sizeof(std::uint32_t)));
  glBufferSubData(GL_COPY_WRITE_BUFFER, static_cast<GLintptr>(full * sizeof(std::uint32_t)),
                  static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)), indices.data());
  glBindBuffer(GL_COPY_READ_BUFFER, 0);
  glBindBuffer(GL_COPY_WRITE_BUFFER, 0);
  glBindVertexArray(vertexArray_);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, merged);
  glBindVertexArray(0);
  glDeleteBuffers(1, &indexBuffer_);
  indexBuffer_ = merged;
}

void SceneRenderer::setPartVisible(std::size_t part, bool visible) {
  if (part < parts_.size()) parts_[part].visible = visible;
}

void SceneRenderer::setPartColor(std::size_t part, const glm::vec4& linearRgba) {
  if (part < parts_.size()) parts_[part].color = linearRgba;
}

void SceneRenderer::createAttributeBuffer(unsigned int& buffer, GLuint firstLocation, int locations,
                                          int components, GLenum usage) {
  const std::size_t floats =
      vertexTotal_ * static_cast<std::size_t>(locations) * static_cast<std::size_t>(components);
  const std::vector<float> zeros(floats, 0.0f);
  glBindVertexArray(vertexArray_);
  glGenBuffers(1, &buffer);
  glBindBuffer(GL_ARRAY_BUFFER, buffer);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(floats * sizeof(float)), zeros.data(),
               usage);
  const auto stride =
      static_cast<GLsizei>(static_cast<std::size_t>(locations * components) * sizeof(float));
  for (int l = 0; l < locations; ++l) {
    const auto location = firstLocation + static_cast<GLuint>(l);
    glEnableVertexAttribArray(location);
    glVertexAttribPointer(
        location, components, GL_FLOAT, GL_FALSE, stride,
        reinterpret_cast<const void*>(static_cast<std::size_t>(l * components) * sizeof(float)));
  }
  glBindVertexArray(0);
}

void SceneRenderer::reserveReferralFields() {
  if (vertexArray_ == 0 || fieldBuffer_ != 0) return;
  createAttributeBuffer(fieldBuffer_, 3, static_cast<int>(kMaxReferralFields), 3, GL_STATIC_DRAW);
  buildReferralVariants();
}

void SceneRenderer::buildReferralVariants() {
  std::string error;  // a variant that does not build is reported when it is drawn
  for (std::size_t part = 0; part < parts_.size(); ++part) {
    SceneFeatures features = featuresOf(part);
    features.highlighted = features.painted = false;
    features.referralFields = 1;
    (void)programs_.find(features, error);
  }
}

void SceneRenderer::setReferralFields(std::size_t part,
                                      const std::vector<std::vector<glm::vec3>>& fields) {
  PartDraw& p = parts_.at(part);
  if (vertexArray_ == 0) return;
  reserveReferralFields();
  const std::size_t count = std::min(fields.size(), kMaxReferralFields);
  std::vector<glm::vec3> interleaved(p.vertexCount * kMaxReferralFields, glm::vec3(0.0f));
  for (std::size_t f = 0; f < count; ++f) {
    if (fields[f].size() != p.vertexCount) return;
    for (std::size_t v = 0; v < p.vertexCount; ++v)
      interleaved[v * kMaxReferralFields + f] = fields[f][v];
  }
  glBindBuffer(GL_ARRAY_BUFFER, fieldBuffer_);
  glBufferSubData(GL_ARRAY_BUFFER,
                  static_cast<GLintptr>(p.firstVertex * kMaxReferralFields * sizeof(glm::vec3)),
                  static_cast<GLsizeiptr>(interleaved.size() * sizeof(glm::vec3)),
                  interleaved.data());
  glBindBuffer(GL_ARRAY_BUFFER, 0);
  p.referralFields = static_cast<int>(count);
}

void SceneRenderer::setPainWeights(std::size_t part, const std::vector<float>& weights,
                                   int channel) {
  PartDraw& p = parts_.at(part);
  if (vertexArray_ == 0 || weights.size() != p.vertexCount) return;
  if (painBuffer_ == 0) createAttributeBuffer(painBuffer_, 8, 1, 2, GL_DYNAMIC_DRAW);
  const int c = channel == 1 ? 1 : 0;
  std::vector<glm::vec2> both(p.vertexCount, glm::vec2(0.0f));
  glBindBuffer(GL_ARRAY_BUFFER, painBuffer_);
  const auto offset = static_cast<GLintptr>(p.firstVertex * sizeof(glm::vec2));
  const auto bytes = static_cast<GLsizeiptr>(both.size() * sizeof(glm::vec2));
  if (p.painted[1 - c]) glGetBufferSubData(GL_ARRAY_BUFFER, offset, bytes, both.data());
  for (std::size_t v = 0; v < p.vertexCount; ++v) both[v][c] = weights[v];
  glBufferSubData(GL_ARRAY_BUFFER, offset, bytes, both.data());
  glBindBuffer(GL_ARRAY_BUFFER, 0);
  p.painted[c] = std::any_of(weights.begin(), weights.end(), [](float w) { return w > 0.0f; });
}

void SceneRenderer::clearPainWeights() {
  for (PartDraw& p : parts_) p.painted[0] = p.painted[1] = false;
}

void SceneRenderer::setHighlightedParts(const std::vector<int>& parts) {
  highlighted_.assign(parts_.size(), 0);
  for (const int part : parts)
    if (part >= 0 && static_cast<std::size_t>(part) < parts_.size())
      highlighted_[static_cast<std::size_t>(part)] = 1;
}

void SceneRenderer::setKnotMarkers(const std::vector<glm::vec3>& positions) {
  if (positions == knots_ && markerArray_ != 0) return;
  knots_ = positions;
  uploadMarkers();
}

void SceneRenderer::setSpotMarkers(const std::vector<glm::vec3>& positions) {
  if (positions == spots_ && markerArray_ != 0) return;
  spots_ = positions;
  uploadMarkers();
}

void SceneRenderer::uploadMarkers() {
  std::string error;
  if (!prepare(error)) return;
  if (markerArray_ == 0) {
    glGenVertexArrays(1, &markerArray_);
    glGenBuffers(1, &markerBuffer_);
    glBindVertexArray(markerArray_);
    glBindBuffer(GL_ARRAY_BUFFER, markerBuffer_);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(glm::vec3), nullptr);
    glBindVertexArray(0);
  }
  std::vector<glm::vec3> positions = knots_;  // the knots, then the spots
  positions.insert(positions.end(), spots_.begin(), spots_.end());
  glBindBuffer(GL_ARRAY_BUFFER, markerBuffer_);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(positions.size() * sizeof(glm::vec3)),
               positions.data(), GL_DYNAMIC_DRAW);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
}

void SceneRenderer::drawMarkers(const glm::mat4& view, const glm::mat4& projection,
                                int height) const {
  if (knots_.empty() && spots_.empty()) return;
  constexpr float kTwoPi = 6.2831853f;
  const ReferralAnimation& a = referralAnimation_;
  markerProgram_.use();
  ShaderProgram::set(markerProgram_.location("u_view"), view);
  ShaderProgram::set(markerProgram_.location("u_projection"), projection);
  // About 26 px on a 750 px view: large enough to find, small enough not to hide the spot.
  ShaderProgram::set(markerProgram_.location("u_pointSize"),
                     std::clamp(0.035f * static_cast<float>(height), 16.0f, 48.0f));
  ShaderProgram::set(markerProgram_.location("u_pulse"),
                     0.5f + 0.5f * std::sin(kTwoPi * referralSeconds_ / a.pulsePeriod));
  // Knots lie on the muscle under the skin (which writes no depth while translucent): pulled
  // 3 cm towards the eye they pass the depth test on the side the viewer faces.
  ShaderProgram::set(markerProgram_.location("u_towardsEye"), 0.03f);
  glEnable(GL_DEPTH_TEST);
  glDepthMask(GL_FALSE);
  glEnable(GL_BLEND);
  glEnable(GL_PROGRAM_POINT_SIZE);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glBindVertexArray(markerArray_);
  const int color = markerProgram_.location("u_color");
  const int opacity = markerProgram_.location("u_opacity");
  constexpr float kHiddenOpacity = 0.3f;  // behind the body: still findable, clearly not in view
  for (const auto& [depthTest, alpha] :
       {std::pair(GL_GREATER, kHiddenOpacity), std::pair(GL_LEQUAL, 1.0f)}) {
    glDepthFunc(depthTest);
    ShaderProgram::set(opacity, alpha);
    ShaderProgram::set(color, glm::vec3(1.0f, 0.55f, 0.1f));
    glDrawArrays(GL_POINTS, 0, static_cast<GLsizei>(knots_.size()));
    if (!spots_.empty()) {
      ShaderProgram::set(color, glm::vec3(0.25f, 0.8f, 1.0f));
      glDrawArrays(GL_POINTS, static_cast<GLsizei>(knots_.size()),
                   static_cast<GLsizei>(spots_.size()));
    }
  }
  glBindVertexArray(0);
  glDepthFunc(GL_LESS);
  glDepthMask(GL_TRUE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_PROGRAM_POINT_SIZE);
  glDisable(GL_BLEND);
}

void SceneRenderer::clearReferralFields() {
  for (PartDraw& p : parts_) p.referralFields = 0;
}

void SceneRenderer::setReferralFrame(float seconds, const ReferralAnimation& animation,
                                     Colormap colormap) {
  referralSeconds_ = seconds;
  referralAnimation_ = animation;
  referralColormap_ = colormap;
}

void SceneRenderer::setBackground(const glm::vec3& topSrgb, const glm::vec3& bottomSrgb) {
  backgroundTop_ = topSrgb;
  backgroundBottom_ = bottomSrgb;
}

void SceneRenderer::draw(const OrbitCamera& camera, int width, int height, int x, int y) {
  glViewport(x, y, width, height);
  if (moving_)
    glDisable(GL_MULTISAMPLE);
  else
    glEnable(GL_MULTISAMPLE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_BLEND);
  glDisable(GL_CULL_FACE);
  glDepthMask(GL_TRUE);
  glClear(GL_DEPTH_BUFFER_BIT);
  std::string error;
  if (!prepare(error)) {  // embedded shaders failing is a build defect; show flat colour
    glClearColor(backgroundBottom_.x, backgroundBottom_.y, backgroundBottom_.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    return;
  }
  drawBackground();
  if (parts_.empty()) return;

  const glm::mat4 view = camera.view();
  const glm::mat4 projection =
      camera.projection(static_cast<float>(width) / static_cast<float>(std::max(height, 1)));
  frame_.view = view;
  frame_.projection = projection;
  eye_ = camera.eye();
  pixelsPerCell_ = static_cast<float>(std::max(height, 1)) /
                   (2.0f * std::tan(0.5f * camera.verticalFov()) * (moving_ ? 2.0f : 1.0f));
  drawnTriangles_ = 0;
  frame_.animation = referralAnimation_;
  frame_.moment = referralMoment(referralSeconds_, referralAnimation_);
  frame_.colormap.clear();
  for (int i = 0; i <= 8; ++i)
    frame_.colormap.push_back(colormapColor(referralColormap_, static_cast<float>(i) / 8.0f));
  frame_.isolineSpacing = isolineSpacing_;
  frame_.painChannel = painChannel_;
  ++frame_.number;
  currentProgram_ = nullptr;
  glActiveTexture(GL_TEXTURE0);
  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LESS);
  glBindVertexArray(vertexArray_);

  // Opaque parts nearest first, so the depth test rejects what they hide before shading it.
  std::vector<std::pair<float, std::size_t>> opaque, translucent;  // (view-space z, part)
  for (std::size_t i = 0; i < parts_.size(); ++i) {
    if (!parts_[i].visible || parts_[i].indexCount == 0) continue;
    const float z = (view * glm::vec4(parts_[i].centre, 1.0f)).z;
    (parts_[i].color.w < 1.0f ? translucent : opaque).emplace_back(z, i);
  }
  std::sort(opaque.begin(), opaque.end(), std::greater<>());  // least negative z = nearest
  glCullFace(GL_BACK);
  for (const auto& entry : opaque) {  // a closed part's back faces lie behind its front faces
    if (parts_[entry.second].closed) glEnable(GL_CULL_FACE);
    drawPart(entry.second);
    glDisable(GL_CULL_FACE);
  }
  if (!translucent.empty()) {
    std::sort(translucent.begin(), translucent.end());  // most negative z = farthest first
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDepthMask(GL_FALSE);
    glEnable(GL_CULL_FACE);
    for (const auto& entry : translucent) {
      if (!moving_) {  // inner (far) side first, then the near side over it
        glCullFace(GL_FRONT);
        drawPart(entry.second);
      }
      glCullFace(GL_BACK);
      drawPart(entry.second);
    }
    glDisable(GL_CULL_FACE);
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
  }
  glBindVertexArray(0);
  currentProgram_ = nullptr;
  drawMarkers(view, projection, height);
}

bool SceneRenderer::prepare(std::string& error) {
  if (backgroundProgram_.valid() && markerProgram_.valid()) return true;
  if (!programs_.find(SceneFeatures{}, error) ||
      !backgroundProgram_.build("background.vert.glsl", "background.frag.glsl", error) ||
      !markerProgram_.build("marker.vert.glsl", "marker.frag.glsl", error)) {
    return false;
  }
  glGenVertexArrays(1, &emptyVertexArray_);
  return true;
}

void SceneRenderer::releaseGeometry() {
  if (!textures_.empty()) {
    glDeleteTextures(static_cast<GLsizei>(textures_.size()), textures_.data());
  }
  if (indexBuffer_ != 0) glDeleteBuffers(1, &indexBuffer_);
  if (fieldBuffer_ != 0) glDeleteBuffers(1, &fieldBuffer_);
  if (painBuffer_ != 0) glDeleteBuffers(1, &painBuffer_);
  if (vertexBuffer_ != 0) glDeleteBuffers(1, &vertexBuffer_);
  if (uvBuffer_ != 0) glDeleteBuffers(1, &uvBuffer_);
  if (vertexArray_ != 0) glDeleteVertexArrays(1, &vertexArray_);
  textures_.clear();
  parts_.clear();
  indexBuffer_ = vertexBuffer_ = uvBuffer_ = vertexArray_ = fieldBuffer_ = painBuffer_ = 0;
}

void SceneRenderer::drawBackground() const {
  backgroundProgram_.use();
  ShaderProgram::set(backgroundProgram_.location("u_top"), backgroundTop_);
  ShaderProgram::set(backgroundProgram_.location("u_bottom"), backgroundBottom_);
  glBindVertexArray(emptyVertexArray_);
  glDrawArrays(GL_TRIANGLES, 0, 3);
}

SceneFeatures SceneRenderer::featuresOf(std::size_t part) const {
  const PartDraw& p = parts_[part];
  SceneFeatures features;
  features.textured = p.texture >= 0;
  features.fibres = p.fibres;
  features.highlighted = part < highlighted_.size() && highlighted_[part];
  features.painted = p.painted[painChannel_];
  features.referralFields = p.referralFields;
  features.isolines = isolineSpacing_ > 0.0f;
  return features;
}

SceneRenderer::IndexRange SceneRenderer::rangeOf(std::size_t part) const {
  const PartDraw& p = parts_[part];
  const float distance = std::max(glm::length(p.centre - eye_) - p.radius, 1e-3f);
  IndexRange range{p.firstIndex, p.indexCount};
  for (std::size_t level = 0; level < levelCells_.size() && level < p.levels.size(); ++level)
    if (levelCells_[level] * pixelsPerCell_ / distance <= kDetailPixels) range = p.levels[level];
  return range;
}

void SceneRenderer::drawPart(std::size_t part) {
  const PartDraw& p = parts_[part];
  std::string error;  // the embedded shaders not building is a build defect: the part is left out
  SceneProgram* scene = programs_.find(featuresOf(part), error);
  if (scene == nullptr) return;
  if (scene != currentProgram_) {
    scene->use(frame_);
    currentProgram_ = scene;
  }
  ShaderProgram::set(scene->baseColor, p.color);
  if (p.texture >= 0) glBindTexture(GL_TEXTURE_2D, textures_[static_cast<std::size_t>(p.texture)]);
  const IndexRange range = rangeOf(part);
  glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(range.count), GL_UNSIGNED_INT,
                 reinterpret_cast<const void*>(range.first * sizeof(std::uint32_t)));
  trianglesSinceFlush_ += range.count / 3;
  drawnTriangles_ += range.count / 3;
  if (trianglesSinceFlush_ >= kFlushTriangles) {
    glFlush();
    trianglesSinceFlush_ = 0;
  }
}

}  // namespace myo
