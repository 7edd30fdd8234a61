// Framing a referral: the region a picture of it must show (the knots and the zones they light,
// with a margin) and, in the window, a camera turned to face the zones and fitted to it. Used by
// `render --fit-referral` and by the window when a point is chosen. No GL.
#pragma once

#include <vector>

#include "core/geometry/orbit_camera.h"
#include "core/referral/referral_field.h"

namespace myo {

// How far (m) the camera stands from a knot or a spot it flies to: the region around it in view.
inline constexpr float kPointViewDistance = 1.1f;

// The knots and the zones `painted` lights on `model`, padded by a tenth of their size on each
// side and never smaller than 0.25 m (a small zone still shows its surroundings).
// O(painted vertices).
[[nodiscard]] Bounds referralRegion(const Model& model, const std::vector<PaintedPart>& painted,
                                    const std::vector<glm::vec3>& knots);

// Turns `camera` to face the zones (looking back along their summed normals, at most 35 degrees
// from level) and fits the referral region to a view of width / height `aspect`; the scene (clip
// planes) stays the whole body. O(painted vertices).
void frameReferral(OrbitCamera& camera, const Model& model, const std::vector<PaintedPart>& painted,
                   const std::vector<glm::vec3>& knots, float aspect);

// A camera from `preset` fitted to the referral region of `painted` and `knots`, the scene (clip
// planes) the whole body: `render --fit-referral` and the handouts' pictures. O(painted vertices).
[[nodiscard]] OrbitCamera referralPresetCamera(const Model& model,
                                               const std::vector<PaintedPart>& painted,
                                               const std::vector<glm::vec3>& knots,
                                               ViewPreset preset, float aspect);

}  // namespace myo
