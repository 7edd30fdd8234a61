// Packing and unpacking a referral field in 16-bit steps.
#include "core/referral/compact_field.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace myo {
namespace {

constexpr float kWeightUnits = 65535.0f;
constexpr float kDistanceUnits = 65534.0f;  // 65535 is kept for unreachable

std::uint16_t weightUnits(float weight) {
  return static_cast<std::uint16_t>(std::lround(std::clamp(weight, 0.0f, 1.0f) * kWeightUnits));
}

}  // namespace

std::size_t CompactField::bytes() const {
  return distance.capacity() * sizeof(std::uint16_t) + painted.capacity() * sizeof(std::uint32_t) +
         (essential.capacity() + spillover.capacity()) * sizeof(std::uint16_t);
}

CompactField compactField(const ReferralField& field) {
  CompactField out;
  float farthest = 0.0f;
  for (const float d : field.distance)
    if (std::isfinite(d)) farthest = std::max(farthest, d);
  out.distanceStep = farthest > 0.0f ? farthest / kDistanceUnits : 1.0f;
  out.distance.reserve(field.distance.size());
  for (const float d : field.distance)
    out.distance.push_back(std::isfinite(d) ? static_cast<std::uint16_t>(
                                                  std::lround(std::max(d, 0.0f) / out.distanceStep))
                                            : CompactField::kUnreachable);
  const std::size_t vertices = std::min(field.essential.size(), field.spillover.size());
  for (std::size_t v = 0; v < vertices; ++v) {
    if (field.essential[v] <= 0.0f && field.spillover[v] <= 0.0f) continue;
    out.painted.push_back(static_cast<std::uint32_t>(v));
    out.essential.push_back(weightUnits(field.essential[v]));
    out.spillover.push_back(weightUnits(field.spillover[v]));
  }
  out.painted.shrink_to_fit();
  out.essential.shrink_to_fit();
  out.spillover.shrink_to_fit();
  return out;
}

ReferralField expandedField(const CompactField& field) {
  ReferralField out;
  out.distance.reserve(field.distance.size());
  for (const std::uint16_t d : field.distance)
    out.distance.push_back(d == CompactField::kUnreachable
                               ? std::numeric_limits<float>::infinity()
                               : static_cast<float>(d * static_cast<double>(field.distanceStep)));
  out.essential.assign(field.distance.size(), 0.0f);
  out.spillover.assign(field.distance.size(), 0.0f);
  for (std::size_t i = 0; i < field.painted.size(); ++i) {
    out.essential[field.painted[i]] = static_cast<float>(field.essential[i]) / kWeightUnits;
    out.spillover[field.painted[i]] = static_cast<float>(field.spillover[i]) / kWeightUnits;
  }
  return out;
}

}  // namespace myo
