// The surface a referral is painted on, and how distance is measured over it: the model's skin
// (heat method) when it has one, otherwise the union of its muscle and tendon surfaces, bridged
// across small gaps so distance crosses from one muscle to its neighbour (edge graph). No GL.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "core/geometry/geodesics.h"
#include "core/geometry/model.h"
#include "core/geometry/surface_mesh.h"
#include "core/referral/referral_field.h"

namespace myo {

struct PaintSurface {
  std::vector<std::size_t> parts;  // model part indices, in mesh.renderToSurface's order
  SurfaceMesh mesh;
  bool onSkin = false;  // false: the muscles stand in for a skin
  // How zones are laid on it: a skin carries its landmarks and is measured along its surface;
  // muscles lie up to a few centimetres under the landmarks, in overlapping layers, so zones
  // reach 5 cm and are measured in straight lines. O(1).
  [[nodiscard]] ZonePainting zonePainting() const;
};

// Skin parts (welded) when the model has any not of a `hidden` kind; otherwise its muscle and
// tendon parts (not hidden), welded and bridged (bridgeParts) across gaps up to `bridgeGap` m.
// No parts when it has neither. O(vertices) + the bridging joins.
[[nodiscard]] PaintSurface paintSurface(const Model& model,
                                        const std::vector<PartKind>& hidden = {},
                                        float bridgeGap = 0.015f);

// Distance over `surface` (which must outlive it): the heat method on a skin; on muscles the edge
// graph, because real muscle meshes (cracked seams, slivers, overlaps) defeat the heat method: on
// BodyParts3D's biceps it reads 87 % short of the edge-graph distance. O(factorization) or
// O(edges).
[[nodiscard]] std::unique_ptr<SurfaceDistance> surfaceDistance(const PaintSurface& surface);

}  // namespace myo
