// Frame time of the bundled body at 1280×800 with 4× MSAA through EGL: a bare draw of the same
// triangles (position only, one colour; the raster limit), also with the closed parts' back faces
// culled as the scene does, the scene as drawn, and the scene with a referral heatmap animating
// on the skin (only uniforms change per frame), also drawn as while the camera moves;
// BodyParts3D's scene at full detail and with its levels of detail; and the time from choosing a
// trigger point to its first animated frame, on the bundled body and on BodyParts3D (no skin:
// painted on its muscles), with the field computed on the choice or taken from the compact
// fields the app computes in the background.
#include <benchmark/benchmark.h>

#include <epoxy/gl.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>

#include "core/geometry/mesh_lod.h"
#include "core/geometry/mesh_topology.h"
#include "core/io/gltf_importer.h"
#include "core/io/model_loader.h"
#include "core/referral/compact_field.h"
#include "core/referral/paint_surface.h"
#include "core/referral/referral_field.h"
#include "render/egl_context.h"
#include "render/offscreen_target.h"
#include "render/scene_renderer.h"
#include "render/shader_program.h"
#include "support/bundled_atlas.h"

namespace {

constexpr int kWidth = 1280, kHeight = 800, kSamples = 4;

struct Bench {
  std::unique_ptr<myo::EglContext> context;
  myo::Model body;
  myo::OffscreenTarget target;
  myo::OrbitCamera camera;
  std::size_t skin = 0;
};

// Built once: the context, the body, the target and the camera.
Bench& bench() {
  static Bench b;
  static bool ready = false;
  if (ready) return b;
  std::string error;
  b.context = myo::EglContext::create(error);
  b.body = myo::importGltf(MYO_BUNDLED_BODY_FILE).value();
  myo::markClosedParts(b.body);  // as the loader does
  if (!b.context || !b.target.create(kWidth, kHeight, kSamples, error)) std::abort();
  b.camera = myo::framedCamera(myo::modelBounds(b.body), myo::ViewPreset::Front,
                               static_cast<float>(kWidth) / kHeight);
  for (std::size_t i = 0; i < b.body.parts.size(); ++i)
    if (b.body.parts[i].kind == myo::PartKind::Skin) b.skin = i;
  ready = true;
  return b;
}

constexpr const char* kBareVertex = R"(#version 330 core
layout(location = 0) in vec3 a_position;
uniform mat4 u_viewProjection;
void main() { gl_Position = u_viewProjection * vec4(a_position, 1.0); })";
constexpr const char* kBareFragment = R"(#version 330 core
out vec4 fragColor;
void main() { fragColor = vec4(0.8, 0.3, 0.3, 1.0); })";

// All triangles in one draw, or in two with `cullClosed`: closed parts culled, then the rest.
void bareDraw(benchmark::State& state, bool cullClosed) {
  Bench& b = bench();
  std::vector<glm::vec3> positions;
  std::vector<std::uint32_t> indices;
  std::size_t closedIndices = 0;  // the first ones, when culling
  for (const bool closedPass : {true, false})
    for (const myo::Part& part : b.body.parts) {
      if (part.closed != closedPass) continue;
      const auto base = static_cast<std::uint32_t>(positions.size());
      positions.insert(positions.end(), part.positions.begin(), part.positions.end());
      for (const std::uint32_t i : part.indices) indices.push_back(base + i);
      if (closedPass && cullClosed) closedIndices = indices.size();
    }
  myo::ShaderProgram program;
  std::string error;
  if (!program.buildFromSource("bare.vert", kBareVertex, "bare.frag", kBareFragment, error)) {
    state.SkipWithError(error.c_str());
    return;
  }
  GLuint vao = 0, vbo = 0, ibo = 0;
  glGenVertexArrays(1, &vao);
  glBindVertexArray(vao);
  glGenBuffers(1, &vbo);
  glBindBuffer(GL_ARRAY_BUFFER, vbo);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(positions.size() * sizeof(glm::vec3)),
               positions.data(), GL_STATIC_DRAW);
  glGenBuffers(1, &ibo);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo);
  glBufferData(GL_ELEMENT_ARRAY_BUFFER,
               static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)), indices.data(),
               GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, sizeof(glm::vec3), nullptr);
  const glm::mat4 viewProjection =
      b.camera.projection(static_cast<float>(kWidth) / kHeight) * b.camera.view();
  for (auto _ : state) {
    b.target.bind();
    glViewport(0, 0, kWidth, kHeight);
    glEnable(GL_DEPTH_TEST);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    program.use();
    myo::ShaderProgram::set(program.location("u_viewProjection"), viewProjection);
    glBindVertexArray(vao);
    glEnable(GL_CULL_FACE);
    glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(closedIndices), GL_UNSIGNED_INT, nullptr);
    glDisable(GL_CULL_FACE);
    glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(indices.size() - closedIndices),
                   GL_UNSIGNED_INT,
                   reinterpret_cast<const void*>(closedIndices * sizeof(std::uint32_t)));
    glFinish();
  }
  glDeleteBuffers(1, &vbo);
  glDeleteBuffers(1, &ibo);
  glDeleteVertexArrays(1, &vao);
  state.counters["triangles"] = static_cast<double>(indices.size() / 3);
  state.counters["culled_triangles"] = static_cast<double>(closedIndices / 3);
}

