// Measured tables -> soft-tissue volumes under the skin.
#include "bodygen/body_volumes.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <string_view>

#include "bodygen/reference_measurements.h"

namespace myo {
namespace {

using ref::BodySide;

constexpr int kSegments = 32;     // points around each cross-section
constexpr int kSubdivisions = 2;  // extra rings between given ones
constexpr glm::vec3 kRight{1.0f, 0.0f, 0.0f};
constexpr glm::vec3 kForward{0.0f, 0.0f, 1.0f};

constexpr float kRibInset = 0.004f;     // m, thorax flanks inside the ribs' centre lines
constexpr float kChestCover = 0.006f;   // m, chest wall (pectoral) tissue over the cartilages
constexpr float kBackCover = 0.004f;    // m, back muscle over the ribs' posterior angles
constexpr float kRibBand = 0.012f;      // m, half-height of the rib slab sampled per ring
constexpr float kThoraxStep = 0.03f;    // m, ring spacing of the thorax
constexpr float kWaistMargin = 0.026f;  // m, flank tissue lateral to the iliac crest
constexpr float kBellyBulge = 0.004f;   // m, belly in front of the xiphisternal junction
constexpr float kLobeOffset = 0.5f;     // trunk lobes' centres off the midline, × half-width

// A measured landmark or joint centre; throws when the tables lack it.
glm::vec3 point(std::string_view name, BodySide side = BodySide::Mid) {
  if (const auto* landmark = ref::findMeasured(ref::kMeasuredLandmarks, name, side))
    return landmark->position;
  if (const auto* joint = ref::findMeasured(ref::kMeasuredJoints, name, side))
    return joint->position;
  throw std::runtime_error("body volumes: no measured point " + std::string(name));
}

// A measured bone box; throws when the tables lack it.
const ref::MeasuredBox& box(std::string_view name, BodySide side = BodySide::Mid) {
  if (const auto* found = ref::findMeasured(ref::kMeasuredBoneBoxes, name, side)) return *found;
  throw std::runtime_error("body volumes: no measured box " + std::string(name));
}

// A horizontal ring spanning [zBack, zFront] front to back and ±halfWidth across, at height y.
LoftRing horizontalRing(float y, float halfWidth, float zBack, float zFront) {
  return {{0.0f, y, 0.5f * (zBack + zFront)}, kRight, kForward, halfWidth, 0.5f * (zFront - zBack)};
}

// Dense samples of every rib and costal cartilage centre line, both sides.
std::vector<glm::vec3> ribSamples() {
  constexpr int kPerSpan = 8;
  std::vector<glm::vec3> samples;
  for (const ref::MeasuredCurve& curve : ref::kMeasuredRibs)
    for (std::size_t i = 0; i + 1 < curve.path.size(); ++i)
      for (int k = 0; k < kPerSpan; ++k)
        samples.push_back(glm::mix(curve.path[i], curve.path[i + 1],
                                   static_cast<float>(k) / static_cast<float>(kPerSpan)));
  return samples;
}

// The rib cage's extent in the slab |y - height| <= kRibBand: max |x|, min z, max z.
struct CageSlab {
  float halfWidth = 0.0f;
  float zBack = 1e9f;
  float zFront = -1e9f;
  bool found = false;
};

CageSlab cageSlab(const std::vector<glm::vec3>& samples, float height) {
  CageSlab slab;
  for (const glm::vec3& p : samples) {
    if (std::abs(p.y - height) > kRibBand) continue;
    slab.halfWidth = std::max(slab.halfWidth, std::abs(p.x));
    slab.zBack = std::min(slab.zBack, p.z);
    slab.zFront = std::max(slab.zFront, p.z);
    slab.found = true;
  }
  return slab;
}

BodyShape volume(std::string name, LoftSpec spec, BodySide side = BodySide::Mid) {
  return {std::move(name), side, PartKind::Other, std::move(spec), kSegments, kSubdivisions};
}

// One side's lobe of a midline volume given by horizontal rings: each ring's ellipse moved
// kLobeOffset of its half-width towards `side` and narrowed to keep its outer edge, so that the
// pair of lobes has a broad, flat front and back like a real trunk section.
LoftSpec lobe(const LoftSpec& midline, BodySide side) {
  const float sign = side == BodySide::Left ? 1.0f : -1.0f;
  LoftSpec spec = midline;
  for (LoftRing& ring : spec.rings) {
    ring.centre.x += sign * kLobeOffset * ring.radiusA;
    ring.radiusA *= 1.0f - kLobeOffset;
  }
  spec.start.x += sign * kLobeOffset * spec.rings.front().radiusA;
  spec.end.x += sign * kLobeOffset * spec.rings.back().radiusA;
  return spec;
}

// The left and right lobes of a midline volume.
void addLobes(std::vector<BodyShape>& out, const std::string& name, const LoftSpec& midline) {
  out.push_back(volume(name, lobe(midline, BodySide::Left), BodySide::Left));
  out.push_back(volume(name, lobe(midline, BodySide::Right), BodySide::Right));
}

// The thorax: horizontal rings through the rib cage's slabs, just inside the ribs, the front
// reaching the sternum where it lies.
LoftSpec thorax(const std::vector<glm::vec3>& samples) {
  const ref::MeasuredBox& sternum = box("sternum");
  const ref::MeasuredCurve* firstRib =
      ref::findMeasured(ref::kMeasuredRibs, "rib_1", BodySide::Left);
  const ref::MeasuredCurve* lastRib =
      ref::findMeasured(ref::kMeasuredRibs, "rib_10", BodySide::Left);
  if (firstRib == nullptr || lastRib == nullptr)
    throw std::runtime_error("body volumes: no measured ribs");
  const float top = firstRib->boundsMax.y - kRibBand;
  const float bottom = lastRib->boundsMin.y + kRibBand;
  LoftSpec spec;
  float centreZ = 0.0f;
  for (float y = top; y >= bottom; y -= kThoraxStep) {
    CageSlab slab = cageSlab(samples, y);
    if (!slab.found) continue;
    if (y >= sternum.boundsMin.y && y <= sternum.boundsMax.y)
      slab.zFront = std::max(slab.zFront, sternum.boundsMax.z - 0.01f);
    spec.rings.push_back(horizontalRing(y, slab.halfWidth - kRibInset, slab.zBack - kBackCover,
                                        slab.zFront + kChestCover));
    centreZ = spec.rings.back().centre.z;
  }
  const glm::vec3 first = spec.rings.front().centre;
  spec.start = first + glm::vec3(0.0f, 0.02f, 0.0f);
  spec.end = glm::vec3(0.0f, spec.rings.back().centre.y - 0.02f, centreZ);
  return spec;
}

// The abdomen: from the lower rib cage through the waist to the pelvis, bounded by the
// iliac crests, the anterior superior iliac spines and the pubic symphysis.
LoftSpec abdomen(const std::vector<glm::vec3>& samples) {
  const glm::vec3 xiphoid = point("xiphisternal_junction");
  const glm::vec3 midBack = point("mid_back");
  const glm::vec3 lumbar = point("l3_spinous");
  const glm::vec3 sacrum = point("sacrum");
  const glm::vec3 pubis = point("pubic_symphysis");
  const glm::vec3 crest = point("iliac_crest", BodySide::Left);
  const glm::vec3 asis = point("asis", BodySide::Left);
  const ref::MeasuredShape* hip =
      ref::findMeasured(ref::kMeasuredBones, "hip_bone", BodySide::Left);
  if (hip == nullptr) throw std::runtime_error("body volumes: no measured hip bone");
  const float waistHalf = crest.x + kWaistMargin;
  const float belly = xiphoid.z + kBellyBulge;

  LoftSpec spec;
  // Lower rib cage: as wide as the ribs there, the front just below the xiphoid.
  const float upperY = xiphoid.y;
  const CageSlab upper = cageSlab(samples, upperY);
  spec.rings.push_back(
      horizontalRing(upperY, upper.halfWidth - 0.006f, midBack.z + 0.012f, xiphoid.z - 0.006f));
  // Upper abdomen, between the costal margin and the waist.
  const float highY = glm::mix(xiphoid.y, lumbar.y, 0.5f);
  const CageSlab high = cageSlab(samples, highY);
  spec.rings.push_back(horizontalRing(highY, std::max(high.halfWidth + 0.004f, waistHalf),
                                      glm::mix(midBack.z, lumbar.z, 0.6f), belly - 0.002f));
  // Waist at the third lumbar vertebra, the belly at its fullest.
  spec.rings.push_back(horizontalRing(lumbar.y, waistHalf, lumbar.z - 0.006f, belly));
  // Iliac crests: the flanks widen onto the pelvis.
  spec.rings.push_back(horizontalRing(crest.y - 0.02f, hip->boundsMax.x - 0.004f,
                                      glm::mix(lumbar.z, sacrum.z, 0.6f), belly - 0.006f));
  // Anterior superior iliac spines: the lower belly between them.
  spec.rings.push_back(
      horizontalRing(asis.y - 0.015f, asis.x + 0.006f, sacrum.z + 0.004f, asis.z + 0.032f));
  // Above the pubic symphysis.
  const float lowY = glm::mix(asis.y, pubis.y, 0.6f);
  spec.rings.push_back(horizontalRing(lowY, 0.9f * asis.x, sacrum.z + 0.012f, pubis.z + 0.022f));
  spec.start = {0.0f, xiphoid.y + 0.03f, 0.5f * (midBack.z + xiphoid.z)};
  spec.end = {0.0f, pubis.y - 0.012f, pubis.z - 0.035f};
  return spec;
}

// The neck: from under the skull (mastoids) past the cervical spine to the ring between the
// seventh cervical spinous process and the sternal notch.
BodyShape neck() {
  const glm::vec3 mastoid = point("mastoid", BodySide::Left);
  const glm::vec3 jaw = point("angle_of_jaw", BodySide::Left);
  const glm::vec3 c7 = point("c7");
  const glm::vec3 notch = point("sternal_notch");
  const ref::MeasuredBox& c3 = box("vertebra_c3");
  const ref::MeasuredBox& c5 = box("vertebra_c5");
  const ref::MeasuredBox& hyoid = box("hyoid");

  LoftSpec spec;
  // Under the skull, between the mastoids and behind the jaw angles.
  const float topY = glm::mix(jaw.y, mastoid.y, 0.6f);
  const float topBack = c3.boundsMin.z - 0.012f;
  const float topFront = jaw.z + 0.012f;
  spec.rings.push_back(horizontalRing(topY, mastoid.x - 0.012f, topBack, topFront));
  // Upper neck at the hyoid: throat in front of it, the nape behind the spine.
  spec.rings.push_back(horizontalRing(c3.centroid.y - 0.004f, 0.046f, c3.boundsMin.z - 0.014f,
                                      hyoid.boundsMax.z + 0.004f));
  // Mid neck at C5.
  spec.rings.push_back(
      horizontalRing(c5.centroid.y, 0.048f, c5.boundsMin.z - 0.016f, c5.boundsMax.z + 0.038f));
  // Base: the ring from C7 to the sternal notch, tilted forward and down.
  const glm::vec3 across = notch - c7;
  LoftRing base;
  base.centre = 0.5f * (c7 + notch) + glm::vec3(0.0f, 0.006f, 0.0f);
  base.axisA = kRight;
  base.axisB = glm::normalize(across);
  base.radiusA = 0.054f;
  base.radiusB = 0.5f * glm::length(across) - 0.004f;
  spec.rings.push_back(base);
  spec.start = {0.0f, mastoid.y + 0.02f, 0.5f * (topBack + topFront)};
  spec.end = base.centre + glm::vec3(0.0f, -0.05f, 0.0f);
  return volume("volume_neck", std::move(spec));
}

// An ellipsoid (centre, semi-axes along x, y, z) lofted along y.
LoftSpec ellipsoid(const glm::vec3& centre, const glm::vec3& half) {
  constexpr int kRings = 9;
  LoftSpec spec;
  spec.start = centre - glm::vec3(0.0f, half.y, 0.0f);
  spec.end = centre + glm::vec3(0.0f, half.y, 0.0f);
  for (int i = 1; i <= kRings; ++i) {
    const float t = -1.0f + 2.0f * static_cast<float>(i) / static_cast<float>(kRings + 1);
    const float scale = std::sqrt(1.0f - t * t);
    spec.rings.push_back({centre + glm::vec3(0.0f, t * half.y, 0.0f), kRight, kForward,
                          half.x * scale, half.z * scale});
  }
  return spec;
}

// The cranium: an ellipsoid touching the vertex, the occiput and the forehead, as wide as the
// parietal bones, reaching down to the ears.
BodyShape cranium() {
  const glm::vec3 vertex = point("vertex");
  const glm::vec3 forehead = point("forehead");
  const glm::vec3 occiput = point("occiput");
  const glm::vec3 ear = point("ear", BodySide::Left);
  const ref::MeasuredBox& parietal = box("parietal_bone", BodySide::Left);
  const glm::vec3 centre(0.0f, 0.5f * (vertex.y + ear.y) + 0.004f, 0.5f * (occiput.z + forehead.z));
  const glm::vec3 half(parietal.boundsMax.x - 0.006f, vertex.y - centre.y - 0.002f,
                       0.5f * (forehead.z - occiput.z) - 0.002f);
  return volume("volume_cranium", ellipsoid(centre, half));
}

// The face and jaw: rings from the chin up through the jaw angles, the mouth and the cheek
// bones to the brow.
BodyShape face() {
  const glm::vec3 chin = point("chin");
  const glm::vec3 jaw = point("angle_of_jaw", BodySide::Left);
  const glm::vec3 forehead = point("forehead");
  const ref::MeasuredBox& mandible = box("mandible");
  const ref::MeasuredBox& maxilla = box("maxilla", BodySide::Left);
  const ref::MeasuredBox& zygoma = box("zygomatic_bone", BodySide::Left);
  const float back = mandible.boundsMin.z;

  LoftSpec spec;
  // The chin.
  spec.rings.push_back(
      {{0.0f, chin.y - 0.002f, chin.z - 0.018f}, kRight, kForward, 0.024f, 0.016f});
  // The jaw line through both jaw angles and the chin.
  const float jawFront = chin.z - 0.004f;
  const float jawBack = jaw.z - 0.016f;
  spec.rings.push_back(horizontalRing(jaw.y + 0.004f,
                                      0.5f * (mandible.boundsMax.x - mandible.boundsMin.x) - 0.004f,
                                      jawBack, jawFront));
  // The mouth, in front of the maxilla.
  const float mouthY = glm::mix(mandible.boundsMax.y, maxilla.boundsMin.y, 0.5f);
  spec.rings.push_back(horizontalRing(mouthY, 0.046f, back, maxilla.boundsMax.z + 0.002f));
  // The cheek bones.
  spec.rings.push_back(horizontalRing(zygoma.centroid.y, zygoma.boundsMax.x - 0.004f, back,
                                      glm::mix(maxilla.boundsMax.z, forehead.z, 0.5f)));
  // The brow.
  spec.rings.push_back(horizontalRing(zygoma.boundsMax.y + 0.004f, zygoma.boundsMax.x - 0.006f,
                                      back, forehead.z - 0.008f));
  spec.start = {0.0f, chin.y - 0.014f, chin.z - 0.026f};
  spec.end = {0.0f, forehead.y, 0.5f * (back + forehead.z)};
  return volume("volume_face", std::move(spec));
}

// The nose: from the root between the eyes, in front of the ethmoid, to the tip in front of the
// maxillae.
BodyShape nose() {
  const ref::MeasuredBox& maxilla = box("maxilla", BodySide::Left);
  const ref::MeasuredBox& ethmoid = box("ethmoid");
  const ref::MeasuredBox& vomer = box("vomer");
  const glm::vec3 root(0.0f, maxilla.boundsMax.y - 0.012f, ethmoid.boundsMax.z + 0.002f);
  const glm::vec3 tip(0.0f, vomer.boundsMin.y + 0.016f, maxilla.boundsMax.z + 0.010f);
  const glm::vec3 base(0.0f, vomer.boundsMin.y + 0.006f, maxilla.boundsMax.z - 0.004f);
  LoftSpec spec;
  spec.start = root;
  const glm::vec3 along = glm::normalize(tip - root);
  const glm::vec3 side = kRight;
  const glm::vec3 depth = glm::normalize(glm::cross(side, along));
  spec.rings.push_back({glm::mix(root, tip, 0.3f), side, depth, 0.007f, 0.008f});
  spec.rings.push_back({glm::mix(root, tip, 0.7f) - 0.006f * depth, side, depth, 0.011f, 0.014f});
  spec.rings.push_back({glm::mix(tip, base, 0.5f), side, depth, 0.015f, 0.010f});
  spec.end = base;
  return volume("volume_nose", std::move(spec));
}

}  // namespace

std::vector<BodyShape> bodyVolumes() {
  const std::vector<glm::vec3> samples = ribSamples();
  std::vector<BodyShape> volumes;
  addLobes(volumes, "volume_thorax", thorax(samples));
  addLobes(volumes, "volume_abdomen", abdomen(samples));
  volumes.push_back(neck());
  volumes.push_back(cranium());
  volumes.push_back(face());
  volumes.push_back(nose());
  return volumes;
}

}  // namespace myo
