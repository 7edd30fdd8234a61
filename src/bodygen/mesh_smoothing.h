// Smoothing of closed triangle meshes: Taubin λ/μ low-pass filtering and tangential relaxation
// toward even triangles, both keeping the enclosed volume. Works on Part; no fields, no GL.
#pragma once

#include "core/geometry/model.h"

namespace myo {

struct SmoothingOptions {
  int iterations = 10;     // λ/μ pairs
  float lambda = 0.5f;     // shrinking step, 0 < λ < 1
  float mu = -0.53f;       // inflating step, μ < -λ
  bool keepVolume = true;  // finish with a uniform normal offset restoring the signed volume
};

// Taubin smoothing with the uniform (umbrella) Laplacian over each vertex's edge neighbours;
// normals recomputed. O(iterations · (vertices + triangles)). Precondition: welded mesh.
void taubinSmooth(Part& part, const SmoothingOptions& options = {});

// Moves each vertex `strength` (0–1) of the way to its neighbours' mean within its tangent plane,
// `iterations` times, evening out edge lengths without changing the shape much; restores the
// signed volume when keepVolume. Normals recomputed. O(iterations · (vertices + triangles)).
void relaxTangentially(Part& part, int iterations, float strength = 0.5f, bool keepVolume = true);

// Offsets every vertex along its normal by one distance so signedVolume(part) becomes `volume`
// (m³); two Newton steps. Normals recomputed. O(vertices + triangles).
void restoreVolume(Part& part, double volume);

}  // namespace myo