void BM_BareDraw(benchmark::State& state) {
  bareDraw(state, false);
}
BENCHMARK(BM_BareDraw)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();

void BM_BareDrawCulled(benchmark::State& state) {
  bareDraw(state, true);
}
BENCHMARK(BM_BareDrawCulled)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();

// The scene, optionally with a heatmap, at full quality or as while the camera moves.
void drawScene(benchmark::State& state, bool heatmap, bool moving = false) {
  Bench& b = bench();
  myo::SceneRenderer renderer;
  std::string error;
  if (!renderer.upload(b.body, error)) {
    state.SkipWithError(error.c_str());
    return;
  }
  if (heatmap) {  // a plausible field: distance from the head down, a zone at the neck
    const myo::Part& skin = b.body.parts[b.skin];
    std::vector<glm::vec3> field;
    for (const glm::vec3& p : skin.positions)
      field.push_back({1.75f - p.y, p.y > 1.4f && p.y < 1.6f ? 1.0f : 0.0f, 0.0f});
    renderer.setReferralFields(b.skin, {field});
  }
  renderer.setMoving(moving);
  float seconds = 0.0f;
  for (auto _ : state) {
    renderer.setReferralFrame(seconds, {}, myo::Colormap::Warm);  // uniforms only
    b.target.bind();
    renderer.draw(b.camera, kWidth, kHeight);
    glFinish();
    seconds += 1.0f / 30.0f;
  }
}

void BM_SceneDraw(benchmark::State& state) {
  drawScene(state, false);
}
BENCHMARK(BM_SceneDraw)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();

void BM_SceneDrawHeatmap(benchmark::State& state) {
  drawScene(state, true);
}
BENCHMARK(BM_SceneDrawHeatmap)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();

void BM_SceneDrawHeatmapMoving(benchmark::State& state) {
  drawScene(state, true, true);
}
BENCHMARK(BM_SceneDrawHeatmapMoving)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();

// BodyParts3D's scene as the window draws it at its opening view, at full detail or with the
// levels of detail the window builds beside the picking BVH. Counter: triangles drawn.
void drawBodyParts3D(benchmark::State& state, bool withLevels) {
  Bench& b = bench();  // the context and target
  const std::filesystem::path file =
      std::filesystem::path(MYO_SHARED_DATA_DIR) / "bodyparts3d/bp3d_body.glb";
  myo::Result<myo::LoadedBody> loaded = myo::loadBody({file}, {});
  if (!loaded) return state.SkipWithError("no ../shared/data/bodyparts3d");
  const myo::Model& model = loaded->model;
  myo::SceneRenderer renderer;
  std::string error;
  if (!renderer.upload(model, error)) return state.SkipWithError(error.c_str());
  if (withLevels) renderer.setDetailLevels(myo::detailLevels(model, 0.002f, 4, 0.6f));
  const myo::OrbitCamera camera = myo::framedCamera(myo::modelBounds(model), myo::ViewPreset::Front,
                                                    static_cast<float>(kWidth) / kHeight);
  for (auto _ : state) {
    b.target.bind();
    renderer.draw(camera, kWidth, kHeight);
    glFinish();
  }
  state.counters["triangles"] = static_cast<double>(renderer.drawnTriangles());
}

void BM_SceneDrawBodyParts3D(benchmark::State& state) {
  drawBodyParts3D(state, false);
}
BENCHMARK(BM_SceneDrawBodyParts3D)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();

void BM_SceneDrawBodyParts3DLevels(benchmark::State& state) {
  drawBodyParts3D(state, true);
}
BENCHMARK(BM_SceneDrawBodyParts3DLevels)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5)
    ->UseRealTime();

// A body prepared for referral fields as the window prepares it when the body opens.
struct PreparedBody {
  myo::Model body;
  myo::BodyLandmarks landmarks;
  std::vector<myo::PlacedTriggerPoint> placed;
  myo::PaintSurface surface;
  std::unique_ptr<myo::SurfaceDistance> distance;
};

