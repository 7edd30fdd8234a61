// Painting a trigger point's referral on a loaded body for `myoscope render --tp`: place the
// bundled atlas, compute the field on the body's skin (or its muscles when it has none) and map
// it to the painted parts' render vertices.
// No GL.
#pragma once

#include <string>
#include <vector>

#include "core/geometry/model.h"
#include "core/result.h"
#include "render/snapshot.h"

namespace myo {

// The paint for trigger points `idsWithSide` ("upper_trapezius_1.R"; right when no side; at most
// kMaxReferralFields) on `model`'s skin or muscles, leaving out `hidden` kinds,
// showing `seconds` into the animation. Errors: an unknown id, too many, neither skin nor muscles,
// the bundled body or atlas not loading. Cost: one factorization of the surface plus one heat query
// per knot and zone.
[[nodiscard]] Result<ReferralPaint> referralPaint(const Model& model,
                                                  const std::vector<std::string>& idsWithSide,
                                                  float seconds, Colormap colormap,
                                                  const std::vector<PartKind>& hidden = {});

}  // namespace myo
