// A trigger point's referral field held compactly, so every placed point's field can be kept for
// a body: the distance from the knot in 16 bits per surface vertex (in steps of the field's
// largest finite distance / 65534; 65535 where the knot's surface does not reach), and the zone
// weights only on the vertices some zone paints, 16 bits each. About 2.2 bytes a vertex instead
// of 12. No GL.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/referral/referral_field.h"

namespace myo {

struct CompactField {
  float distanceStep = 0.0f;            // m per distance unit
  std::vector<std::uint16_t> distance;  // per surface vertex; kUnreachable: +infinity
  std::vector<std::uint32_t> painted;   // surface vertices with an essential or spillover weight
  std::vector<std::uint16_t> essential, spillover;  // per painted vertex; 65535 stands for 1

  static constexpr std::uint16_t kUnreachable = 0xFFFF;
  [[nodiscard]] std::size_t bytes() const;  // memory held by the arrays. O(1)
};

// `field` packed: distances within half a step (the largest finite distance / 131068, 19 µm
// for 2.5 m), weights within 1 / 131070. O(vertices).
[[nodiscard]] CompactField compactField(const ReferralField& field);

// The field back at full size: the same vertex count, +infinity where unreachable, zero weights
// off the painted vertices. O(vertices).
[[nodiscard]] ReferralField expandedField(const CompactField& field);

}  // namespace myo