std::unique_ptr<PreparedBody> prepareBody(const std::filesystem::path& file) {
  static const myo::Model reference = myo::importGltf(MYO_BUNDLED_BODY_FILE).value();
  myo::Result<myo::LoadedBody> loaded = myo::loadBody({file}, {});
  const myo::AtlasLoad& atlas = myo::test::bundledAtlasLoad();
  if (!loaded || !atlas.ok()) return nullptr;
  auto prepared = std::make_unique<PreparedBody>();
  prepared->body = std::move(loaded->model);
  prepared->landmarks = myo::bodyLandmarks(prepared->body, reference);
  prepared->placed = myo::anchorAtlas(atlas.atlas, prepared->body, prepared->landmarks);
  prepared->surface = myo::paintSurface(prepared->body);
  prepared->distance = myo::surfaceDistance(prepared->surface);
  return prepared;
}

// From choosing upper_trapezius_1.R to its first animated frame on screen: the field (computed,
// or with `precomputed` unpacked from its compact form), its upload and one frame (1280×800, 4×
// MSAA), after the body's one-off preparation. Counters: choice_ms, the part before the draw
// (the field and its upload), and frame_ms, the same frame drawn again alone (the goal: the
// whole within one frame + 20 ms); first_choice_ms and first_whole_ms, the very first choice
// without and with its frame.
void selectToFirstFrame(benchmark::State& state, const std::filesystem::path& file,
                        bool precomputed) {
  Bench& b = bench();  // the context and target
  const std::unique_ptr<PreparedBody> prepared = prepareBody(file);
  if (!prepared) {
    state.SkipWithError(("cannot load " + file.string()).c_str());
    return;
  }
  const auto point = std::find_if(prepared->placed.begin(), prepared->placed.end(), [](auto& p) {
    return p.point->id == "upper_trapezius_1" && p.side == 'R';
  });
  myo::SceneRenderer renderer;
  std::string error;
  if (point == prepared->placed.end() || !renderer.upload(prepared->body, error)) {
    state.SkipWithError("no upper trapezius point, or the upload failed");
    return;
  }
  renderer.reserveReferralFields();  // as the window does once the body is prepared
  const myo::OrbitCamera camera =
      myo::framedCamera(myo::modelBounds(prepared->body), myo::ViewPreset::Front,
                        static_cast<float>(kWidth) / kHeight);
  const auto direct = [&] {
    return myo::referralField(prepared->surface.mesh, *prepared->distance, *point,
                              prepared->landmarks, prepared->surface.zonePainting());
  };
  const myo::CompactField compact = myo::compactField(direct());
  const auto since = [](std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
  };
  const auto drawFrame = [&] {
    renderer.setReferralFrame(0.0f, {}, myo::Colormap::Warm);
    b.target.bind();
    renderer.draw(camera, kWidth, kHeight);
    glFinish();
  };
  std::vector<double> choices;  // ms: the field laid out for the renderer and uploaded
  std::vector<double> wholes;   // ms: the same and its first frame
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    const myo::ReferralField field = precomputed ? myo::expandedField(compact) : direct();
    renderer.clearReferralFields();
    for (const myo::PaintedPart& painted : myo::paintedParts(
             prepared->surface.parts, {myo::renderFields(prepared->surface.mesh, field)}))
      renderer.setReferralFields(painted.part, painted.fields);
    choices.push_back(since(start));
    drawFrame();
    wholes.push_back(since(start));
  }
  std::vector<double> frames;  // ms: the same frame again, the field in place
  for (int i = 0; i < 3; ++i) {
    const auto start = std::chrono::steady_clock::now();
    drawFrame();
    frames.push_back(since(start));
  }
  std::sort(frames.begin(), frames.end());
  state.counters["first_choice_ms"] = choices.front();  // also makes the renderer's field buffer
  state.counters["first_whole_ms"] = wholes.front();    // the driver readies the heatmap's shader
  std::sort(choices.begin(), choices.end());
  state.counters["frame_ms"] = frames[1];
  state.counters["choice_ms"] = choices[choices.size() / 2];
  state.counters["surface_vertices"] = static_cast<double>(prepared->surface.mesh.positions.size());
  state.counters["compact_KiB"] = static_cast<double>(compact.bytes()) / 1024.0;
}

const std::filesystem::path kBodyParts3D =
    std::filesystem::path(MYO_SHARED_DATA_DIR) / "bodyparts3d/bp3d_body.glb";

BENCHMARK_CAPTURE(selectToFirstFrame, Bundled, MYO_BUNDLED_BODY_FILE, false)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseRealTime();
BENCHMARK_CAPTURE(selectToFirstFrame, BundledPrecomputed, MYO_BUNDLED_BODY_FILE, true)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseRealTime();
BENCHMARK_CAPTURE(selectToFirstFrame, BodyParts3D, kBodyParts3D, false)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseRealTime();
BENCHMARK_CAPTURE(selectToFirstFrame, BodyParts3DPrecomputed, kBodyParts3D, true)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3)
    ->UseRealTime();

}  // namespace
