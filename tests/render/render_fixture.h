// Shared helpers for the render tests: the EGL context (failing loudly without one), small test
// models built in code, off-screen rendering and golden-image comparison.
#pragma once

#include <string>

#include <glm/glm.hpp>
#include <glm/gtc/type_precision.hpp>

#include "core/geometry/model.h"
#include "core/geometry/orbit_camera.h"
#include "core/io/image.h"
#include "render/scene_renderer.h"
#include "support/test_meshes.h"

namespace myo::test {

// Makes the process's EGL context current (created once); FAILs the test when EGL is missing.
void requireGlContext();

// An axis-aligned cube of half-size `half` rotated by `rotation` (XYZ Euler, radians) about its
// centre; 24 vertices with flat normals and per-face UVs.
Part cubePart(const std::string& name, const glm::vec3& centre, float half,
              const glm::vec3& rotation = glm::vec3(0.0f));
// A size x size checkerboard of 8 x 8 squares alternating between two sRGB colours.
Texture checkerTexture(int size, const glm::u8vec4& a, const glm::u8vec4& b);

// The golden scene: a red-material cube at -X and a checker-textured sphere at +X.
Model cubeAndSphere();

// Frames the whole model from `preset` (snapped) for a width x height image.
OrbitCamera framedCamera(const Model& model, ViewPreset preset, int width, int height);
// Draws with `renderer` (already uploaded) into a fresh off-screen target and reads it back.
Image renderOffscreen(SceneRenderer& renderer, const OrbitCamera& camera, int width, int height,
                      int samples);

// Compares `actual` with tests/render/golden/<name>.png (≤ 2 % of pixels off by more than 16,
// mean abs diff ≤ 1.5). With MYOSCOPE_UPDATE_GOLDENS=1 it rewrites the golden instead. On a
// mismatch it writes <name>.actual.png and <name>.diff.png to scratch() and names them.
void checkGolden(const std::string& name, const Image& actual);

}  // namespace myo::test
