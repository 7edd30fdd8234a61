// SceneRenderer: draws a Model's parts (lit, textured, per-part visibility, hover highlight,
// translucency) over a gradient background into the bound framebuffer. GL only; no UI, no window.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>

#include "core/geometry/mesh_lod.h"
#include "core/geometry/model.h"
#include "core/geometry/orbit_camera.h"
#include "core/referral/colormap.h"
#include "core/referral/referral_animation.h"
#include "core/referral/referral_limits.h"
#include "render/scene_programs.h"
#include "render/shader_program.h"

namespace myo {

// Usage (with a current context):
//   SceneRenderer renderer;
//   if (!renderer.upload(model, error)) ...;   // once per model
//   renderer.setHighlightedPart(hovered);       // any time
//   renderer.draw(camera, width, height);       // every frame
// Output is sRGB-encoded RGBA8 (the shaders encode), so any plain RGBA8 framebuffer shows it right.
class SceneRenderer {
 public:
  SceneRenderer() = default;
  ~SceneRenderer();
  SceneRenderer(const SceneRenderer&) = delete;
  SceneRenderer& operator=(const SceneRenderer&) = delete;

  // Copies the model's vertices, indices and textures to the GPU (one merged vertex/index buffer
  // with per-part ranges) and resets visibility, colours, highlight and markers. Replaces any
  // previous model. Returns false with `error` on bad geometry or a shader failure. O(model size).
  [[nodiscard]] bool upload(const Model& model, std::string& error);
  // Compiles and links the shaders if not done yet (upload and draw do it on demand); lets the
  // caller pay that cost early. Returns false with `error` on failure. O(1) once compiled.
  [[nodiscard]] bool prepare(std::string& error);

  [[nodiscard]] std::size_t partCount() const { return parts_.size(); }
  // Shows or hides part `part`; parts beyond partCount() are ignored. O(1).
  void setPartVisible(std::size_t part, bool visible);
  [[nodiscard]] bool partVisible(std::size_t part) const { return parts_[part].visible; }
  // Overrides part `part`'s linear RGBA colour; alpha < 1 draws it translucent; parts beyond
  // partCount() are ignored. O(1).
  void setPartColor(std::size_t part, const glm::vec4& linearRgba);
  [[nodiscard]] glm::vec4 partColor(std::size_t part) const { return parts_[part].color; }
  // Tints the parts `parts` (indices; those out of range are ignored) with the selection blue
  // and a bright rim; an empty list for none. O(parts).
  void setHighlightedParts(const std::vector<int>& parts);
  void setHighlightedPart(int part) { setHighlightedParts({part}); }
  // At most this many referral fields on one part; they combine by max, each with its own knot.
  static constexpr std::size_t kMaxReferralFields = myo::kMaxReferralFields;
  // Paints part `part` with referral fields, each per render vertex (distance from its knot m,
  // essential, spillover), uploaded once; each must have the part's vertex count, and fields
  // beyond kMaxReferralFields are ignored. O(vertices).
  void setReferralFields(std::size_t part, const std::vector<std::vector<glm::vec3>>& fields);
  // Removes every referral field. O(parts).
  void clearReferralFields();
  // Makes the referral fields' buffer now (zero-filled, 48 bytes a vertex), so that the first
  // setReferralFields does not pay for it; nothing when it exists or no model is uploaded.
  // O(vertices) once.
  void reserveReferralFields();
  // Paints part `part`'s pain drawing in `channel` (0 or 1): a weight per render vertex (0 none,
  // 1/3 mild … 1 severe), uploaded once; it must have the part's vertex count. O(vertices).
  void setPainWeights(std::size_t part, const std::vector<float>& weights, int channel = 0);
  // Removes the drawings of both channels. O(parts).
  void clearPainWeights();
  // Which channel's drawing the next draw() shows (two entries compared side by side). O(1).
  void showPainChannel(int channel) { painChannel_ = channel == 1 ? 1 : 0; }
  // The animation state drawn next: time since the selection, parameters, colormap. O(1), only
  // uniforms change per frame.
  void setReferralFrame(float seconds, const ReferralAnimation& animation, Colormap colormap);
  // Knot markers (world positions, m) drawn last as pulsing warm glows, dimmed behind the body.
  // Nothing is uploaded when they are as before. O(n).
  void setKnotMarkers(const std::vector<glm::vec3>& positions);
  // Cool-glow markers (world, m): the "where does it hurt?" spot, or a quiz answer's clicks; an
  // empty list hides them. O(knots + markers).
  void setSpotMarkers(const std::vector<glm::vec3>& positions);
  // Isolines of distance from the knot every `metres` behind the front; 0 turns them off. O(1).
  void setReferralIsolines(float metres) { isolineSpacing_ = metres; }
  // Draws the next frames for a moving camera (true) or at full quality (false, the default):
  // moving drops multisampling and the inner faces of translucent parts, which halves the
  // frame time on llvmpipe (docs/benchmarks.md). O(1).
  void setMoving(bool moving) { moving_ = moving; }
  // Levels of detail for the uploaded model (detailLevels over that same model; upload drops
  // them): each part is then drawn at the coarsest level whose cell spans at most kDetailPixels
  // pixels at the part's nearest point (twice that while moving), at full detail when none is
  // that fine. O(indices) once.
  void setDetailLevels(const std::vector<DetailLevel>& levels);
  static constexpr float kDetailPixels = 2.0f;
  // Triangles the last draw() submitted. O(1).
  [[nodiscard]] std::size_t drawnTriangles() const { return drawnTriangles_; }
  // Background gradient, display (sRGB) colours 0-1 at the top and bottom edges. O(1).
  void setBackground(const glm::vec3& topSrgb, const glm::vec3& bottomSrgb);

