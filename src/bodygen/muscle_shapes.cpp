// Fusiform lofts and attachment points on the measured skeleton.
#include "bodygen/muscle_shapes.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <numbers>
#include <string>

#include "bodygen/measured_loft.h"

namespace myo {
namespace {

constexpr int kRings = 14;

// 0 in the tendons, rising smoothly to 1 at the belly's peak.
float bellyProfile(float t, const FusiformSpec& spec) {
  const float a = spec.originTendon, b = 1.0f - spec.insertionTendon;
  if (t <= a || t >= b) return 0.0f;
  const float s = (t - a) / (b - a);
  const float peak = std::clamp(spec.bellyPeak, 0.1f, 0.9f);
  const float warped = std::pow(s, std::log(0.5f) / std::log(peak));  // moves the peak to `peak`
  return std::pow(std::sin(std::numbers::pi_v<float> * warped), 0.7f);
}

}  // namespace

FusiformSpec fusiform(glm::vec3 origin, glm::vec3 insertion, float bellyHalfWidth,
                      float bellyHalfDepth, glm::vec3 depthDirection, glm::vec3 bow,
                      float originTendon, float insertionTendon, float bellyPeak) {
  FusiformSpec spec;
  spec.origin = origin;
  spec.insertion = insertion;
  spec.bellyHalfWidth = bellyHalfWidth;
  spec.bellyHalfDepth = bellyHalfDepth;
  spec.depthDirection = depthDirection;
  spec.bow = bow;
  spec.originTendon = originTendon;
  spec.insertionTendon = insertionTendon;
  spec.bellyPeak = bellyPeak;
  return spec;
}

FusiformLofts fusiformLofts(const FusiformSpec& spec) {
  const glm::vec3 axis = glm::normalize(spec.insertion - spec.origin);
  glm::vec3 depth = spec.depthDirection - glm::dot(spec.depthDirection, axis) * axis;
  depth = glm::length(depth) > 1e-6f ? glm::normalize(depth) : glm::vec3(0, 0, 1);
  const glm::vec3 width = glm::normalize(glm::cross(depth, axis));
  const float length = glm::distance(spec.origin, spec.insertion);
  auto pathPoint = [&spec](float t) {
    return glm::mix(spec.origin, spec.insertion, t) +
           spec.bow * std::sin(std::numbers::pi_v<float> * t);
  };
  // The belly spans [a, b]; its end rings have the tendon's radius. A tendon shorter than
  // kMinTendon is left out and the belly reaches the bone instead.
  constexpr float kMinTendon = 0.015f, kOverlap = 0.01f;
  const float a = spec.originTendon, b = 1.0f - spec.insertionTendon;
  const bool originTendon = a * length > kMinTendon;
  const bool insertionTendon = (1.0f - b) * length > kMinTendon;
  FusiformLofts lofts;
  LoftSpec& belly = lofts.belly;
  belly.start = pathPoint(originTendon ? a : 0.0f);
  belly.end = pathPoint(insertionTendon ? b : 1.0f);
  belly.ripple = kFibreRipple;
  belly.ripples = kFibreRipples;
  for (int i = 1; i <= kRings; ++i) {
    const float t = a + (b - a) * static_cast<float>(i) / (kRings + 1);
    const float swell = bellyProfile(t, spec);
    belly.rings.push_back({pathPoint(t), width, depth,
                           spec.tendonRadius + (spec.bellyHalfWidth - spec.tendonRadius) * swell,
                           spec.tendonRadius + (spec.bellyHalfDepth - spec.tendonRadius) * swell});
  }
  // Tendons: constant thin tubes from the bone into the belly's tapered end.
  auto tendon = [&](float from, float to) {
    LoftSpec tube;
    tube.start = pathPoint(from);
    tube.end = pathPoint(to);
    for (int i = 1; i <= 3; ++i) {
      const float t = from + (to - from) * static_cast<float>(i) / 4.0f;
      tube.rings.push_back({pathPoint(t), width, depth, spec.tendonRadius, spec.tendonRadius});
    }
    lofts.tendons.push_back(tube);
  };
  const float overlap = kOverlap / length;
  if (originTendon) tendon(0.0f, a + overlap);
  if (insertionTendon) tendon(1.0f, b - overlap);
  return lofts;
}

std::vector<BodyShape> onBothSides(const std::vector<AuthoredMuscle>& right) {
  constexpr int kSegments = 20;
  std::vector<BodyShape> shapes;
  auto addPair = [&shapes](const char* name, PartKind kind, const LoftSpec& loft, int segments) {
    shapes.push_back({name, ref::BodySide::Right, kind, loft, segments, 1});
    shapes.push_back({name, ref::BodySide::Left, kind, mirroredLoft(loft), segments, 1});
  };
  for (const AuthoredMuscle& muscle : right) {
    const FusiformLofts lofts = fusiformLofts(muscle.spec);
    addPair(muscle.name, PartKind::Muscle, lofts.belly, kSegments);
    for (const LoftSpec& tendon : lofts.tendons) addPair(muscle.name, PartKind::Tendon, tendon, 8);
  }
  return shapes;
}

glm::vec3 ribPoint(int rib, ref::BodySide side, std::size_t index) {
  const auto* curve = ref::findMeasured(ref::kMeasuredRibs, "rib_" + std::to_string(rib), side);
  assert(curve != nullptr && "rib missing from the tables");
  return curve != nullptr ? curve->path[std::min<std::size_t>(index, ref::kCurvePoints - 1)]
                          : glm::vec3(0.0f);
}

glm::vec3 rayPoint(std::string_view extremity, ref::BodySide side, std::size_t ray, int which) {
  for (const ref::MeasuredExtremity& e : ref::kMeasuredExtremities) {
    if (e.name != extremity || e.side != side) continue;
    const ref::MeasuredRay& r = e.rays[std::min<std::size_t>(ray, 4)];
    return which == 0 ? r.base : which == 1 ? r.knuckle : r.tip;
  }
  assert(false && "extremity missing from the tables");
  return glm::vec3(0.0f);
}

glm::vec3 referencePoint(std::string_view name, ref::BodySide side) {
  if (const auto* p = ref::findMeasured(ref::kMeasuredLandmarks, name, side)) return p->position;
  if (const auto* p = ref::findMeasured(ref::kMeasuredJoints, name, side)) return p->position;
  if (const auto* b = ref::findMeasured(ref::kMeasuredBoneBoxes, name, side)) return b->centroid;
  if (const auto* r = ref::findMeasured(ref::kMeasuredRibs, name, side)) return r->centroid;
  assert(false && "reference point missing from the tables");
  return glm::vec3(0.0f);
}

glm::vec3 boneSurfacePoint(std::string_view bone, ref::BodySide side, float along,
                           glm::vec3 direction, float beyond) {
  const ref::MeasuredShape* shape = ref::findMeasured(ref::kMeasuredBones, bone, side);
  assert(shape != nullptr && "bone missing from the tables");
  if (shape == nullptr) return glm::vec3(0.0f);
  // Stations sit at the middles of equal slabs: station i at (i + 0.5) / n.
  const float position = std::clamp(along * ref::kLoftStations - 0.5f, 0.0f,
                                    static_cast<float>(ref::kLoftStations - 1));
  const auto i = static_cast<std::size_t>(position);
  const std::size_t j = std::min(i + 1, static_cast<std::size_t>(ref::kLoftStations - 1));
  const float f = position - static_cast<float>(i);
  const ref::LoftStation& s0 = shape->stations[i];
  const ref::LoftStation& s1 = shape->stations[j];
  const glm::vec3 centre = glm::mix(s0.centre, s1.centre, f);
  const float ra = std::max(glm::mix(s0.radiusA, s1.radiusA, f), 1e-4f);
  const float rb = std::max(glm::mix(s0.radiusB, s1.radiusB, f), 1e-4f);
  // The direction within the cross-section plane, and the ellipse's radius along it.
  const float da = glm::dot(direction, shape->axisA), db = glm::dot(direction, shape->axisB);
  const float planar = std::sqrt(da * da + db * db);
  if (planar < 1e-6f) return centre;
  const float ca = da / planar, cb = db / planar;
  const float radius = 1.0f / std::sqrt((ca / ra) * (ca / ra) + (cb / rb) * (cb / rb));
  return centre + (radius + beyond) * (ca * shape->axisA + cb * shape->axisB);
}

}  // namespace myo