  // Draws background, opaque parts nearest first (closed ones with back faces culled), then
  // translucent parts back to front (inner faces, then outer faces), into the currently
  // bound framebuffer with a width x height viewport whose lower-left corner is (x, y).
  // O(visible triangles) on the GPU.
  void draw(const OrbitCamera& camera, int width, int height, int x = 0, int y = 0);

 private:
  struct IndexRange {
    std::size_t first = 0;  // into the merged index buffer
    std::size_t count = 0;
  };
  struct PartDraw {
    std::size_t firstIndex = 0;  // into the merged index buffer
    std::size_t indexCount = 0;
    std::vector<IndexRange> levels;  // per entry of levelCells_
    std::size_t firstVertex = 0;     // into the merged vertex buffer
    std::size_t vertexCount = 0;
    int referralFields = 0;            // referral fields painted on it
    bool painted[2] = {false, false};  // a pain drawing in channel 0, 1
    glm::vec4 color{1.0f};             // linear RGBA
    int texture = -1;                  // into textures_, -1 when untextured
    glm::vec3 centre{0.0f};            // world-space bounds centre, for back-to-front sorting
    float radius = 0.0f;               // half the bounds' diagonal, m
    bool visible = true;
    bool closed = false;  // Part::closed: drawn with back faces culled when opaque
    bool fibres = false;  // has fibre directions: drawn with the striation
  };
  void releaseGeometry();
  // A zero-filled per-vertex buffer of `locations` attributes of `components` floats each,
  // interleaved, bound to the vertex array from `firstLocation` on. O(vertices).
  void createAttributeBuffer(unsigned int& buffer, unsigned int firstLocation, int locations,
                             int components, unsigned int usage);
  void drawBackground() const;
  // The shader features part `part` needs this frame. O(1).
  [[nodiscard]] SceneFeatures featuresOf(std::size_t part) const;
  // Builds, before they are first drawn, the variants with one referral field for the kinds of
  // part in the model, so that the first choice of a trigger point compiles nothing. O(parts).
  void buildReferralVariants();
  void drawMarkers(const glm::mat4& view, const glm::mat4& projection, int height) const;
  void drawPart(std::size_t part);
  // The indices part `part` is drawn with this frame: its finest level coarse enough, or all.
  [[nodiscard]] IndexRange rangeOf(std::size_t part) const;

  // Triangles submitted since the last glFlush. Software rasterisers (llvmpipe) bin a whole
  // frame before drawing it; flushing every kFlushTriangles bounds that memory (25 MB less at the
  // peak on a 290k-triangle body) without changing a pixel.
  static constexpr std::size_t kFlushTriangles = 32768;
  std::size_t trianglesSinceFlush_ = 0;
  std::size_t drawnTriangles_ = 0;

  std::vector<float> levelCells_;  // the detail levels' cell sizes, m, finest first
  glm::vec3 eye_{0.0f};            // this frame's eye, world
  float pixelsPerCell_ = 0.0f;     // this frame: pixels a 1 m cell spans at 1 m distance

  ScenePrograms programs_;
  SceneProgram* currentProgram_ = nullptr;  // in use during draw()
  SceneFrame frame_;                        // the uniforms of the frame being drawn
  ShaderProgram backgroundProgram_;
  ShaderProgram markerProgram_;
  unsigned int markerArray_ = 0;
  unsigned int markerBuffer_ = 0;
  std::vector<glm::vec3> knots_;
  std::vector<glm::vec3> spots_;
  void uploadMarkers();
  unsigned int vertexArray_ = 0;
  unsigned int vertexBuffer_ = 0;
  unsigned int uvBuffer_ = 0;  // texture coordinates, only when some part is textured
  unsigned int indexBuffer_ = 0;
  unsigned int fieldBuffer_ = 0;  // referral attributes, kMaxReferralFields vec3 per vertex
  unsigned int painBuffer_ = 0;   // pain drawing weights, two channels (vec2) per vertex
  int painChannel_ = 0;
  std::size_t vertexTotal_ = 0;
  float referralSeconds_ = 0.0f;
  ReferralAnimation referralAnimation_;
  Colormap referralColormap_ = Colormap::Warm;
  float isolineSpacing_ = 0.0f;
  unsigned int emptyVertexArray_ = 0;  // for the attribute-less background triangle
  std::vector<unsigned int> textures_;
  std::vector<PartDraw> parts_;
  std::vector<std::uint8_t> highlighted_;  // per part, 1 when tinted
  bool moving_ = false;
  glm::vec3 backgroundTop_{0.34f, 0.36f, 0.39f};
  glm::vec3 backgroundBottom_{0.11f, 0.12f, 0.13f};
};

}  // namespace myo
